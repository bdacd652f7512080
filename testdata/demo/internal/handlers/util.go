package handlers

import (
	"io"
	"net/http"
)

// discard drains and closes a response so its connection goes back to the pool.
func discard(resp *http.Response) {
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
}
