package tick

import "time"

func waitReady(ready func() bool) {
	for range time.Tick(time.Second) { // want "GL303@12: time.Tick leaks its ticker"
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
	go heartbeat(beat) // want "GL203@2: 'heartbeat' runs an endless loop"
	go func() { // want "GL203@2: this goroutine runs an endless loop"
		for range time.Tick(time.Minute) {
			beat()
		}
	}()
}
