// Package poller polls upstream for configuration changes.
package poller

import (
	"context"
	"log"
	"time"
)

type Change struct{ Key, Value string }

// Watch waits for changes, and gives up after a quiet period. Each iteration creates a new timer.
func Watch(ctx context.Context, changes <-chan Change, quiet time.Duration) {
	for {
		select {
		case <-ctx.Done():
			return
		case c := <-changes:
			log.Printf("config %s=%s", c.Key, c.Value)
		case <-time.After(quiet): // leak: GL301
			log.Printf("no change for %s", quiet)
			return
		}
	}
}

// WatchWithTimer does the same with one timer, reset per iteration.
func WatchWithTimer(ctx context.Context, changes <-chan Change, quiet time.Duration) {
	idle := time.NewTimer(quiet)
	defer idle.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case c := <-changes:
			log.Printf("config %s=%s", c.Key, c.Value)
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(quiet)
		case <-idle.C:
			return
		}
	}
}

// WaitHealthy polls until the service answers; each call leaves a ticker running forever (go 1.22).
func WaitHealthy(healthy func() bool) {
	for range time.Tick(500 * time.Millisecond) { // leak: GL303
		if healthy() {
			return
		}
	}
}
