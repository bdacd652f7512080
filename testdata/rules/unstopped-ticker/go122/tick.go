package tick

import (
	"context"
	"time"
)

func poll(ctx context.Context, f func()) {
	t := time.NewTicker(time.Second) // want "GL302@7: ticker 't' from time.NewTicker is never stopped"
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}

func stoppedByHelper(ctx context.Context) {
	t := time.NewTimer(time.Second)
	defer stop(t)
	<-t.C
}

func stop(t *time.Timer) { t.Stop() }
