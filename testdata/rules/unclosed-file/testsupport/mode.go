package store

import (
	"os"
	"testing"
)

// Production code that asks whether it runs under `go test`: importing testing for that does not make it
// test support.
func logTarget(path string) (*os.File, error) {
	if testing.Testing() {
		return os.Stderr, nil
	}
	f, err := os.Create(path) // want "GL103@12"
	if err != nil {
		return nil, err
	}
	if _, err := f.WriteString("start\n"); err != nil {
		return nil, err
	}
	return f, nil
}
