// Any Go version: a local function named like a builtin, called with an expression (gofmt accepts it).
package shadowedbuiltin

import "net/http"

func Depth(url string, n int) int {
	var make func(int) int
	make = func(n int) int {
		if n == 0 {
			return 0
		}
		return make(n - 1)
	}
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return 0
	}
	return make(resp.StatusCode)
}
