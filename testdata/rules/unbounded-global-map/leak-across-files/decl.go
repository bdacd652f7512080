package registry

import "sync"

type Session struct{ User string }

var (
	mu       sync.Mutex
	sessions = map[string]*Session{} // want "GL401@2: package-level map 'sessions' only grows: it gets new keys in Open, Refresh but"
	lookups  = map[string]int{"a": 1}
)
