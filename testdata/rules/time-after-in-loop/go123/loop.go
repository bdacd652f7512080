package go123

import "time"

func poll(work <-chan int) {
	for {
		select {
		case <-work:
		case <-time.After(time.Second): // want "GL301: allocates a new timer every iteration"
			return
		}
	}
}
