// Shapes from real repositories that are not leaks (../shared/realworld R-101a–c), next to the leaks
// they resemble.
package precision

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"

	kv "example.com/kv"
	"example.com/search"
)

// R-101a: a field is an *http.Client only on the struct type that declares it so.
type api struct{ client *http.Client }
type store struct{ client *kv.Client }

func (s *store) count(ctx context.Context) (int, error) {
	r, err := s.client.Get(ctx, "prefix")
	if err != nil {
		return 0, err
	}
	return len(r.Kvs), nil
}

func (a *api) status(url string) (int, error) {
	resp, err := a.client.Get(url) // want "GL101@15"
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// R-101b: a response built in memory has no connection behind it.
func encode(v []byte) (*http.Response, error) {
	return &http.Response{Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(v))}, nil
}

func contentType(v []byte) string {
	res, err := encode(v)
	if err != nil {
		return ""
	}
	return res.Header.Get("Content-Type")
}

// A wrapper that closes the body itself before returning leaves its callers nothing to close.
func head(c *http.Client, url string) (*http.Response, error) {
	resp, err := c.Head(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return resp, nil
}

func exists(c *http.Client, url string) bool {
	resp, err := head(c, url)
	return err == nil && resp.StatusCode == http.StatusOK
}

// A wrapper that returns the open response: its callers must close it.
func get(c *http.Client, url string) (*http.Response, error) {
	return c.Get(url)
}

func size(c *http.Client, url string) int64 {
	resp, err := get(c, url) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.ContentLength
}

// Another package's *X.Response is not an HTTP response.
func query(ctx context.Context, q string) (*search.Response, error) { return search.Do(ctx, q) }

func hits(ctx context.Context) int {
	r, err := query(ctx, "x")
	if err != nil {
		return 0
	}
	return r.Hits
}

// R-101c: the body leaves through a type assertion or a wrapping reader that is returned.
func attach(c *http.Client, req *http.Request) (io.WriteCloser, *bufio.Reader, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, err
	}
	return resp.Body.(io.WriteCloser), bufio.NewReader(resp.Body), nil
}

// A reader made from the body and dropped is still a leak.
func firstLine(c *http.Client, req *http.Request) (string, error) {
	resp, err := c.Do(req) // want "GL101@15"
	if err != nil {
		return "", err
	}
	return bufio.NewReader(resp.Body).ReadString('\n')
}

// A wrapper that closes the body as a plain statement before returning (net/http's getNoBody).
func getNoBody(c *http.Client, url string) (*http.Response, error) {
	res, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	res.Body.Close()
	return res, nil
}

func probe(c *http.Client, url string) error {
	_, err := getNoBody(c, url)
	return err
}
