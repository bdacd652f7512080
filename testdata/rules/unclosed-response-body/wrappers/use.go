package wrappers

import "context"

func (c *Client) Status(ctx context.Context, u string) int {
	resp, err := c.fetch(ctx, u) // want "GL101@15: 'resp' \(from c.fetch\)"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func (c *Client) StatusClosed(ctx context.Context, u string) int {
	resp, err := c.fetch(ctx, u)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	return resp.StatusCode
}

func viaFunction(u string) bool {
	resp, err := get(u) // want "GL101@15"
	return err == nil && resp.StatusCode == 200
}

func secondResult(u string) int {
	code, resp, err := statusAndResponse(u) // want "GL101@21: 'resp'"
	if err != nil {
		return 0
	}
	_ = resp.Header
	return code
}

func secondResultClosed(u string) int {
	code, resp, err := statusAndResponse(u)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return code
}
