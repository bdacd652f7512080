package safe

import (
	"context"
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
