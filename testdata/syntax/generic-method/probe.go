// Go 1.27: methods with their own type parameters (on one line and over several).
package genericmethod

import "net/http"

type Client struct{ base string }

func (c *Client) Get[T any](path string, fallback T) (T, int) {
	resp, err := http.Get(c.base + path) // want "GL101@15"
	if err != nil {
		return fallback, 0
	}
	return fallback, resp.StatusCode
}

func (c *Client) Head[
	T any,
	U comparable,
](path string) int {
	resp, err := http.Post(c.base+path, "text/plain", nil) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func Use(c *Client) int { return c.Head[int, string]("/") }
