// FN-101: a return between the acquisition (after its error check) and its Close leaks on that path.
package early

import (
	"errors"
	"net/http"
)

func status(url string) (int, error) {
	resp, err := http.Get(url) // want "GL101@15: not closed on the path that returns at line 15"
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// The defer right after the error check: every path closes.
func fine(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	return 0, nil
}

// Closed on the early path itself before returning.
func closedOnBothPaths(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 500 {
		resp.Body.Close()
		return errors.New("server error")
	}
	defer resp.Body.Close()
	return nil
}

// Returning the response hands it to the caller.
func handOff(url string, raw bool) (*http.Response, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	if raw {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, nil
}

// A return inside a closure is the closure's, not this function's.
func inClosure(url string) func() int {
	resp, err := http.Get(url)
	if err != nil {
		return nil
	}
	f := func() int { return 1 }
	resp.Body.Close()
	return f
}
