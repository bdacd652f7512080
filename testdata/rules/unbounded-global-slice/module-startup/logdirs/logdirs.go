// Package logdirs fills its list under a package-level sync.Once: once per process, however often Create
// runs. A sync.Once that belongs to a value runs once per value.
package logdirs

import (
	"os"
	"sync"
)

var dirs []string

var (
	onceDirs sync.Once
	mu       sync.Mutex
)

var perValue []string // want "GL402@5: package-level slice 'perValue' only grows"

func createDirs() {
	dirs = append(dirs, os.TempDir())
}

// Create is called for every log file.
func Create(name string) (*os.File, error) {
	onceDirs.Do(createDirs)
	mu.Lock()
	defer mu.Unlock()
	return os.Create(dirs[0] + "/" + name)
}

type writer struct{ once sync.Once }

func remember() {
	perValue = append(perValue, os.TempDir())
}

// Open runs for every writer: each has its own Once.
func (w *writer) Open() {
	w.once.Do(remember)
}
