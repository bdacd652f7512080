package closes

import (
	"io"
	"log"
	"net/http"
)

func deferred(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.ReadAll(resp.Body)
	return err
}

func plain(u string) int {
	resp, err := http.Get(u)
	if err != nil {
		return 0
	}
	code := resp.StatusCode
	resp.Body.Close()
	return code
}

func deferredClosure(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	defer func() {
		if err := resp.Body.Close(); err != nil {
			log.Println(err)
		}
	}()
}

func calledClosure(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	cleanup := func() { _ = resp.Body.Close() }
	cleanup()
}

func aliasShort(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	b := resp.Body
	defer b.Close()
}

func aliasAssign(u string) {
	var rc io.ReadCloser
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	rc = resp.Body
	defer rc.Close()
}

func reassignedInLoop(urls []string) {
	for _, u := range urls {
		resp, err := http.Get(u)
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
}

func ifInit(u string) {
	if resp, err := http.Get(u); err == nil {
		defer resp.Body.Close()
	}
}

// The first response is closed, the second (same name, re-assigned) is not.
func reassigned(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	resp.Body.Close()
	resp, err = http.Get(u) // want "GL101@14"
	if err != nil {
		return
	}
	_ = resp.StatusCode
}

// Assigned in either branch, closed once after: both responses are closed.
func branches(u string, useHead bool) error {
	var resp *http.Response
	var err error
	if useHead {
		resp, err = http.Head(u)
	} else {
		resp, err = http.Get(u)
	}
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Overwritten in the same block before anyone closed it: the first response leaks.
func overwritten(u string) {
	resp, err := http.Get(u) // want "GL101@15"
	resp, err = http.Get(u)
	if err != nil {
		return
	}
	resp.Body.Close()
}

// Other methods of the response or its body are not a Close.
func readOnly(u string) int {
	resp, err := http.Get(u) // want "GL101@15"
	if err != nil {
		return 0
	}
	buf := make([]byte, 16)
	n, _ := resp.Body.Read(buf)
	return n + len(resp.Cookies())
}
