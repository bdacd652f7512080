/// GL203: a goroutine whose endless loop has no way out, started where it may be started again and
/// again: each one lives until the process exits.
public struct GoroutineWithoutExitRule: Rule {
    public static let doc = RuleDoc(
        code: "GL203",
        name: "goroutine-without-exit",
        title: "Goroutine runs an endless loop with no way out",
        severity: .warning,
        whatItDoes: """
            Finds `go func(){ for { … } }()`, and `go f(…)` / `go s.run()` calling a function of the package whose \
            body has such a loop, when the endless loop (`for { … }` or `for range time.Tick(d)`, a statement of \
            the goroutine's own body) has no way out: no return, goto or break out of it, no panic, \
            `runtime.Goexit`, `os.Exit`, `log.Fatal…` or `t.Fatal…`, and no receive from `ctx.Done()` or a \
            channel named as a shutdown signal (done, quit, stop, close, shutdown, cancel…). `for v := range ch` \
            is not endless: it ends when the channel is closed.

            Goroutines started once per process are background services, not leaks, and are left alone: any go \
            statement in package main or other command code (a package under a `cmd/` directory of its module, a \
            `cmdRun`-style handler), in `init`, `main`, `TestMain`, a sub-command entry point (`serverMain`) or \
            a set-up function by name (`initScanner`, `setupTraps`, `Initialize`), or inside a `sync.Once`'s `Do`; \
            and any go statement whose function runs once per process by its callers across the module \
            (`ModuleCallers`, read from bytes): every call of it is in a package-level `var` initializer, in \
            once-per-process code as above, in a function that parses the command line (`flag.Parse()`), or in \
            a function that itself runs once (up to 6 levels up), and none is inside a loop. A function with no \
            call in the module, or used as a value (`NewFs: NewFs`), is not known to run once and stays \
            reported; a same-named method whose operand is visibly of another type (`r := newReporter(); \
            r.start()`) is not counted as a call. A call inside a func literal counts as one of the function \
            around it (cobra's `RunE`, a plugin's `InitFn`), so a callback that `main` registers to run per \
            event is taken for once: a known miss.

            **Off by default** (`--select GL203`): measured on the 31 repositories of the development set \
            (2026-11-30, non-test code): 2 findings, both goroutines started per object (a cache backend's \
            signal handler per remote, a cookie renewer per WebDAV remote): precision 1.00 on a small sample. \
            Before the callers were read: 9 findings, 3 true (0.33); the 7 left out are services their \
            program starts once (`NewDaemon` from dockerd's command, a log package's cleaner for a package \
            variable, a shim's set-up after `flag.Parse`, go-ethereum's engine-API heartbeat created from \
            `geth`'s command code). It stays opt-in until a larger corpus confirms it.
            """,
        whyIsThisBad: """
            A goroutine that can never return keeps its stack and everything it references alive for the life of \
            the process. Started from a constructor, a handler or a test, each call adds one more: a client \
            created per request, with its own forever-running refresher, is a leak that grows with traffic and \
            that no shutdown can clean up.
            """,
        example: """
            func NewCache() *Cache {
                c := &Cache{items: map[string]item{}}
                go func() {
                    for {
                        time.Sleep(time.Minute)
                        c.expire()
                    }
                }()
                return c
            }
            """,
        useInstead: """
            func NewCache(ctx context.Context) *Cache {
                c := &Cache{items: map[string]item{}}
                go func() {
                    ticker := time.NewTicker(time.Minute)
                    defer ticker.Stop()
                    for {
                        select {
                        case <-ctx.Done():
                            return
                        case <-ticker.C:
                            c.expire()
                        }
                    }
                }()
                return c
            }
            """,
        enabledByDefault: false,
        precision: "low",
        measured: "blind 3/3 (2026-12); development 2/2",
        tags: ["goroutines", "memory"],
        triggering: GoroutineWithoutExitExamples.triggering,
        nonTriggering: GoroutineWithoutExitExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.anySourceContains("go ") && (package.anySourceContains("for {") || package.anySourceContains("range time.Tick("))
        else { return nil }
        return GoroutineWithoutExitAnalysis(diagnostics: diagnostics, package: package)
    }
}
