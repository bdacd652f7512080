package go123

import "time"

// go.mod says go 1.23.4: unreferenced timers are collected, so GL301 is silent by default (the
// per-iteration note is opt-in: rules: {GL301: {note-since-go-1-23: true}}).
func poll(work <-chan int) {
	for {
		select {
		case <-work:
		case <-time.After(time.Second):
			return
		}
	}
}
