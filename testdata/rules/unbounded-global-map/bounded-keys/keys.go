// Maps whose keys come from a bounded set are not unbounded growth (../shared/realworld R-401a–d).
package keys

import (
	"net/http"
	"reflect"
)

type Kind int

const (
	KindA Kind = iota
	KindB
)

var allKinds = []Kind{KindA, KindB}

var (
	byType    = map[reflect.Type]int{}
	byKind    = map[Kind]bool{}
	supported = map[Kind]bool{}
	constants = map[string]int{}
	methods   = map[string]bool{}
	params    = map[string]int{}
	startup   = map[string]string{}
	requests  = map[string]int{} // want "GL401@2"
)

func FieldCount(v any) int {
	t := reflect.TypeOf(v)
	byType[t] = t.NumField()
	return byType[t]
}

func Mark(k Kind) { byKind[k] = true }

func Discover(probe func(Kind) bool) {
	for _, k := range allKinds {
		supported[k] = probe(k)
	}
}

func Count() {
	constants["total"]++
	methods[http.MethodGet] = true
}

// AddParams is a registration API: the program's code decides the keys.
func AddParams(curve string, p int) { params[curve] = p }

func loadDefaults() { startup["mode"] = "fast"; startup[modeFromEnv()] = "env" }

func modeFromEnv() string { return "x" }

func main() { loadDefaults() }

// Keys from requests a server receives: unbounded.
func Track(w http.ResponseWriter, r *http.Request) { requests[r.URL.Path]++ }

var outgoing = map[string]int{}

// A request the program builds: its host is one it chose (a client's RoundTripper).
func (t tripper) RoundTrip(r *http.Request) (*http.Response, error) {
	outgoing[r.Host]++
	return http.DefaultTransport.RoundTrip(r)
}

type tripper struct{}
