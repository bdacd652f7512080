package syncmap

import "sync"

var (
	conns   sync.Map  // want "GL401: 'conns'"
	pending = &sync.Map{}
	users   sync.Map
)

func track(id string, c any) { conns.Store(id, c) }

func enqueue(id string) { pending.LoadOrStore(id, true) }

func done(id string) { pending.Delete(id) }

func initUsers() {}

func init() { users.Store("root", 0) }
