package helpers

import "database/sql"

func closeRows(rows *sql.Rows) { _ = rows.Close() }

// scanNames reads every row but leaves closing to the caller.
func scanNames(rows *sql.Rows) ([]string, error) {
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}
