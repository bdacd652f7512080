// FN-3: wrappers of another package of the same module that return an *http.Response.
package use

import (
	"encoding/json"
	"net/http"

	"example.com/imported/request"
)

func ping() error {
	_, _, err := request.Get("/_ping") // want "GL101@15: discarded"
	return err
}

func decode(v any) error {
	_, body, err := request.Get("/info") // want "GL101@18: 'body'.*defer body.Close"
	if err != nil {
		return err
	}
	return json.NewDecoder(body).Decode(v)
}

func read() ([]byte, error) {
	_, body, err := request.Get("/info")
	if err != nil {
		return nil, err
	}
	return request.ReadBody(body)
}

func ok(url string) bool {
	res, err := request.Fetch(url) // want "GL101@14"
	if err != nil {
		return false
	}
	return res.StatusCode == http.StatusOK
}

func closedByCallee(url string) bool {
	res, err := request.Status(url)
	return err == nil && res.StatusCode == http.StatusOK
}

// The body is also the response's Body: closing either one closes it.
func viaResponse() int {
	res, _, err := request.Get("/info")
	if err != nil {
		return 0
	}
	defer res.Body.Close()
	return res.StatusCode
}
