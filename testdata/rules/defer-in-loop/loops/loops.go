package loops

import (
	"os"
	"sync"
)

func closeAll(paths []string) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close() // want "GL105@3: `defer f.Close\(\)` in a loop runs only when 'closeAll' returns"
	}
}

func lockEach(mu *sync.Mutex, n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		defer mu.Unlock() // want "GL105@3"
	}
}

func perIteration(paths []string) {
	for _, p := range paths {
		func() {
			f, err := os.Open(p)
			if err != nil {
				return
			}
			defer f.Close()
		}()
	}
}

func returnsFirst(paths []string) *os.File {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer println("found", p)
		return f
	}
	return nil
}
