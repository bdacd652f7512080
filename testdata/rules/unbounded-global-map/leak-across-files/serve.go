package registry

import "net/http"

// Every request names its session: Open adds a key per new id, and nothing removes one.
func serve(w http.ResponseWriter, r *http.Request) {
	Open(r.Header.Get("X-Session"), r.FormValue("user"))
	Refresh(r.Header.Get("X-Session"))
}
