// Go 1.22: range over an integer, with and without a variable.
package rangeoverint

import "net/http"

func Poll(url string, n int) {
	for i := range n {
		_ = i
		resp, err := http.Get(url) // want "GL101@16"
		if err != nil {
			continue
		}
		_ = resp.StatusCode
	}
	for range 3 {
		resp, err := http.Post(url, "text/plain", nil) // want "GL101@16"
		if err == nil {
			println(resp.Status)
		}
	}
}
