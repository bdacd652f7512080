// Clean: every response is closed or handed off, on every path.
package httpclient

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type Client struct{ http *http.Client }

func (c *Client) Status(url string) (int, error) {
	resp, err := c.http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, fmt.Errorf("unexpected status %s", resp.Status)
	}
	return resp.StatusCode, nil
}

func (c *Client) Decode(url string, v any) error {
	resp, err := c.http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// Stream hands the body to the caller, who closes it.
func (c *Client) Stream(req *http.Request) (io.ReadCloser, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

func (c *Client) Ping(url string) error {
	resp, err := c.http.Get(url)
	if err != nil {
		return err
	}
	drain(resp)
	return nil
}
