// A field named like a handler in a program's own types (no CLI framework imported) says nothing about how
// often the function runs: a stored function value may run any number of times.
package main

import "os"

type job struct {
	Name   string
	Action func() error
}

var jobs = []job{{Name: "rotate", Action: rotate}}

func main() {
	for _, j := range jobs {
		_ = j.Action()
	}
}

func rotate() error {
	f, err := os.Open("log") // want "GL103@12: never closed: add"
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}
