// Go 1.24: generic type aliases, alone and in a group.
package generictypealias

import "net/http"

type Set[T comparable] = map[T]struct{}

type (
	Pair[K comparable, V any] = struct {
		Key   K
		Value V
	}
	Plain = int
)

var seen Set[string]

func Check(url string) (Pair[string, int], error) {
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return Pair[string, int]{}, err
	}
	return Pair[string, int]{Key: url, Value: resp.StatusCode}, nil
}
