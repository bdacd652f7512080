// Package golden has one leak of every rule, behind multibyte text, tabs and repeated lines, so the
// reporters' columns and fingerprints are exercised. Its rendered reports are the goldens beside it.
package golden

import (
	"io"
	"net/http"
	"time"
)

var cache = map[string]string{} // «кэш» that only grows

func fetch(u string) int {
	/* 日本語 */ resp, err := http.Get(u)
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func remember(k, v string) {
	cache[k] = v
}

func poll(in <-chan int) {
	for {
		select {
		case <-in:
		case <-time.After(time.Second):
			return
		}
	}
}

func race(f func() int) int {
	ch := make(chan int)
	go func() { ch <- f() }()
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Second):
		return 0
	}
}

func again(u string) {
	http.Get(u) //goleaklint:ignore GL101 probe whose response nobody reads
}

func again2(u string) {
	http.Get(u) //goleaklint:ignore GL101
}

func quiet() {
	//goleaklint:ignore GL301 nothing here needs silencing
	println("quiet")
}

func fanOut(items []string, handle func(string)) error {
	work := make(chan string)
	go func() {
		for it := range work {
			handle(it)
		}
	}()
	for _, it := range items {
		if it == "" {
			return nil
		}
		work <- it
	}
	close(work)
	return nil
}

func stream(w func(r *io.PipeReader) error, v string, skip bool) error {
	pr, pw := io.Pipe()
	go func() {
		_, err := pw.Write([]byte(v))
		pw.CloseWithError(err)
	}()
	if skip {
		return nil
	}
	return w(pr)
}
