// A parameter typed as an interface without Close only reads what it gets (issue 23).
package typed

import "database/sql"

type scanner interface{ Scan(...any) error }

type plugin struct{ x int }

func (p *plugin) accRow(row scanner) error { return row.Scan(&p.x) }

func (p *plugin) gather(db *sql.DB, q string) error {
	rows, err := db.Query(q) // want "GL104@15: 'rows'"
	if err != nil {
		return err
	}
	for rows.Next() {
		if err := p.accRow(rows); err != nil {
			return err
		}
	}
	return nil
}

// A parameter whose interface can close is a hand-off.
type closer interface{ Close() error }

func closeAll(c closer) { _ = c.Close() }

func drained(db *sql.DB) error {
	rows, err := db.Query("q")
	if err != nil {
		return err
	}
	closeAll(rows)
	return nil
}

// database/sql closes the rows when Next returns false: a loop that runs out leaves nothing open…
func count(db *sql.DB) (int, error) {
	rows, err := db.Query("select count(*) from t")
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		n++
	}
	return n, rows.Err()
}

// …but leaving the loop early does.
func first(db *sql.DB, limit int) (int, error) {
	rows, err := db.Query("select id from t") // want "GL104@15: never closed"
	if err != nil {
		return 0, err
	}
	seen := 0
	for rows.Next() {
		seen++
		if seen > limit {
			return seen, nil
		}
	}
	return seen, rows.Err()
}
