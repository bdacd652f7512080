package abandon

import (
	"context"
	"errors"
	"time"
)

type result struct{ n int }

func timeout(fetch func() result) (result, error) {
	ch := make(chan result)
	go func() { ch <- fetch() }() // want "GL201@2: its only receive is in a select"
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(time.Second):
		return result{}, errors.New("timeout")
	}
}

func cancelled(ctx context.Context, fetch func() result) (result, error) {
	ch := make(chan result)
	go func() { // want "GL201@2: 'ch'"
		r := fetch()
		ch <- r
	}()
	select {
	case <-ctx.Done():
		return result{}, ctx.Err()
	case r := <-ch:
		return r, nil
	}
}

func earlyReturn(fetch func() result, validate func() error) (result, error) {
	ch := make(chan result)
	go func() { ch <- fetch() }() // want "GL201@2: the function can return before receiving"
	if err := validate(); err != nil {
		return result{}, err
	}
	return <-ch, nil
}

func neverReceived(fetch func() result) {
	ch := make(chan result)
	go func() { ch <- fetch() }() // want "GL201@2: nothing receives"
}

func selectOutsideLoop(a, b func() int) int {
	first := make(chan int)
	second := make(chan int)
	go func() { first <- a() }()  // want "GL201@2: 'first'"
	go func() { second <- b() }() // want "GL201@2: 'second'"
	select {
	case v := <-first:
		return v
	case v := <-second:
		return v
	}
}

func breakOut(tasks []func() result, cancelled func() bool) []result {
	var out []result
	for _, task := range tasks {
		ch := make(chan result)
		go func() { ch <- task() }() // want "GL201@3: a break can leave the loop before receiving"
		if cancelled() {
			break
		}
		out = append(out, <-ch)
	}
	return out
}

func switchBreakIsNotALoopBreak(tasks []func() result, mode int) []result {
	var out []result
	for _, task := range tasks {
		ch := make(chan result)
		go func() { ch <- task() }()
		switch mode {
		case 1:
			break
		}
		out = append(out, <-ch)
	}
	return out
}

// The function ends without receiving when wait is false (the end of the body, not a return, abandons).
func fallsOffTheEnd(f func() result, wait bool) {
	ch := make(chan result)
	go func() { ch <- f() }() // want "GL201@2: the function can return before receiving"
	if wait {
		<-ch
	}
}

// The error is sent first and the goroutine goes on to send the result, which nobody receives once the error
// case is taken (minio/mc's support-perf commands). The error send itself always completes: the result case
// cannot fire before it.
func errorThenResult(work func() (int, error)) (int, error) {
	errs := make(chan error)
	results := make(chan int)
	go func() { // want "GL201@2: 'results'.*its only receive is in a select"
		v, err := work()
		if err != nil {
			errs <- err
		}
		results <- v
	}()
	select {
	case err := <-errs:
		return 0, err
	case v := <-results:
		return v, nil
	}
}
