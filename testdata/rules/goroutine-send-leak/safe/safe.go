package safe

import (
	"context"
	"errors"
	"sync"
	"time"
)

func buffered(fetch func() int) int {
	ch := make(chan int, 1)
	go func() { ch <- fetch() }()
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Second):
		return 0
	}
}

func guardedByContext(ctx context.Context, fetch func() int) int {
	ch := make(chan int)
	go func() {
		select {
		case ch <- fetch():
		case <-ctx.Done():
		}
	}()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return 0
	}
}

func fanIn(inputs []func() int) int {
	ch := make(chan int)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(f func() int) {
			defer wg.Done()
			ch <- f()
		}(in)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

func signal(work func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	<-done
}

func returned(f func() int) <-chan int {
	out := make(chan int)
	go func() { out <- f() }()
	return out
}

type pipeline struct{ out chan int }

func stored(p *pipeline, f func() int) {
	ch := make(chan int)
	p.out = ch
	go func() { ch <- f() }()
}

func consumerGoroutine(f func() int) {
	ch := make(chan int)
	go func() { // want "GL202@2: .*nothing closes it" (safe for GL201: the consumer takes the send; but it then waits forever)
		for v := range ch {
			_ = v
		}
	}()
	go func() { ch <- f() }()
}

// The early return sits in the other branch of the if that starts the goroutine: on the control-flow graph
// no path from the go statement reaches it before the range receives (blind corpus, minio/mc).
func branchReturnIsNotOnThePath(single bool, one int, list func() ([]int, error)) error {
	ch := make(chan int)
	if single {
		go func() {
			defer close(ch)
			ch <- one
		}()
	} else {
		items, err := list()
		if err != nil {
			return err
		}
		go func() {
			defer close(ch)
			for _, item := range items {
				ch <- item
			}
		}()
	}
	for v := range ch {
		_ = v
	}
	return nil
}

// N goroutines, then a counted loop of N receives: entering the loop counts as receiving (the graph cannot
// tell the loop runs at least once; Go's sync tests).
func countedReceives(n int, work func()) {
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			work()
			done <- true
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
}

// A receive in a deferred closure registered before the goroutine runs at every exit (net's connect).
func deferredReceive(ctxDone <-chan struct{}, connect func() error) (err error) {
	result := make(chan error)
	stop := make(chan struct{})
	defer func() {
		close(stop)
		if e := <-result; e != nil && err == nil {
			err = e
		}
	}()
	go func() {
		select {
		case <-ctxDone:
			result <- errors.New("cancelled")
		case <-stop:
			result <- nil
		}
	}()
	if err := connect(); err != nil {
		return err
	}
	return nil
}

// One goroutine sends either the error (and returns) or the result; one select receives both: whichever send
// happens, its own case is waiting (mutually exclusive sends, on the goroutine's control-flow graph).
func errorOrResult(work func() (int, error)) (int, error) {
	errs := make(chan error)
	results := make(chan int)
	go func() {
		v, err := work()
		if err != nil {
			errs <- err
			return
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
