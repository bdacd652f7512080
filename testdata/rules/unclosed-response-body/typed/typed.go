// Sources decided by the callee's type (issue 23), not by a variable's name.
package typed

import (
	"errors"
	"net/http"

	"example.com/subscriptions"
)

// A key-value client whose Get returns any: the value asserted to string is no response.
type kvClient struct{}

func (kvClient) Get(key string) any { return nil }

func lookupIP(client kvClient) string {
	ip, _ := client.Get("ip").(string)
	return ip
}

// A field typed as an interface with Do(*http.Request) (*http.Response, error) is a client.
type doer interface {
	Do(*http.Request) (*http.Response, error)
}

type api struct{ c doer }

var errBad = errors.New("bad status")

func (a *api) ping(r *http.Request) error {
	resp, err := a.c.Do(r) // want "GL101@15: 'resp'"
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return errBad
	}
	return nil
}

// The client's methods are promoted through an embedded field.
type wrapped struct {
	*http.Client
	name string
}

func (w wrapped) status(u string) int {
	res, err := w.Get(u) // want "GL101@14: 'res'"
	if err != nil {
		return 0
	}
	return res.StatusCode
}

// A store whose field is named client but is no HTTP client (R-101a): its Get returns its own type.
type etcdResponse struct{ Count int }
type etcdClient struct{}

func (etcdClient) Get(key string) (*etcdResponse, error) { return &etcdResponse{}, nil }

type store struct{ client *etcdClient }

func (s *store) count() (int, error) {
	r, err := s.client.Get("prefix")
	if err != nil {
		return 0, err
	}
	return r.Count, nil
}

// A closed response through the interface is fine.
func (a *api) closed(r *http.Request) (int, error) {
	resp, err := a.c.Do(r)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// A client of a package that is not on this machine: its declared type is known, and it is not net/http's
// (the source of issue 23's `client.Get("ip").(string)`).
func subscribed(client *subscriptions.Client) int {
	ip, _ := client.Get("ip").(string)
	return len(ip)
}

// A nil Body has nothing to close: the path that skips the Close is the one where Body is nil.
func (a *api) guardedBody(r *http.Request) (int, error) {
	resp, err := a.c.Do(r)
	if err != nil {
		return 0, err
	}
	if resp.Body != nil {
		defer resp.Body.Close()
	}
	return resp.StatusCode, nil
}

// A retry loop goes round only when the call failed (`err != nil && …`): no response is open then.
func retried(c *http.Client, req *http.Request) (*http.Response, error) {
	var resp *http.Response
	var err error
	for i := 0; i < 3; i++ {
		resp, err = c.Do(req)
		if err != nil && i < 2 {
			continue
		}
		break
	}
	return resp, err
}

// A field of function type returning *http.Response: whatever is plugged in hands back a live response.
type sendOptions struct {
	Do func(c *http.Client, r *http.Request) (*http.Response, error)
}

func send(opts sendOptions, c *http.Client, r *http.Request) error {
	resp, err := opts.Do(c, r) // want "GL101@15: 'resp'"
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return errBad
	}
	return nil
}

