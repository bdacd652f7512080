// An external test package shares its directory with store but is another package: store's methods are not
// its own wrappers, and `store.New` is read from store.
package store_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"example.com/sqlapi/store"
)

func TestQuery(t *testing.T) {
	var db *sql.DB
	rw := store.New(db)
	rows, err := rw.Query(context.Background(), "select 1", nil) // want "GL104@15: sql.Rows 'rows' from rw.Query is never closed"
	if err != nil {
		t.Fatal(err)
	}
	if rows == nil {
		t.Fatal(errors.New("no rows"))
	}
}
