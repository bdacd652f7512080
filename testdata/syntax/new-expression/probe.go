// Go 1.26: new with an expression operand.
package newexpression

import (
	"fmt"
	"net/http"
)

type Status struct{ Healthy *bool }

type Alloc struct{ Deployment *Status }

func copyHealth(a *Alloc) *bool { return new(*a.Deployment.Healthy) }

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
	opts.Name = new(*opts.Label)
	return opts
}

func Typed() *[]int { return new([]int) }

func Literals() (*[]string, *map[string]int, *[]struct{ n int }, *struct{ a int }) {
	return new([]string{"foo", "bar"}), new(map[string]int{"a": 1}), new([]struct{ n int }{{1}}), new(struct{ a int })
}
