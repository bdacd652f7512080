// Package store keeps the demo's users in SQL and exports them to files.
package store

import (
	"context"
	"database/sql"
	"encoding/csv"
	"os"
	"time"
)

type Store struct {
	db *sql.DB
}

func New(db *sql.DB) *Store { return &Store{db: db} }

// ActiveNames returns the names of active users; an early return on a bad row keeps the rows open.
func (s *Store) ActiveNames(ctx context.Context) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, "SELECT name FROM users WHERE active") // leak: GL104
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, rows.Err()
}

// Export writes every active user to a CSV file; the file is flushed but never closed.
func (s *Store) Export(ctx context.Context, path string) error {
	names, err := s.ActiveNames(ctx)
	if err != nil {
		return err
	}
	f, err := os.Create(path) // leak: GL103
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	for _, name := range names {
		if err := w.Write([]string{name}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

// Count is fine: the rows are closed by a deferred helper in another file of the package.
func (s *Store) Count(ctx context.Context) (int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT 1 FROM users")
	if err != nil {
		return 0, err
	}
	defer closeRows(rows)
	n := 0
	for rows.Next() {
		n++
	}
	return n, rows.Err()
}

// Slow returns a context for a slow query; the cancel function is dropped.
func Slow(parent context.Context) context.Context {
	ctx, _ := context.WithTimeout(parent, time.Minute) // leak: GL304
	return ctx
}

// Backup copies every table file; each file stays open until the whole backup returns.
func Backup(dir string, tables []string, copyTo func(*os.File) error) error {
	for _, table := range tables {
		f, err := os.Open(dir + "/" + table)
		if err != nil {
			return err
		}
		defer f.Close() // leak: GL105
		if err := copyTo(f); err != nil {
			return err
		}
	}
	return nil
}
