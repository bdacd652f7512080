package go122

import (
	"context"
	"time"
)

func poll(ctx context.Context, work <-chan int) {
	for {
		select {
		case <-ctx.Done():
			return
		case w := <-work:
			_ = w
		case <-time.After(10 * time.Second): // want "GL301@10: stays in memory until it fires"
			return
		}
	}
}

func once(work <-chan int) {
	select {
	case <-work:
	case <-time.After(time.Second):
	}
}

func sleep() {
	for i := 0; i < 3; i++ {
		<-time.After(time.Millisecond)
	}
}

func perGoroutine(items []int) {
	for _, it := range items {
		go func(it int) {
			select {
			case <-time.After(time.Duration(it)):
			}
		}(it)
	}
}

// A retry backoff: the timer case is the normal path and the other case leaves, so at most one timer
// is pending (R-301a).
func retry(ctx context.Context, f func() error) error {
	for i := 0; i < 5; i++ {
		if err := f(); err == nil {
			return nil
		}
		select {
		case <-time.After(500 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// A timeout where every case leaves the loop (R-301b).
func first(msgs <-chan string, errs <-chan error) (string, error) {
	for {
		select {
		case <-time.After(3 * time.Second):
			return "", context.DeadlineExceeded
		case err := <-errs:
			return "", err
		case m := <-msgs:
			return m, nil
		}
	}
}

// A default case goes round without waiting: a timer per spin.
func spin(work <-chan int) {
	for {
		select {
		case <-time.After(time.Minute): // want "GL301@10"
			return
		default:
		}
	}
}

// A cancellation case that falls through is checked at the loop's head: at most one more timer.
func backoff(ctx context.Context, attempt func() error) error {
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := attempt(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// The case sets what the loop condition tests.
func paginate(ctx context.Context, next func() (time.Duration, error)) error {
	var err error
	for err == nil {
		var wait time.Duration
		wait, err = next()
		if wait > 0 {
			select {
			case <-sleepC(ctx):
				err = ctx.Err()
			case <-time.After(wait):
				err = nil
			}
		}
	}
	return err
}

func sleepC(ctx context.Context) <-chan struct{} { return ctx.Done() }

// The select is followed by a return: the loop body runs it once.
func race(results <-chan int, n int) int {
	for i := 0; i < n; i++ {
		r := <-results
		if r > 0 {
			select {
			case r2 := <-results:
				r += r2
			case <-time.After(time.Millisecond):
			}
			return r
		}
	}
	return 0
}

// A completion channel made per item is not a cancellation: each item leaves a pending timer.
func reap(items []int, notify func(int) <-chan struct{}) {
	for _, it := range items {
		done := notify(it)
		select {
		case <-done:
		case <-time.After(time.Second): // want "GL301@10"
		}
	}
}

// A plain break leaves only the select: the loop goes round while the timer is pending.
func breaksSelect(work <-chan int) {
	for {
		select {
		case <-work:
			break
		case <-time.After(time.Minute): // want "GL301@10"
			return
		}
	}
}
