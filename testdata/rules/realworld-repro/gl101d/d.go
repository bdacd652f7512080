// By the rule: a dropped response is always reported, even from a transport that can only fail (R-101d).
package gl101d

import (
	"errors"
	"net/http"
)

type failingRT struct{}

func (failingRT) RoundTrip(*http.Request) (*http.Response, error) { return nil, errors.New("refused") }

func check(req *http.Request) bool {
	c := &http.Client{Transport: failingRT{}}
	_, err := c.Do(req) // want "GL101@12"
	return err != nil
}
