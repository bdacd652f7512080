package store

import "database/sql"

func closeRows(rows *sql.Rows) { _ = rows.Close() }
