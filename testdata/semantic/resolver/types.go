package p

// Declarations the probes in probes.go use (another file: package facts span files).

import (
	"bytes"
	"net/http"
	"sync"
)

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

type api struct {
	c      doer
	client *http.Client
	pool   sync.Pool
	*Base
	items  map[string][]int
	events chan<- Event
}

type Base struct {
	Name string
	buf  *bytes.Buffer
}

func (b *Base) Describe() string { return b.Name }

type Event struct{ ID int64 }

type Kind int

const (
	KindA Kind = iota
	KindB
)

type List[T any] struct{ items []T }

func (l *List[T]) First() T { return l.items[0] }

type Reader = bytes.Reader

var DefaultAPI = &api{}
var counter, label = next()

func next() (int, string) { return 0, "" }

func newBuf() []byte { return nil }

func fetch(u string) (*http.Response, error) { return http.Get(u) }

func probe(...any) {}
func bind(...any)  {}
