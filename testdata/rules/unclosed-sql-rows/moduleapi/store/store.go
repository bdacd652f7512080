// Package store is the module's database API: its Query hands back *sql.Rows.
package store

import (
	"context"
	"database/sql"
)

type RW struct{ db *sql.DB }

func New(db *sql.DB) *RW { return &RW{db: db} }

func (rw *RW) Query(ctx context.Context, q string, args []any) (*sql.Rows, error) {
	return rw.db.QueryContext(ctx, q, args...)
}

// Count reads, it returns no rows.
func (rw *RW) Count(ctx context.Context, q string) (int, error) {
	var n int
	err := rw.db.QueryRowContext(ctx, q).Scan(&n)
	return n, err
}
