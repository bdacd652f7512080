package p

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	h "net/http"
	"os"
	"strings"
	"time"
)

type subscriptions struct{}

func (subscriptions) Get(key string) any { return nil }

func literals() {
	probe(1)                   // int
	probe(1.5)                 // float64
	probe("s")                 // string
	probe(`raw`)               // string
	probe('r')                 // int32
	probe(true)                // bool
	probe(nil)                 // untyped nil
	probe(2i)                  // complex128
	probe(1 + 2)               // int
	probe(1 < 2)               // bool
	probe(!true)               // bool
	probe(KindB)               // example.com/p.Kind
	probe(Kind(3))             // example.com/p.Kind
	probe(len("abc"))          // int
	probe(func(x int) error { return nil }) // func(int) error
}

func composites() {
	probe(api{})                   // example.com/p.api
	probe(&api{})                  // *example.com/p.api
	probe(new(int))                // *int
	probe(new(h.Client))           // *net/http.Client
	probe(make(map[string]int))    // map[string]int
	probe(make(chan Event, 1))     // chan example.com/p.Event
	probe([]int{1})                // []int
	probe([...]string{"a"})        // [N]string
	probe(List[int]{})             // example.com/p.List[int]
	probe([]byte("x"))             // []uint8
	probe((*Base)(nil))            // *example.com/p.Base
	probe(append([]string{}, "a")) // []string
	probe(DefaultAPI)              // *example.com/p.api
	probe(counter)                 // int
	probe(label)                   // string
}

func calls(ctx context.Context) {
	probe(h.Get("u"))          // (*net/http.Response, error)
	probe(fetch("u"))          // (*net/http.Response, error)
	probe(newBuf())            // []uint8
	probe(os.Open("f"))        // (*os.File, error)
	probe(strings.NewReader("")) // *strings.Reader
	probe(bufio.NewScanner(nil)) // *bufio.Scanner
	probe(time.NewTicker(time.Second)) // *time.Ticker
	probe(time.After(time.Second))     // <-chan time.Time
	probe(context.WithCancel(ctx))     // (context.Context, context.CancelFunc)
	probe(errors.New("x"))             // error
	probe(h.DefaultClient)             // *net/http.Client
	probe(time.Second)                 // time.Duration
	probe(sql.ErrNoRows)               // error
}

func locals(a *api, s subscriptions, db *sql.DB, ctx context.Context) {
	resp, err := h.Get("u")
	probe(resp) // *net/http.Response
	probe(err)  // error
	probe(resp.Body) // io.ReadCloser
	probe(resp.StatusCode) // int
	probe(resp.Header.Get("x")) // string
	ip, ok := s.Get("ip").(string)
	probe(ip) // string
	probe(ok) // bool
	probe(s.Get("ip")) // interface{}
	r, err2 := a.c.Do(nil)
	probe(r)    // *net/http.Response
	probe(err2) // error
	probe(a.c)  // example.com/p.doer
	probe(a.client.Do) // func(*net/http.Request) (*net/http.Response, error)
	probe(a.Name)       // string
	probe(a.Describe()) // string
	probe(a.buf)        // *bytes.Buffer
	probe(*a.buf)       // bytes.Buffer
	probe(&a.pool)      // *sync.Pool
	probe(a.items["k"]) // []int
	v, present := a.items["k"]
	probe(v)       // []int
	probe(present) // bool
	probe(a.items["k"][0]) // int
	probe(a.items["k"][1:]) // []int
	rows, err3 := db.QueryContext(ctx, "q")
	probe(rows) // *database/sql.Rows
	probe(err3) // error
	ctx2, cancel := context.WithTimeout(ctx, time.Second)
	probe(ctx2)   // context.Context
	probe(cancel) // context.CancelFunc
	ch := make(chan int)
	got, open := <-ch
	probe(got)  // int
	probe(open) // bool
	probe(<-ch) // int
	var l List[string]
	probe(l.First()) // string
	var reader Reader
	probe(reader) // bytes.Reader
	probe(reader.Len()) // int
	probe(a.events) // chan<- example.com/p.Event
	var x interface{ Close() error }
	probe(x.Close()) // error
	t := time.NewTimer(time.Second)
	probe(t.C)    // <-chan time.Time
	probe(t.Stop) // func() bool
	f, _ := os.Open("f")
	probe(f.Close()) // error
	probe(bufio.NewReader(f)) // *bufio.Reader
	probe(unknownCall()) // unknown
}

func ranges(m map[string]*Event, xs []Event, s string, ch <-chan Kind) {
	for k, v := range m {
		probe(k) // string
		probe(v) // *example.com/p.Event
	}
	for i, e := range xs {
		probe(i) // int
		probe(e) // example.com/p.Event
	}
	for _, c := range s {
		probe(c) // int32
	}
	for k := range ch {
		probe(k) // example.com/p.Kind
	}
	for i := range 10 {
		probe(i) // int
	}
}

func switches(v any) {
	switch t := v.(type) {
	case *h.Request:
		probe(t) // *net/http.Request
	case int, string:
		probe(t) // interface{}
	case nil:
		probe(t) // interface{}
	}
}

func shadowing(client *h.Client) {
	probe(client) // *net/http.Client
	{
		client := "shadow"
		probe(client) // string
	}
	if client := 3; client > 0 {
		probe(client) // int
	}
	probe(client) // *net/http.Client
	h := 5
	probe(h) // int
	x := 1
	x, y := "redeclared?", 2.5
	probe(x) // int
	probe(y) // float64
	fn := func() *Base { return nil }
	probe(fn()) // *example.com/p.Base
	probe(fn().Name) // string
}

func closures() {
	data := []string{}
	go func() {
		probe(data) // []string
	}()
	defer func(n int) {
		probe(n) // int
	}(1)
}

func resolution(client *h.Client) {
	bind(client) // local
	bind(probe)  // package
	bind(strings) // imported strings
	bind(len)    // universe
	bind(nowhere) // unresolved
	var strings = 1
	bind(strings) // local
	{
		bind(client) // local
	}
}
