package workers

import (
	"errors"
	"sync"
)

var errEmpty = errors.New("empty name")

func process(string) {}

// Early return in the feeding loop: the close is skipped.
func leaky(names []string) error {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { // want "GL202@3: goroutine may block forever receiving from 'jobs': the function can return before closing it"
			defer wg.Done()
			for j := range jobs {
				process(j)
			}
		}()
	}
	for _, n := range names {
		if n == "" {
			return errEmpty
		}
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	return nil
}

// Never closed: the workers end only when the process does.
func neverClosed(names []string) {
	jobs := make(chan string, len(names))
	go func() { // want "GL202@2: goroutine may block forever receiving from 'jobs': nothing closes it, so its `for range` never ends"
		for j := range jobs {
			process(j)
		}
	}()
	for _, n := range names {
		jobs <- n
	}
}

// The same pool with the close deferred: no finding.
func fixed(names []string) error {
	jobs := make(chan string)
	defer close(jobs)
	for i := 0; i < 4; i++ {
		go func() {
			for j := range jobs {
				process(j)
			}
		}()
	}
	for _, n := range names {
		if n == "" {
			return errEmpty
		}
		jobs <- n
	}
	return nil
}

// Filled and closed before the workers start.
func prefilled(names []string) {
	jobs := make(chan string, len(names))
	for _, n := range names {
		jobs <- n
	}
	close(jobs)
	for i := 0; i < 4; i++ {
		go func() {
			for j := range jobs {
				process(j)
			}
		}()
	}
}

// A semaphore: the token is in the buffer before the goroutine takes it back.
func bounded(names []string) {
	sem := make(chan struct{}, 4)
	for _, n := range names {
		sem <- struct{}{}
		go func(n string) {
			defer func() { <-sem }()
			process(n)
		}(n)
	}
}
