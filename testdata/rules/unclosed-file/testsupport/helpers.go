package store

import (
	"os"
	"testing"
)

// LoadFixture is test support outside a _test.go file: only tests call it (it takes their *testing.T), so its
// findings follow --tests.
func LoadFixture(t *testing.T, path string) []byte {
	f, err := os.Open(path) // want "GL103@12"
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := f.Read(buf)
	return buf[:n]
}
