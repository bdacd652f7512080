// Package handlers is the demo's HTTP API.
package handlers

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"

	"example.com/demo/internal/httpclient"
)

type API struct {
	users *httpclient.Client
}

var (
	failuresMu sync.Mutex
	// failures keeps every upstream error for the debug page; nothing ever trims it.
	failures []string // leak: GL402
)

func noteFailure(err error) {
	failuresMu.Lock()
	defer failuresMu.Unlock()
	failures = append(failures, err.Error())
}

func New(users *httpclient.Client) *API { return &API{users: users} }

func (a *API) GetUser(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/users/")
	u, err := a.users.User(r.Context(), id)
	if err != nil {
		noteFailure(err)
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(u)
}

// Proxy copies an upstream document to the client. The response body is read but never closed.
func (a *API) Proxy(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := http.Get(target) // leak: GL101
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// Health asks the upstream and closes the body through a helper in another file.
func (a *API) Health(w http.ResponseWriter, r *http.Request) {
	resp, err := a.users.Raw(r.Context(), "/healthz")
	if err != nil {
		http.Error(w, "upstream down", http.StatusServiceUnavailable)
		return
	}
	defer discard(resp)
	w.WriteHeader(resp.StatusCode)
}
