// Shapes the declaration skeleton must keep (types, signatures, variable types) while it drops every body
// and literal: the facts read from its skeleton must equal the facts read from this file.
package tables

import (
	"net/http"
	"sync"
)

type point struct {
	x, y int
	tag  string `json:"tag"`
}

type shape interface {
	Area() float64
	interface{ Name() string }
}

type number interface{ ~int | ~float64 }

var lookup = [4]uint16{
	0x0001, 0x0002, // a brace in a comment: {
	0x0003, 0x0004,
}

var names = map[string]struct{ id, rank int }{
	"a": {1, 2},
	"b": {3, 4}, // '}' and "}" must not close it
}

var (
	origin        = point{x: 0, y: 0}
	pointer       = &point{}
	client        = &http.Client{Transport: &http.Transport{}}
	handler       = func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
	made          = func() *sync.Pool { return &sync.Pool{New: func() any { return new(point) }} }()
	anonymous     = struct{ a int }{a: 1}
	rune1         = '{'
	text   string = "}{"
)

func (p point) Area() float64 { if p.x > 0 { return 1 }; return 0 }

func (p *point) Name() string {
	return map[bool]string{true: "t", false: "f"}[p.x > 0]
}

func generic[T number](values []T) (sum T) {
	for _, v := range values {
		sum += v
	}
	return
}

func result() struct{ ok bool } { return struct{ ok bool }{true} }

func later() interface{ Close() error } { return nil }
