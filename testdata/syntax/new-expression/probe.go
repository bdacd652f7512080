// Go 1.26: new with an expression operand.
package newexpression

import (
	"fmt"
	"net/http"
)

type Options struct {
	Name    *string
	Retries *int
	Label   *string
}

func Configure(url string) *Options {
	opts := &Options{Name: new("x"), Retries: new(int(3)), Label: new(fmt.Sprint(1))}
	p := new(int64(5))
	_ = p
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return nil
	}
	opts.Label = new(resp.Status)
	return opts
}

func Typed() *[]int { return new([]int) }
