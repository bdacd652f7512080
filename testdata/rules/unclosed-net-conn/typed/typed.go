// Acquisitions decided by the callee's result type (issue 23), not by the receiver's name.
package typed

import (
	"database/sql"
	"net"
)

type server struct{ socket net.Listener }

// The listener's name is no hint; its type is.
func (s *server) once() (string, error) {
	c, err := s.socket.Accept() // want "GL106@12: 'c'"
	if err != nil {
		return "", err
	}
	return c.RemoteAddr().String(), nil
}

// A queue whose Accept returns a job, not a connection.
type job struct{ id int }
type queue struct{}

func (queue) Accept() (*job, error) { return &job{}, nil }

func next(ln queue) int {
	j, err := ln.Accept()
	if err != nil {
		return 0
	}
	return j.id
}

type store struct{ handle *sql.DB }

// A *sql.DB behind an unhinted name.
func (s *store) names() ([]string, error) {
	r, err := s.handle.Query("select name from t") // want "GL104@12: 'r'"
	if err != nil {
		return nil, err
	}
	var names []string
	for r.Next() {
		var n string
		if err := r.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, nil
}

// A cache whose Query returns a slice: not rows.
type cache struct{}

func (cache) Query(q string) ([]string, error) { return nil, nil }

func lookups(db cache) int {
	rows, err := db.Query("q")
	if err != nil {
		return 0
	}
	return len(rows)
}
