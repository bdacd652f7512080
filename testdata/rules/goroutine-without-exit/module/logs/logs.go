package logs

import "time"

type cleaner struct{ seen map[string]bool }

// Created once, for a package variable: a background service, not a leak.
func newCleaner() *cleaner {
	c := &cleaner{seen: map[string]bool{}}
	go func() {
		for {
			time.Sleep(time.Hour)
			c.seen = map[string]bool{}
		}
	}()
	return c
}

var defaultCleaner = newCleaner()

type Watcher struct{ events chan string }

// Registered as a value: called who knows how often, so every call may leak one more goroutine.
func NewWatcher() *Watcher {
	w := &Watcher{events: make(chan string)}
	go func() { // want "GL203@2: this goroutine runs an endless loop"
		for {
			println(<-w.events)
		}
	}()
	return w
}

var Constructors = map[string]func() *Watcher{"watcher": NewWatcher}

// Called once, from the command's main (through an aliased import).
func StartFlusher() {
	go func() {
		for {
			time.Sleep(time.Second)
		}
	}()
}
