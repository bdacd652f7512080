/// GL401: a package-level map (or sync.Map) that ordinary functions add keys to and nothing in the
/// package ever shrinks.
public struct UnboundedGlobalMapRule: Rule {
    public static let doc = RuleDoc(
        code: "GL401",
        name: "unbounded-global-map",
        title: "Package-level map only grows",
        severity: .warning,
        whatItDoes: """
            Finds package-level maps and `sync.Map`s that get new keys from input (`m[k] = v`, `m[k] += v`, \
            `m[k]++`, `Store`, `LoadOrStore`, `Swap`) while no file of the package ever shrinks them: no `delete`, \
            `clear`, reassignment, `Delete`/`LoadAndDelete`/`CompareAndDelete`/`Clear`, no `len(m)` guard around \
            the writes, and the map is never handed to another function (which might evict).

            The rule traces each key back to where it comes from, on resolved names and types, and reports only \
            keys that come from **input**: data of a request a server received (the `*http.Request` beside a \
            handler's `http.ResponseWriter`: `r.URL.Path`, `r.FormValue("id")`, a decoded body; the request of a \
            gRPC server's method, whose type embeds the generated `Unimplemented…Server`; a Connect request), a connection or its peer address (`net.Conn`, `net.Addr`, a TLS handshake), a message \
            of a broker (NATS, Kafka, AMQP, Pub/Sub), a stream read (`bufio.Scanner.Text`, `io.ReadAll`), the clock, \
            a random value, a generated ID (`uuid.New`) or a counter (`atomic.AddInt64`). It follows locals through \
            every assignment, range variables, formatting (`fmt.Sprintf`, `strings`, `strconv`), struct keys, and \
            the package's own functions: a parameter is input when some caller in the package passes input, a \
            result when some return gives it input (`m[connKey(c)]`). The message names the source: "its keys \
            come from r.URL.Path (request data) in (*Server).ServeHTTP".

            Keys from a bounded set are never reported: constants and literals, values of types with few values \
            (bool, an enum, `reflect.Type`, functions), package-level state (configuration, fixed lists) and range \
            variables over it, and `x % n`. Nor are keys of **unknown** origin (a parameter of an exported \
            function that no code of the package calls, a value from another package's API): with \
            `unknown-keys: true` they are reported too. Maps written only at start-up are left alone (`init`, \
            `main`, `TestMain` and functions only they call, functions that run once per process across the \
            module, a function handed to a package-level `sync.Once`'s `Do`, a function stored in a package-level \
            variable that only such code calls), as are registries \
            (`Register…`, `Add…`, `Must…`, `On…`). A func literal that is returned or handed on (a handler) runs \
            later, not when the function that makes it runs.

            **Off by default** (`--select GL401`, or `select: [GL401]` in `.goleaklint.yml`) until its precision \
            on code nobody on the team read is measured (issue 26). Before key provenance it measured 0.27 on 29 \
            public repositories (8 of 30 findings real). With it, on the development set (29 repositories and \
            Go's std, non-test code) it reports 3 findings, 2 real (`bench/realworld/gl401-dev-2026-12-07.jsonl`): \
            the false one is a demo key-value server whose map is its store.
            """,
        whyIsThisBad: """
            A global map keyed by request data (session ids, user ids, URLs) grows for the life of the process. \
            It never shows up as a leak in a test, only as a slow climb of heap in production until the process \
            is OOM-killed. Go maps also never shrink their bucket arrays, so even a later cleanup keeps the peak.
            """,
        example: """
            var sessions = map[string]*Session{}

            func login(w http.ResponseWriter, r *http.Request) {
                mu.Lock()
                defer mu.Unlock()
                sessions[r.FormValue("session")] = &Session{User: r.FormValue("user")}
            }
            """,
        useInstead: """
            var sessions = map[string]*Session{}

            func login(w http.ResponseWriter, r *http.Request) {
                mu.Lock()
                defer mu.Unlock()
                sessions[r.FormValue("session")] = &Session{User: r.FormValue("user")}
            }

            func logout(w http.ResponseWriter, r *http.Request) {
                mu.Lock()
                defer mu.Unlock()
                delete(sessions, r.FormValue("session"))
            }
            """,
        options: ["unknown-keys: also report keys whose origin is unknown, not only input (true/false)"],
        enabledByDefault: false,
        precision: "low",
        measured: "blind 0/34 and 2/13 before key provenance (2026-11); development 2/3 with it (2026-12-07); blind with it not yet measured",
        tags: ["memory", "growth"],
        triggering: UnboundedGlobalMapExamples.triggering,
        nonTriggering: UnboundedGlobalMapExamples.nonTriggering)

    /// `unknown-keys: true`: also report maps whose keys' origin is unknown (the rule's behaviour before key
    /// provenance: noisier, and it finds caches filled through another package's calls).
    let reportsUnknownKeys: Bool

    public init(options: RuleOptions) { reportsUnknownKeys = options.flag("unknown-keys") }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only packages where some package-level map (or sync.Map) is indexed or stored to can trigger.
        let names = package.packageVarNames(mentioning: ["map[", "sync.Map"])
        let written = names.filter { package.indexedOrStoredNames.contains(ByteHash.of($0)) }
        guard !written.isEmpty else { return nil }
        return GlobalGrowthAnalysis(.map, candidates: written, package: package, diagnostics: diagnostics,
                                    reportsUnknownKeys: reportsUnknownKeys)
    }
}
