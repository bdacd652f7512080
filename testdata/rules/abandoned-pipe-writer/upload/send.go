package upload

import (
	"encoding/json"
	"io"
	"net/http"
)

func (c *Client) send(req *http.Request) error {
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func produce(w *io.PipeWriter, v any) {
	w.CloseWithError(json.NewEncoder(w).Encode(v))
}
