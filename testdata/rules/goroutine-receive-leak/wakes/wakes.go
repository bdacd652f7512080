package wakes

import "context"

func wait(context.Context) {}

// Nothing sends to or closes 'done'.
func forgotten() {
	done := make(chan struct{})
	go func() { // want "GL202@2: goroutine may block forever receiving from 'done': nothing sends to or closes it"
		<-done
	}()
}

// The only close is in a cleanup func handed to another package: not ours to judge.
func handedOn(register func(func())) {
	done := make(chan struct{})
	go func() {
		<-done
	}()
	register(func() { close(done) })
}

// Escapes through a helper in another file, which closes it.
func helper(ctx context.Context) {
	stop := make(chan struct{})
	go func() {
		<-stop
	}()
	stopLater(ctx, stop)
}

// A select that can give up on the context.
func cancellable(ctx context.Context) {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-ctx.Done():
		}
	}()
}

// A single receive whose send an error return skips.
func skipped(ctx context.Context, fail bool) error {
	result := make(chan int)
	go func() { // want "GL202@2: goroutine may block forever receiving from 'result': the function can return before sending to or closing it"
		println(<-result)
	}()
	if fail {
		return ctx.Err()
	}
	result <- 1
	return nil
}
