package wakes

import "context"

func stopLater(ctx context.Context, stop chan struct{}) {
	go func() {
		<-ctx.Done()
		close(stop)
	}()
}
