// Package request wraps an HTTP client for the tests of its module (like moby's testutil/request).
package request

import (
	"io"
	"net/http"
)

// Get returns the response and its body; the caller must close the body.
func Get(endpoint string) (*http.Response, io.ReadCloser, error) {
	return Do(http.MethodGet, endpoint)
}

// Do sends a request.
func Do(method, endpoint string) (*http.Response, io.ReadCloser, error) {
	req, err := http.NewRequest(method, endpoint, nil)
	if err != nil {
		return nil, nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, nil, err
	}
	return resp, resp.Body, nil
}

// Fetch returns the open response.
func Fetch(url string) (*http.Response, error) {
	return http.Get(url)
}

// Status closes the body before returning.
func Status(url string) (*http.Response, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return resp, nil
}

// ReadBody reads and closes.
func ReadBody(body io.ReadCloser) ([]byte, error) {
	defer body.Close()
	return io.ReadAll(body)
}
