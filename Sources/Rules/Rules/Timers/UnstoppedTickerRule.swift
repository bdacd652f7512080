/// GL302: a `time.Ticker` or `time.Timer` created in a function is never stopped there nor handed off.
public struct UnstoppedTickerRule: Rule {
    public static let doc = RuleDoc(
        code: "GL302",
        name: "unstopped-ticker",
        title: "time.NewTicker / time.NewTimer is never stopped",
        severity: .warning,
        whatItDoes: """
            Finds tickers and timers from `time.NewTicker` and `time.NewTimer` that the creating function neither \
            stops (`t.Stop()` plain, deferred, in a closure or a same-package helper) nor hands off (returns, \
            stores, sends, passes to another package, uses in a goroutine it starts). A return inside `case <-t.C:` \
            comes after the timer fired, and a loop that re-creates a ticker into an outer variable it stops by \
            name stops each one. A ticker or timer created and dropped is reported. \
            (A goroutine that ranges over a ticker forever is GL203's business.)
            """,
        whyIsThisBad: """
            Before Go 1.23 the runtime holds every active ticker until it is stopped: an unstopped ticker keeps \
            firing, and keeps its channel and everything it references, for the life of the process — one per \
            call of the function. An unstopped timer stays until it fires. A stopped ticker also stops the work \
            of whoever still reads its channel.
            """,
        example: """
            t := time.NewTicker(time.Second)
            for range t.C {
                if poll() {
                    return nil
                }
            }
            """,
        useInstead: """
            t := time.NewTicker(time.Second)
            defer t.Stop()
            for range t.C {
                if poll() {
                    return nil
                }
            }
            """,
        goVersionNotes: """
            With go ≥ 1.23 in the nearest go.mod (or --go-version) unreferenced tickers and timers are collected \
            even when not stopped, so nothing is reported by default; `note-since-go-1-23: true` keeps a note \
            (stopping still ends the work at once). Below 1.23 or with no go.mod: warning.
            """,
        options: ["note-since-go-1-23: true keeps a note when go ≥ 1.23"],
        tags: ["timers", "time", "memory"],
        triggering: UnstoppedTickerExamples.triggering,
        nonTriggering: UnstoppedTickerExamples.nonTriggering)

    static let kind = ResourceKind(
        noun: "ticker", verb: "stopped",
        nouns: ["NewTimer": "timer"],
        imports: ["time"],
        functions: ["time": ["NewTicker": 0, "NewTimer": 0]],
        methods: [],
        releaseMethods: ["Stop"],
        confirmingMethods: [],
        parameterTypes: ["time.Ticker", "time.Timer"],
        errorChecked: false,
        releasedByReceivingFrom: ("C", TypeName(path: "time", name: "Timer")),
        releaseStatement: { name, _ in "defer \(name).Stop()" })

    let notesSinceCollectedTimers: Bool

    public init(options: RuleOptions) { notesSinceCollectedTimers = options.flag("note-since-go-1-23") }

    /// Files importing the resource's packages declare the helpers it is handed to: read them first.
    public static var declarationTriggers: [String] { kind.imports.map { "\"\($0)\"" } }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard ResourceAnalysis.gate(Self.kind, package) else { return nil }
        var severity: Severity?
        if let version = package.goVersion, version >= TimeAfterInLoopRule.collectedTimers {
            guard notesSinceCollectedTimers else { return nil }
            severity = .note
        }
        return ResourceAnalysis(kind: Self.kind, package: package, diagnostics: diagnostics, severity: severity)
    }
}
