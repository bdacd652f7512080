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

            Tickers and timers differ. A ticker fires until it is stopped; a timer fires once, and the runtime \
            releases it then. So a timer is reported only when it can stay pending long after its function is \
            done: as a warning when its duration is a constant of at least a minute (`10 * time.Minute`, a \
            constant of the function or the package), with that duration in the message; as a note when the \
            duration is read at run time (a parameter, a field, configuration); not at all when it is a constant \
            under a minute, or when a loop that does not create it re-arms it with `Reset` (one timer for the \
            loop, however many rounds).
            """,
        whyIsThisBad: """
            Before Go 1.23 the runtime holds every active ticker until it is stopped: an unstopped ticker keeps \
            firing, and keeps its channel and everything it references, for the life of the process — one per \
            call of the function. An unstopped timer stays until it fires: per call, a timer of an hour holds an \
            hour's worth of calls' timers and whatever they reference. A stopped ticker also stops the work \
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
        acquisitionPolicy: { call, walk in timerPolicy(call, walk) },
        releaseStatement: { name, _ in "defer \(name).Stop()" })

    /// Tickers fire until stopped; a timer fires once and is released then. So a timer is worth a finding only
    /// when it can stay pending long after its function is done: not when its duration is a constant under a
    /// minute, and not when one loop re-arms it with `Reset` (one timer for the loop, not one per round). A
    /// constant duration of a minute or more is a warning; a duration read at run time a note.
    static func timerPolicy(_ call: Node, _ walk: WalkContext) -> AcquisitionPolicy {
        guard walk.calleeParts(of: call).field?.textEquals("NewTimer") == true else { return .report(because: nil) }
        if let variable = assignedVariable(of: call), reArmedInLoop(variable, notAround: call, walk) { return .skip }
        guard let duration = call.child(Field.arguments)?.codeChildren.first else { return .report(because: nil) }
        let nanoseconds = TimerDuration.nanoseconds(of: duration.text) { name in
            constantText(name, at: duration, walk)
        }
        guard let nanoseconds else {
            return .note(because: "a timer is released when it fires, and how long this one stays pending (\(duration.text)) "
                         + "is not known here")
        }
        if nanoseconds < TimerDuration.small { return .skip }
        return .report(because: "until it fires it stays pending for \(TimerDuration.describe(nanoseconds)) after the function is done")
    }

    /// `t := time.NewTimer(d)`, `var t = …`, `t = …`: the variable's identifier.
    private static func assignedVariable(of call: Node) -> Node? {
        guard let list = call.parent, list.is(Kind.expressionList), let statement = list.parent,
              list.codeChildren.count == 1 else { return nil }
        let left = statement.is(Kind.varSpec) ? statement.child(Field.name) : statement.child(Field.left)?.codeChildren.first
        return left.flatMap { $0.is(Kind.identifier) ? $0 : nil }
    }

    /// Whether a loop that does not contain the creating call re-arms the timer (`t.Reset(d)`).
    private static func reArmedInLoop(_ variable: Node, notAround call: Node, _ walk: WalkContext) -> Bool {
        guard let symbol = walk.semantics.symbol(variable),
              let binder = walk.semantics.binder(containing: variable) else { return false }
        for use in binder.uses(of: symbol) {
            guard let selector = use.parent, selector.is(Kind.selectorExpression),
                  selector.child(Field.field)?.textEquals("Reset") == true,
                  selector.parent?.is(Kind.callExpression) == true else { continue }
            var node = selector.parent
            while let current = node, current != symbol.function {
                if current.is(Kind.forStatement), !(current.startByte <= call.startByte && call.endByte <= current.endByte) {
                    return true
                }
                node = current.parent
            }
        }
        return false
    }

    /// The value text of a constant visible at `node`: the function's own, else the package's.
    private static func constantText(_ name: String, at node: Node, _ walk: WalkContext) -> String? {
        guard !name.contains(".") else { return nil }
        let binder = walk.semantics.binder(containing: node)
        if let symbol = binder?.symbols.first(where: { $0.name == name && $0.role == .constant }) {
            return symbol.valueNode?.text
        }
        if binder?.symbols.contains(where: { $0.name == name }) == true { return nil }
        return walk.package.declarations.constants[name]
    }

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
