package ownership

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/other"
)

var last *http.Response

type holder struct{ resp *http.Response }

func returned(u string) (*http.Response, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func storedInField(h *holder, u string) {
	resp, err := http.Get(u)
	if err == nil {
		h.resp = resp
	}
}

func storedInMapAndSlice(m map[string]*http.Response, s []*http.Response, u string) []*http.Response {
	r1, _ := http.Get(u)
	m[u] = r1
	r2, _ := http.Get(u)
	return append(s, r2)
}

func storedInGlobal(u string) {
	resp, err := http.Get(u)
	if err == nil {
		last = resp
	}
}

func storedInLiteral(u string) holder {
	resp, _ := http.Get(u)
	return holder{resp: resp}
}

func sent(u string, out chan *http.Response) {
	resp, err := http.Get(u)
	if err == nil {
		out <- resp
	}
}

func otherPackage(u string) {
	resp, err := http.Get(u)
	if err == nil {
		other.Take(resp)
	}
}

func namedResult(u string) (resp *http.Response, err error) {
	resp, err = http.Get(u)
	return
}

// Readers from the standard library consume the body but never close it.
func readAllOnly(u string) ([]byte, error) {
	resp, err := http.Get(u) // want "GL101@15: add `defer resp.Body.Close\(\)`"
	if err != nil {
		return nil, err
	}
	return io.ReadAll(resp.Body)
}

func decodeOnly(u string, v any) error {
	resp, err := http.Get(u) // want "GL101@15"
	if err != nil {
		return err
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
