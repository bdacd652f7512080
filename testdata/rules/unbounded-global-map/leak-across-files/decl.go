package registry

import "sync"

type Session struct{ User string }

var (
	mu       sync.Mutex
	sessions = map[string]*Session{} // want "GL401@2: package-level map 'sessions' only grows: its keys come from r.Header.Get.*X-Session.* .request data. in serve .through Open."
	lookups  = map[string]int{"a": 1}
)
