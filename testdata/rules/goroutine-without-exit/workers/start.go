package workers

import (
	"context"
	"sync"
)

type Client struct{ events chan string }

// Per object: each client leaves its pump running forever.
func NewClient() *Client {
	c := &Client{events: make(chan string)}
	go c.pump() // want "GL203@2: 'pump' runs an endless loop with no way out"
	go func() { // want "GL203@2: this goroutine runs an endless loop"
		for {
			println(<-c.events)
		}
	}()
	return c
}

// The same pump with a context: it can stop.
func NewStoppable(ctx context.Context) *Client {
	c := &Client{events: make(chan string)}
	go c.pumpUntil(ctx)
	return c
}

var once sync.Once

// Started once per process.
func Default() *Client {
	c := &Client{}
	once.Do(func() { go c.pump() })
	return c
}

func initBackground(c *Client) { go c.pump() }
