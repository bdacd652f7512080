package registry

func Open(id, user string) {
	mu.Lock()
	defer mu.Unlock()
	sessions[id] = &Session{User: user}
}

func Refresh(id string) {
	mu.Lock()
	defer mu.Unlock()
	if s, ok := sessions[id]; ok {
		sessions[id] = &Session{User: s.User}
	}
}

func Lookup(k string) int { return lookups[k] }
