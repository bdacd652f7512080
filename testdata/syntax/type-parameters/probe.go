// Go 1.18: type parameters on functions and types, constraints with ~ and unions, explicit
// instantiation, methods of generic types.
package typeparameters

import "net/http"

type Number interface{ ~int | ~int64 | ~float64 }

type List[T any] struct {
	items []T
	next  *List[T]
}

func (l *List[T]) Fetch(url string) (int, error) {
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func Sum[T Number, S ~[]T](values S) T {
	var total T
	for _, v := range values {
		total += v
	}
	return total
}

func Use(url string) int {
	_ = Sum[int, []int]([]int{1, 2})
	resp, _ := http.Get(url) // want "GL101@13"
	return resp.StatusCode
}
