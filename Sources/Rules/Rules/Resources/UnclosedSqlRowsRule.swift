/// GL104: `*sql.Rows` from Query/QueryContext, or a `*sql.Stmt` from Prepare/PrepareContext, never closed.
public struct UnclosedSqlRowsRule: Rule {
    public static let doc = RuleDoc(
        code: "GL104",
        name: "unclosed-sql-rows",
        title: "sql.Rows or sql.Stmt is never closed",
        severity: .warning,
        whatItDoes: """
            In packages that import `database/sql` (or sqlx, or pgx, whose rows hold a connection the same way), finds rows from `Query` / `QueryContext` (sqlx \
            `Queryx` / `QueryxContext`) on a DB, Tx, Conn or Stmt, and statements from `Prepare` / \
            `PrepareContext` (`Preparex`, `PrepareNamed`) — also a driver's `Rows` / `Stmt`, and, in packages that \
            import only their own module's API (`rw.Query(…)`), those calls whose known signature returns one — \
            that the function neither closes (`rows.Close()`, plain, \
            deferred, in a closure or a same-package helper) nor hands off (returns, stores, passes on). Without \
            types, a `.Query(…)` counts only when its two results are assigned and the first is used like rows \
            or a statement (`Next`, `Scan`, `Err`, `Exec`, …). `QueryRow` needs no close and is never reported. \
            A `for rows.Next()` loop that runs to its end closes the rows (database/sql does, when Next returns \
            false): only the paths that leave it early, or never reach it, leak.
            """,
        whyIsThisBad: """
            Open rows hold their connection: until they are closed it does not go back to the pool. Every \
            leaked `*sql.Rows` takes one connection for good, and once `SetMaxOpenConns` is reached every query \
            blocks. Looping with `rows.Next()` to the end closes them, but an early return, a break or a Scan \
            error does not. An unclosed `*sql.Stmt` keeps a prepared statement on the server.
            """,
        example: """
            func firstIDs(ctx context.Context, db *sql.DB, limit int) (ids []int, err error) {
                rows, err := db.QueryContext(ctx, "SELECT id FROM users")
                if err != nil {
                    return nil, err
                }
                for rows.Next() {
                    var id int
                    if err := rows.Scan(&id); err != nil {
                        return nil, err
                    }
                    if ids = append(ids, id); len(ids) == limit {
                        return ids, nil
                    }
                }
                return ids, rows.Err()
            }
            """,
        useInstead: """
            func firstIDs(ctx context.Context, db *sql.DB, limit int) (ids []int, err error) {
                rows, err := db.QueryContext(ctx, "SELECT id FROM users")
                if err != nil {
                    return nil, err
                }
                defer rows.Close()
                for rows.Next() {
                    var id int
                    if err := rows.Scan(&id); err != nil {
                        return nil, err
                    }
                    if ids = append(ids, id); len(ids) == limit {
                        return ids, nil
                    }
                }
                return ids, rows.Err()
            }
            """,
        tags: ["resources", "database/sql", "connections"],
        equivalents: ["sqlclosecheck"],
        triggering: UnclosedSqlRowsExamples.triggering,
        nonTriggering: UnclosedSqlRowsExamples.nonTriggering)

    /// Receivers named like a database handle need no rows-like use to confirm the guess.
    static let confidentReceivers = ["db", "tx", "conn", "pool", "stmt"]

    static let kind = ResourceKind(
        noun: "sql.Rows", verb: "closed",
        nouns: ["Prepare": "sql.Stmt", "PrepareContext": "sql.Stmt", "Preparex": "sql.Stmt",
                "PreparexContext": "sql.Stmt", "PrepareNamed": "sql.Stmt", "PrepareNamedContext": "sql.Stmt"],
        imports: ["database/sql", "github.com/jmoiron/sqlx", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4",
                  "github.com/jackc/pgx/v5/pgxpool", "github.com/jackc/pgx/v4/pgxpool"],
        functions: [:],
        methods: [
            .init(names: ["Query", "QueryContext", "Queryx", "QueryxContext"], arguments: 1...64, receiverHints: [],
                  targets: 2, needsConfirmation: true, confidentReceivers: confidentReceivers),
            .init(names: ["Prepare", "PrepareContext", "Preparex", "PreparexContext", "PrepareNamed", "PrepareNamedContext"],
                  arguments: 1...2, receiverHints: [], targets: 2, needsConfirmation: true,
                  confidentReceivers: confidentReceivers),
        ],
        releaseMethods: ["Close"],
        confirmingMethods: ["Next", "Scan", "Err", "Columns", "ColumnTypes", "NextResultSet", "StructScan", "MapScan",
                            "SliceScan", "Exec", "ExecContext", "QueryRow", "QueryRowContext", "Query", "QueryContext",
                            "Get", "Select", "QueryRowx", "Queryx"],
        parameterTypes: ["sql.Rows", "sql.Stmt", "sqlx.Rows", "sqlx.Stmt", "sqlx.NamedStmt", "pgx.Rows", "io.Closer"],
        resultTypes: [TypeName(path: "database/sql", name: "Rows"), TypeName(path: "database/sql", name: "Stmt"),
                      TypeName(path: "github.com/jmoiron/sqlx", name: "Rows"), TypeName(path: "github.com/jmoiron/sqlx", name: "Stmt"),
                      TypeName(path: "github.com/jmoiron/sqlx", name: "NamedStmt"),
                      TypeName(path: "github.com/jackc/pgx/v5", name: "Rows"), TypeName(path: "github.com/jackc/pgx/v4", name: "Rows"),
                      // A driver's rows and statements hold the connection the same way.
                      TypeName(path: "database/sql/driver", name: "Rows"), TypeName(path: "database/sql/driver", name: "Stmt")],
        releasedWhenFalse: ["Next"],
        releaseStatement: { name, _ in "defer \(name).Close()" })

    public init(options: RuleOptions) {}

    /// Files importing the resource's packages declare the helpers it is handed to: read them first.
    public static var declarationTriggers: [String] { kind.imports.map { "\"\($0)\"" } }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard ResourceAnalysis.gate(Self.kind, package) else { return nil }
        return ResourceAnalysis(kind: Self.kind, package: package, diagnostics: diagnostics)
    }
}
