/// GL304: the cancel function of a derived context is discarded, or not called on every path.
public struct LostCancelRule: Rule {
    public static let doc = RuleDoc(
        code: "GL304",
        name: "lost-cancel",
        title: "Cancel function of context.WithCancel/WithTimeout/WithDeadline is lost",
        severity: .warning,
        whatItDoes: """
            Finds the cancel function of `context.WithCancel`, `WithTimeout`, `WithDeadline` and their `…Cause` \
            forms that is assigned to `_` (or dropped with the call), never called, or not called on every path \
            out of the function: some `return` (or the end of the function) is reachable from the call without \
            passing a call, `defer`, return, store or hand-off of it. The return that loses it is a related \
            location. As go vet's lostcancel, without types: `main.main` is exempt (the process exits).
            """,
        whyIsThisBad: """
            A derived context and its timer stay registered with the parent until cancel is called or the \
            parent is cancelled. Under a long-lived parent (a server's base context) every lost cancel is \
            memory, a timer and often a goroutine held until the deadline — or forever for `WithCancel`.
            """,
        example: """
            ctx, cancel := context.WithTimeout(ctx, time.Second)
            if cached, ok := cache[key]; ok {
                return cached, nil
            }
            defer cancel()
            """,
        useInstead: """
            ctx, cancel := context.WithTimeout(ctx, time.Second)
            defer cancel()
            if cached, ok := cache[key]; ok {
                return cached, nil
            }
            """,
        tags: ["contexts", "context", "memory"],
        equivalents: ["govet", "lostcancel"],
        triggering: LostCancelExamples.triggering,
        nonTriggering: LostCancelExamples.nonTriggering)

    static let kind = ResourceKind(
        noun: "cancel function", verb: "called",
        imports: ["context"],
        functions: ["context": ["WithCancel": 1, "WithTimeout": 1, "WithDeadline": 1, "WithCancelCause": 1,
                                "WithTimeoutCause": 1, "WithDeadlineCause": 1]],
        methods: [],
        releaseMethods: [],
        confirmingMethods: [],
        parameterTypes: ["CancelFunc", "CancelCauseFunc", "func()", "func(error)", "func(cause error)"],
        errorChecked: false,
        callingReleases: true,
        everyPath: true,
        releaseStatement: { name, acquiredBy in acquiredBy == "WithCancelCause" ? "defer \(name)(nil)" : "defer \(name)()" })

    public init(options: RuleOptions) {}

    /// Files importing the resource's packages declare the helpers it is handed to: read them first.
    public static var declarationTriggers: [String] { kind.imports.map { "\"\($0)\"" } }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard ResourceAnalysis.gate(Self.kind, package) else { return nil }
        return ResourceAnalysis(kind: Self.kind, package: package, diagnostics: diagnostics)
    }
}
