package unknown

import (
	t "time"
)

// No go.mod above this fixture: the version is unknown, so the finding is a warning.
func poll(work <-chan int) {
	for range work {
		select {
		case v := <-t.After(t.Second): // want "GL301@15: stays in memory"
			_ = v
		default:
		}
	}
}
