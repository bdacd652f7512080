// FN-2: net/http imported with a dot.
package dot

import (
	"io"
	. "net/http"
)

type server struct{ c *Client }

func fetch(s server, url string) ([]byte, error) {
	res, err := s.c.Get(url) // want "GL101@14"
	if err != nil {
		return nil, err
	}
	return io.ReadAll(res.Body)
}

func head(url string) int {
	res, err := Post(url, "text/plain", nil) // want "GL101@14"
	if err != nil {
		return 0
	}
	return res.StatusCode
}

func get(url string) (*Response, error) { return Get(url) }

func size(url string) int64 {
	res, err := get(url) // want "GL101@14"
	if err != nil {
		return 0
	}
	return res.ContentLength
}
