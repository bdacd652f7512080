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
		case <-time.After(10 * time.Second): // want "GL301: stays in memory until it fires"
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
