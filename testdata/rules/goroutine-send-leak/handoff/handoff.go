// R-201a: a channel also handed to a goroutine that receives from it is received; FN-201: a `for range`
// receiver that returns early abandons a sender that sends again.
package handoff

import "context"

func produce(ctx context.Context, out chan<- int) { out <- 1 }
func consume(ctx context.Context, in <-chan int) {
	for range in {
	}
}

func start(ctx context.Context) {
	updates := make(chan int)
	go produce(ctx, updates)
	go consume(ctx, updates)
}

func firstBig(in []int) int {
	ch := make(chan int)
	go func() { // want "GL201@2: can be left before the sender is done"
		for _, v := range in {
			ch <- v
		}
		close(ch)
	}()
	for v := range ch {
		if v > 10 {
			return v
		}
	}
	return -1
}

// Drained to the end: no early exit.
func sum(in []int) int {
	ch := make(chan int)
	go func() {
		for _, v := range in {
			ch <- v
		}
		close(ch)
	}()
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

// One send, and the range loop returns after the first value: nothing is left blocked.
func first() int {
	ch := make(chan int)
	go func() {
		ch <- 1
		close(ch)
	}()
	for v := range ch {
		return v
	}
	return 0
}
