// Go 1.26: a generic type may refer to itself in its type parameter list.
package selfreferential

import "net/http"

type Adder[A Adder[A]] interface {
	Add(A) A
}

func Sum[A Adder[A]](x, y A, url string) A {
	resp, err := http.Get(url) // want "GL101@15"
	if err == nil {
		println(resp.StatusCode)
	}
	return x.Add(y)
}
