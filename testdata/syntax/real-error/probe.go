// A real syntax error (gofmt -e rejects it: interface methods cannot have type parameters) stays GL003,
// and the leak after it is still found.
package realerror

import "net/http"

type Getter interface {
	Get[T any]() T // want "GL003@6"
}

func Status(url string) int {
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}
