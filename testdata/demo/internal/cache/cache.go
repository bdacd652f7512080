// Package cache keeps per-user data between requests.
package cache

import (
	"container/list"
	"net/http"
	"sync"
	"time"
)

type Session struct {
	User    string
	Created time.Time
}

var (
	mu sync.Mutex
	// sessions is keyed by session id and filled on every login; nothing ever removes an entry.
	sessions = map[string]*Session{} // leak: GL401
)

// Remember stores a session for later requests.
func Remember(id, user string) {
	mu.Lock()
	defer mu.Unlock()
	sessions[id] = &Session{User: user, Created: time.Now()}
}

// Login answers the login form: every request brings a new session id.
func Login(w http.ResponseWriter, r *http.Request) {
	Remember(r.FormValue("session"), r.FormValue("user"))
	w.WriteHeader(http.StatusNoContent)
}

// Lookup returns a remembered session.
func Lookup(id string) (*Session, bool) {
	mu.Lock()
	defer mu.Unlock()
	s, ok := sessions[id]
	return s, ok
}

// LRU is the clean alternative: bounded, with eviction.
type LRU struct {
	mu    sync.Mutex
	max   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key   string
	value []byte
}

func NewLRU(max int) *LRU {
	return &LRU{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Put(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.max {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
}

var profiles = map[string][]byte{}

// SetProfile caches a profile; Invalidate removes it.
func SetProfile(user string, data []byte) { profiles[user] = data }

func Invalidate(user string) { delete(profiles, user) }

// Expiring drops entries older than its TTL. Every NewExpiring starts a janitor that nothing can stop:
// a cache made per request leaves one goroutine behind per request.
type Expiring struct {
	mu    sync.Mutex
	ttl   time.Duration
	items map[string]time.Time
}

func NewExpiring(ttl time.Duration) *Expiring {
	e := &Expiring{ttl: ttl, items: map[string]time.Time{}}
	go e.janitor() // leak: GL203
	return e
}

func (e *Expiring) janitor() {
	for {
		time.Sleep(e.ttl)
		e.mu.Lock()
		for k, at := range e.items {
			if time.Since(at) > e.ttl {
				delete(e.items, k)
			}
		}
		e.mu.Unlock()
	}
}
