package tick

import (
	"context"
	"time"
)

// From Go 1.23 an unreferenced ticker is collected: silent by default.
func poll(ctx context.Context, f func()) {
	t := time.NewTicker(time.Second)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}
