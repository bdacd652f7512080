// Clean: one timer for a loop, reset per iteration; a cancellable sleep.
package timers

import (
	"context"
	"time"
)

var cache = map[string]int{}

func Remember(k string, v int) {
	if len(cache) > 1000 {
		clear(cache)
	}
	cache[k] = v
}

func Idle(ctx context.Context, messages <-chan string, handle func(string)) {
	idle := time.NewTimer(time.Minute)
	defer idle.Stop()
	for {
		idle.Reset(time.Minute)
		select {
		case m := <-messages:
			handle(m)
		case <-idle.C:
			return
		case <-ctx.Done():
			return
		}
	}
}

func Retry(ctx context.Context, attempt func() error) error {
	for i := 0; i < 5; i++ {
		if err := attempt(); err == nil {
			return nil
		}
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
