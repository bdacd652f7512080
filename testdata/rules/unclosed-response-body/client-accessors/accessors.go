// FN-1: clients obtained from a Client() accessor (httptest.Server's, or a wrapper's).
package accessors

import (
	"io"
	"net/http/httptest"
)

func fetch(ts *httptest.Server) ([]byte, error) {
	c := ts.Client()
	res, err := c.Get(ts.URL) // want "GL101@14"
	if err != nil {
		return nil, err
	}
	return io.ReadAll(res.Body)
}

func direct(ts *httptest.Server) int {
	res, err := ts.Client().Get(ts.URL) // want "GL101@14"
	if err != nil {
		return 0
	}
	return res.StatusCode
}

func closed(ts *httptest.Server) int {
	res, err := ts.Client().Get(ts.URL)
	if err != nil {
		return 0
	}
	defer res.Body.Close()
	return res.StatusCode
}
