package store

import "os"

func header(path string) ([]byte, error) {
	f, err := os.Open(path) // want "GL103@12"
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 16)
	n, err := f.Read(buf)
	return buf[:n], err
}
