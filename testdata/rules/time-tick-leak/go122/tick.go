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
	go heartbeat(beat)
	go func() {
		for range time.Tick(time.Minute) {
			beat()
		}
	}()
}
