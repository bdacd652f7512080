package paths

import "context"

// stopLater calls the cancel function when the context ends.
func stopLater(ctx context.Context, cancel context.CancelFunc) {
	go func() {
		<-ctx.Done()
		cancel()
	}()
}
