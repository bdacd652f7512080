package workers

import "context"

func (c *Client) pump() {
	for {
		v := <-c.events
		println(v)
	}
}

func (c *Client) pumpUntil(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case v := <-c.events:
			println(v)
		}
	}
}
