// In func main, abandoning a channel means returning from main: the process ends with its goroutines.
package main

import (
	"errors"
	"os"
)

func main() {
	errs := make(chan error)
	go func() { errs <- serve() }()
	if len(os.Args) > 1 {
		return
	}
	<-errs
}

// Elsewhere in package main the same shape leaks.
func run() error {
	errs := make(chan error)
	go func() { errs <- serve() }() // want "GL201@2"
	if len(os.Args) > 1 {
		return errors.New("usage")
	}
	return <-errs
}

func serve() error { return nil }
