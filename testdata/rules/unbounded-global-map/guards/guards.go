package guards

import "net/http"

const maxRecent = 512

var recent = map[string]bool{}

var bounded = map[string]bool{}

var unguarded = map[string]bool{} // want "GL401@5"

func note(k string) {
	if len(recent) < maxRecent {
		recent[k] = true
	}
}

func capFirst(k string) {
	if len(bounded) >= maxRecent {
		return
	}
	bounded[k] = true
}

func other(k string) {
	if len(recent) > 0 {
		unguarded[k] = true
	}
}

func handle(w http.ResponseWriter, r *http.Request) {
	note(r.URL.Path)
	capFirst(r.URL.Path)
	other(r.URL.Path)
}
