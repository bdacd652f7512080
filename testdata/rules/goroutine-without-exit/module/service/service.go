package service

import "time"

type syncer struct{ period time.Duration }

func (s *syncer) start() {
	go func() {
		for {
			time.Sleep(s.period)
		}
	}()
}

type reporter struct{ done chan struct{} }

func newReporter() *reporter { return &reporter{done: make(chan struct{})} }

func (r *reporter) start() {}

// NewService is called once, from the command's main: its syncer lives with the process.
func NewService() *syncer {
	s := &syncer{period: time.Minute}
	s.start()
	return s
}

// Per request, but a reporter's start, not the syncer's: the method names collide, the types do not.
func (s *syncer) Pull() {
	r := newReporter()
	r.start()
}

// NewPoller is called in Handle's loop: each call leaks one more goroutine.
func NewPoller() {
	go poll() // want "GL203@2: 'poll' runs an endless loop"
}

func poll() {
	for {
		time.Sleep(time.Second)
	}
}

func Handle(requests int) {
	for i := 0; i < requests; i++ {
		NewPoller()
	}
}
