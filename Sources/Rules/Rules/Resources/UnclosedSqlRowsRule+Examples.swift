/// GL104's documented examples: the rule's first tests (see RuleExampleTests).
enum UnclosedSqlRowsExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"database/sql"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func names(db *sql.DB) ([]string, error) {
            \trows, err := ↓db.Query("SELECT name FROM users")
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tvar out []string
            \tfor rows.Next() {
            \t\tvar n string
            \t\tif err := rows.Scan(&n); err != nil {
            \t\t\treturn nil, err
            \t\t}
            \t\tout = append(out, n)
            \t}
            \treturn out, rows.Err()
            }
            """),
        Example(header + """
            func count(ctx context.Context, tx *sql.Tx) (int, error) {
            \trows, err := ↓tx.QueryContext(ctx, "SELECT 1")
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tn := 0
            \tfor rows.Next() {
            \t\tn++
            \t\tif n == 100 {
            \t\t\treturn n, nil
            \t\t}
            \t}
            \treturn n, nil
            }
            """),
        Example(header + """
            func exists(ctx context.Context, conn *sql.Conn, id int) (bool, error) {
            \trows, err := ↓conn.QueryContext(ctx, "SELECT 1 FROM t WHERE id = ?", id)
            \tif err != nil {
            \t\treturn false, err
            \t}
            \treturn rows.Next(), nil
            }
            """),
        Example(header + """
            func insert(db *sql.DB, names []string) error {
            \tstmt, err := ↓db.Prepare("INSERT INTO users(name) VALUES (?)")
            \tif err != nil {
            \t\treturn err
            \t}
            \tfor _, n := range names {
            \t\tif _, err := stmt.Exec(n); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            }
            """),
        Example(header + """
            func ping(ctx context.Context, db *sql.DB) error {
            \tstmt, err := ↓db.PrepareContext(ctx, "SELECT 1")
            \tif err != nil {
            \t\treturn err
            \t}
            \t_, err = stmt.ExecContext(ctx)
            \treturn err
            }
            """),
        Example(header + """
            func first(db *sql.DB) (string, error) {
            \trows, err := ↓db.Query("SELECT name FROM users")
            \tif err != nil {
            \t\treturn "", err
            \t}
            \tif !rows.Next() {
            \t\treturn "", sql.ErrNoRows
            \t}
            \tvar n string
            \terr = rows.Scan(&n)
            \trows.Close()
            \treturn n, err
            }
            """),
        Example(header + """
            func byStmt(stmt *sql.Stmt) (int, error) {
            \trows, err := ↓stmt.Query(1)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \treturn scanOne(rows)
            }

            func scanOne(rows *sql.Rows) (int, error) {
            \tvar n int
            \trows.Next()
            \treturn n, rows.Scan(&n)
            }
            """),
        Example(header + """
            func touch(db *sql.DB) error {
            \trows, err := ↓db.Query("SELECT touch()")
            \t_ = rows.Err()
            \treturn err
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example(header + """
            func names(db *sql.DB) ([]string, error) {
            \trows, err := db.Query("SELECT name FROM users")
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tdefer rows.Close()
            \tvar out []string
            \tfor rows.Next() {
            \t\tvar n string
            \t\tif err := rows.Scan(&n); err != nil {
            \t\t\treturn nil, err
            \t\t}
            \t\tout = append(out, n)
            \t}
            \treturn out, rows.Err()
            }
            """),
        Example(header + """
            func name(db *sql.DB, id int) (string, error) {
            \tvar n string
            \terr := db.QueryRow("SELECT name FROM users WHERE id = ?", id).Scan(&n)
            \treturn n, err
            }
            """),
        Example(header + """
            func query(ctx context.Context, db *sql.DB) (*sql.Rows, error) {
            \trows, err := db.QueryContext(ctx, "SELECT 1")
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn rows, nil
            }
            """),
        Example(header + """
            type repo struct{ insert *sql.Stmt }

            func newRepo(db *sql.DB) (*repo, error) {
            \tstmt, err := db.Prepare("INSERT INTO t VALUES (?)")
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn &repo{insert: stmt}, nil
            }
            """),
        Example(header + """
            func insert(db *sql.DB, names []string) error {
            \tstmt, err := db.Prepare("INSERT INTO users(name) VALUES (?)")
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer stmt.Close()
            \tfor _, n := range names {
            \t\tif _, err := stmt.Exec(n); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            }
            """),
        Example(header + """
            func count(db *sql.DB) (int, error) {
            \trows, err := db.Query("SELECT 1")
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tdefer closeRows(rows)
            \tn := 0
            \tfor rows.Next() {
            \t\tn++
            \t\tif n == 100 {
            \t\t\treturn n, nil
            \t\t}
            \t}
            \treturn n, nil
            }

            func closeRows(rows *sql.Rows) { _ = rows.Close() }
            """),
        Example(header + """
            func params(u interface{ Query() map[string][]string }) int {
            \tq := u.Query()
            \treturn len(q)
            }
            """),
        Example(header + """
            type searcher interface{ Query(q string) ([]string, error) }

            func search(s searcher) (int, error) {
            \thits, err := s.Query("leak")
            \treturn len(hits), err
            }
            """),
        Example(header + """
            func each(db *sql.DB, f func(*sql.Rows) error) error {
            \trows, err := db.Query("SELECT 1")
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer func() { _ = rows.Close() }()
            \tfor rows.Next() {
            \t\tif err := f(rows); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn rows.Err()
            }
            """),
        Example(header + """
            func exec(db *sql.DB) error {
            \t_, err := db.Exec("DELETE FROM t")
            \treturn err
            }
            """),
        Example(header + """
            func exists(ctx context.Context, db *sql.DB) (bool, error) {
            \trows, err := db.QueryContext(ctx, "SELECT 1")
            \tif err != nil {
            \t\treturn false, err
            \t}
            \tfound := rows.Next()
            \treturn found, rows.Close()
            }
            """),
        Example(header + """
            func stream(db *sql.DB, out chan<- *sql.Rows) error {
            \trows, err := db.Query("SELECT 1")
            \tif err != nil {
            \t\treturn err
            \t}
            \tout <- rows
            \treturn nil
            }
            """),
    ]
}
