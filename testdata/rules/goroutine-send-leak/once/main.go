// A goroutine stranded by code that runs once per process (a CLI's check, called from main) is one goroutine
// held until the process exits: a note with the chain. The same shape in a request handler strands one per
// request: a warning.
package main

import (
	"errors"
	"net/http"
	"os"
	"time"
)

func main() {
	if err := check(os.Args[1]); err != nil {
		os.Exit(1)
	}
	http.HandleFunc("/probe", probe)
	_ = http.ListenAndServe(":8080", nil)
}

func check(url string) error {
	done := make(chan error)
	go func() { // want "GL201@2: .*held until the process exits: main → check$"
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
}

func probe(w http.ResponseWriter, r *http.Request) {
	done := make(chan error)
	go func() { // want "GL201@2: unbuffered channel 'done'"
		time.Sleep(time.Second)
		done <- nil
	}()
	select {
	case <-done:
	case <-r.Context().Done():
	}
}
