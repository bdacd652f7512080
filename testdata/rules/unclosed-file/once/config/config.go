// Package config is read once, at start-up, by the tool's main: its leak is held until the process exits.
package config

import "os"

type Config struct{ raw []byte }

func Load(path string) (*Config, error) {
	f, err := os.Open(path) // want "GL103@12: never closed.*held until the process exits: main → run → Load"
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 4096)
	n, err := f.Read(buf)
	return &Config{raw: buf[:n]}, err
}

// Reload is called for every signal the tool receives (in a loop): each call leaks a descriptor.
func Reload(path string) ([]byte, error) {
	f, err := os.Open(path) // want "GL103@12: never closed: add"
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 4096)
	n, err := f.Read(buf)
	return buf[:n], err
}
