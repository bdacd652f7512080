package helpers

import (
	"context"
	"database/sql"
)

func closedByHelper(ctx context.Context, db *sql.DB) (int, error) {
	rows, err := db.QueryContext(ctx, "SELECT 1")
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

func scannedByHelperOnly(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT name FROM t") // want "GL104@15: sql.Rows 'rows' from tx.QueryContext is never closed"
	if err != nil {
		return nil, err
	}
	return scanNames(rows)
}

func preparedNeverClosed(db *sql.DB) error {
	stmt, err := db.Prepare("DELETE FROM t WHERE id = ?") // want "GL104@15: sql.Stmt 'stmt'"
	if err != nil {
		return err
	}
	_, err = stmt.Exec(1)
	return err
}

func queryRowIsFine(db *sql.DB) (n int, err error) {
	err = db.QueryRow("SELECT count(*) FROM t").Scan(&n)
	return n, err
}

func urlQueryIsNotSQL(u interface{ Query() map[string][]string }) int {
	return len(u.Query())
}
