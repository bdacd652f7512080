package upload

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
)

type Client struct{ http *http.Client }

// The request cannot be built: the encoder goroutine is left in Write.
func (c *Client) Leaky(ctx context.Context, url string, v any) error {
	pr, pw := io.Pipe()
	go func() { // want "GL205@2: goroutine writing to an io.Pipe may block forever: the function can return before reading or closing 'pr'"
		pw.CloseWithError(json.NewEncoder(pw).Encode(v))
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
	if err != nil {
		return err
	}
	return c.send(req)
}

// Closing the reader on the early return frees the writer.
func (c *Client) Fixed(ctx context.Context, url string, v any) error {
	pr, pw := io.Pipe()
	go func() {
		pw.CloseWithError(json.NewEncoder(pw).Encode(v))
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
	if err != nil {
		pr.CloseWithError(err)
		return err
	}
	return c.send(req)
}

// The writer is a function of another file.
func (c *Client) Produced(ctx context.Context, v any) error {
	pr, pw := io.Pipe()
	go produce(pw, v) // want "GL205@2: .*before reading or closing 'pr'"
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err := io.Copy(io.Discard, pr)
	return err
}

// Returned to the caller, who reads it.
func Stream(v any) io.Reader {
	pr, pw := io.Pipe()
	go produce(pw, v)
	return pr
}
