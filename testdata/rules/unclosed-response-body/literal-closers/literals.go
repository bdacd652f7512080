// Closers that are func literals, and a package function that shadows the builtin close.
package literals

import (
	"io"
	"net/http"
)

// A literal that would close the body but is never called.
func neverCalled() {
	res, _ := http.Get("http://example.com/") // want "GL101@12"
	_ = func() {
		res.Body.Close()
	}
}

// A literal assigned and called closes it.
func called() {
	res, _ := http.Get("http://example.com/")
	closer := func() { res.Body.Close() }
	closer()
}

// Acquired and closed inside the discarded literal itself: nothing outside to close.
func inside() {
	_ = func() {
		res, _ := http.Get("http://example.com/")
		res.Body.Close()
	}
}

// The body handed to a deferred literal that ignores it.
func deferredIgnores() {
	resp, _ := http.Get("https://example.com") // want "GL101@13"
	defer func(body io.ReadCloser) {}(resp.Body)
}

// The body handed to a deferred literal that closes its parameter.
func deferredCloses() {
	resp, _ := http.Get("https://example.com")
	defer func(body io.ReadCloser) { _ = body.Close() }(resp.Body)
}

// A package function named close shadows the builtin and closes the body.
func closeByShadow() {
	res, err := http.Get("http://example.com/")
	if err != nil {
		panic(err)
	}
	defer close(res)
}

func close(res *http.Response) { res.Body.Close() }
