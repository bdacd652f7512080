// Package users imports only the module's store, never database/sql: the rows come through store's API.
package users

import (
	"context"
	"net/url"

	"example.com/sqlapi/store"
	"github.com/elsewhere/search/es"
)

type search interface {
	Query(q string) ([]string, error)
}

func names(ctx context.Context, rw *store.RW) ([]string, error) {
	rows, err := rw.Query(ctx, "select name from users", nil) // want "GL104@15: sql.Rows 'rows' from rw.Query is never closed"
	if err != nil {
		return nil, err
	}
	var out []string
	for i := 0; i < 10 && rows.Next(); i++ {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, nil
}

func closed(ctx context.Context, rw *store.RW) error {
	rows, err := rw.Query(ctx, "select 1", nil)
	if err != nil {
		return err
	}
	defer rows.Close()
	return rows.Err()
}

// Not database/sql: an interface of this package and a URL's query; the shapes alone would have matched.
func others(s search, u *url.URL, ctx context.Context, rw *store.RW) (int, error) {
	found, err := s.Query("x")
	if err != nil {
		return 0, err
	}
	_ = u.Query()
	n, err := rw.Count(ctx, "select count(*) from users")
	return n + len(found), err
}

// A receiver of a package that is not on the machine: its type is unknown, and without database/sql imported
// nothing says these are rows, however they are used.
func external(ctx context.Context, c *es.Client) (bool, error) {
	hits, err := c.Query(ctx, "name:x")
	if err != nil {
		return false, err
	}
	return hits.Next(), nil
}
