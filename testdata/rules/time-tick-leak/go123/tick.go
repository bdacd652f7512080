package tick

import "time"

func waitReady(ready func() bool) {
	for range time.Tick(time.Second) { // collected since Go 1.23: silent by default
		if ready() {
			return
		}
	}
}

func heartbeat(beat func()) {
	for range time.Tick(time.Second) {
		beat()
	}
}

func background(beat func()) {
	go heartbeat(beat)
	go func() {
		for range time.Tick(time.Minute) {
			beat()
		}
	}()
}
