package helpers

import (
	"io"
	"net/http"
)

// closeResponse closes what it is given: callers' responses count as closed.
func closeResponse(r *http.Response) {
	if r != nil {
		_ = r.Body.Close()
	}
}

// drainAndClose closes a body passed on its own.
func drainAndClose(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, body)
	_ = body.Close()
}

// logStatus only reads: a response passed here stays open.
func logStatus(r *http.Response) int { return r.StatusCode }

// forward passes the response on to another helper that closes it.
func forward(r *http.Response) { closeResponse(r) }

type sink struct{ kept []*http.Response }

// keep stores what it gets: ownership leaves.
func (s *sink) keep(r *http.Response) { s.kept = append(s.kept, r) }
