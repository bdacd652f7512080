// FN-5: a local variable shadows an imported package of the same name.
package shadow

import (
	"net/http"

	"example.com/shadow/client"
)

var _ = client.Version

func contentType(url string) (string, error) {
	client := &http.Client{}
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	resp, err := client.Do(req) // want "GL101@15"
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Content-Type"), nil
}

// The package itself: not a client.
func version() string { return client.Version }
