package syncmap

import (
	"net"
	"net/http"
	"sync"
)

var (
	conns   sync.Map  // want "GL401@2: 'conns'"
	pending = &sync.Map{}
	users   sync.Map
)

func track(id string, c any) { conns.Store(id, c) }

func enqueue(id string) { pending.LoadOrStore(id, true) }

func done(id string) { pending.Delete(id) }

func initUsers() {}

func init() { users.Store("root", 0) }

var drivers = map[string]any{}

func Register(name string, d any) { drivers[name] = d }

var plugins = map[string]any{} // want "GL401@5"

func RegisterPlugin(name string, p any) { plugins[name] = p }

func load(name string, p any) { plugins[name] = p }

func serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		track(c.RemoteAddr().String(), c)
	}
}

func install(w http.ResponseWriter, r *http.Request) { load(r.FormValue("plugin"), nil) }

func queue(w http.ResponseWriter, r *http.Request) { enqueue(r.FormValue("id")) }
