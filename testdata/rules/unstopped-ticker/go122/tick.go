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

// A return inside `case <-t.C:` comes after the timer fired: nothing to stop there.
func tryAgain(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	select {
	case <-ctx.Done():
		timer.Stop()
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// Re-created in a loop into an outer variable that the loop stops by name first.
func changeNotify(ctx context.Context, intervals <-chan time.Duration) {
	var ticker *time.Ticker
	var tickerC <-chan time.Time
	for {
		select {
		case d := <-intervals:
			if ticker != nil {
				ticker.Stop()
			}
			ticker = time.NewTicker(d)
			tickerC = ticker.C
		case <-tickerC:
		case <-ctx.Done():
			if ticker != nil {
				ticker.Stop()
			}
			return
		}
	}
}

// A timer drained by a goroutine has fired: nothing is left to stop (receiving from a timer's C releases it).
func commitLater(commit func()) {
	timer := time.NewTimer(500 * time.Millisecond)
	go func() {
		<-timer.C
		commit()
	}()
}

// A ticker received from once keeps ticking.
func firstTick(d time.Duration) time.Time {
	t := time.NewTicker(d) // want "GL302@7: 't'"
	return <-t.C
}
