// Go 1.23: range over a function (iterators), and the iter.Seq shapes.
package rangeoverfunc

import (
	"iter"
	"net/http"
)

func URLs(list []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, u := range list {
			if !yield(u) {
				return
			}
		}
	}
}

func Fetch(list []string) {
	for u := range URLs(list) {
		resp, err := http.Get(u) // want "GL101@16"
		if err != nil {
			return
		}
		println(resp.StatusCode)
	}
}
