// Any Go version: the file does not end in a newline and its last declaration is a type.
package nofinalnewline

import "net/http"

func Status(url string) int {
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

type Sized interface{ ~int | ~int64 }