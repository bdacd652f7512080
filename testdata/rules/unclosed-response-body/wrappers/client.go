package wrappers

import (
	"context"
	"net/http"
)

type Client struct{ hc *http.Client }

// fetch is a wrapper: its own http call is returned, so it is not a leak here.
func (c *Client) fetch(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func get(u string) (*http.Response, error) { return http.Get(u) }

// statusAndResponse returns the response second.
func statusAndResponse(u string) (int, *http.Response, error) {
	resp, err := http.Get(u)
	if err != nil {
		return 0, nil, err
	}
	return resp.StatusCode, resp, nil
}
