// Package httpclient is a small typed client for the upstream user service.
package httpclient

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Client struct {
	base string
	http *http.Client
}

type User struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func New(base string, timeout time.Duration) *Client {
	return &Client{base: base, http: &http.Client{Timeout: timeout}}
}

// do builds and sends a request; the caller owns the response.
func (c *Client) do(ctx context.Context, method, path string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	return c.http.Do(req)
}

// User fetches one user. Clean: the body is closed on every path.
func (c *Client) User(ctx context.Context, id string) (*User, error) {
	resp, err := c.do(ctx, http.MethodGet, "/users/"+id, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("user %s: %s", id, resp.Status)
	}
	var u User
	if err := json.NewDecoder(resp.Body).Decode(&u); err != nil {
		return nil, err
	}
	return &u, nil
}

// Exists checks a user without reading the body, and forgets to close it.
func (c *Client) Exists(ctx context.Context, id string) (bool, error) {
	resp, err := c.do(ctx, http.MethodHead, "/users/"+id, nil) // leak: GL101
	if err != nil {
		return false, err
	}
	return resp.StatusCode == http.StatusOK, nil
}

// Ping reports whether the upstream answers at all; the response is dropped on the floor.
func (c *Client) Ping(ctx context.Context) error {
	_, err := c.do(ctx, http.MethodGet, "/healthz", nil) // leak: GL101
	return err
}

// Raw hands the response to the caller, who becomes responsible for it.
func (c *Client) Raw(ctx context.Context, path string) (*http.Response, error) {
	return c.do(ctx, http.MethodGet, path, nil)
}

// Save streams the user to the service without buffering it. A user without an id returns before
// the stream is handed to c.do: the encoder goroutine stays blocked writing to the pipe.
func (c *Client) Save(ctx context.Context, u *User) error {
	pr, pw := io.Pipe()
	go func() { // leak: GL205
		pw.CloseWithError(json.NewEncoder(pw).Encode(u))
	}()
	if u.ID == "" {
		return fmt.Errorf("save: user without id")
	}
	resp, err := c.do(ctx, http.MethodPut, "/users/"+u.ID, pr)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
