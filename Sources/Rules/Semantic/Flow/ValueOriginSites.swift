/// The calls and returns of a package's functions that `ValueOriginResolver` follows parameters and results
/// through. Tracing every argument of every call would cost a binder per function, so the walk keeps only
/// where each call of a package function and each return is (its file and byte range), and they are traced
/// when some origin asks about their function — in most packages, never. A file's tracer is the walk's own
/// while the package's trees are kept until its phase ends; a giant package's trees are released after each
/// walk, and then a file that is asked about is parsed again (`SiteFile`).
public final class ValueOriginSites {
    /// One walked file: its tracer, now or on the first question.
    public final class SiteFile {
        private var tracer: ValueOriginTracer?
        private let reopen: (() -> ValueOriginTracer?)?

        /// The walk's tracer, whose tree stays alive.
        public init(tracer: ValueOriginTracer) { self.tracer = tracer; reopen = nil }

        /// A file whose tree is released after its walk: `reopen` parses it again and makes a tracer.
        public init(reopen: @escaping () -> ValueOriginTracer?) { self.reopen = reopen }

        fileprivate var resolvedTracer: ValueOriginTracer? {
            if tracer == nil, let reopen { tracer = reopen() }
            return tracer
        }

        /// The node of `kind` at exactly `start..<end`.
        fileprivate func node(_ start: Int, _ end: Int, _ kind: KindID) -> (ValueOriginTracer, Node)? {
            guard let tracer = resolvedTracer else { return nil }
            var node = tracer.semantics.file.root.namedDescendant(from: start, to: end)
            while let current = node, !(current.is(kind) && current.startByte == start && current.endByte == end) {
                guard current.startByte >= start, current.endByte <= end else { return nil }
                node = current.parent
            }
            return node.map { (tracer, $0) }
        }
    }

    private struct Place {
        let file: SiteFile
        let start: Int
        let end: Int
    }

    private var calls: [FunctionRef: Set<[ValueOrigin]>] = [:]
    private var returns: [FunctionRef: Set<[ValueOrigin]>] = [:]
    /// Calls by the `ByteHash` of the called name; returns by function.
    private var pendingCalls: [UInt64: [Place]] = [:]
    private var pendingReturns: [FunctionRef: [Place]] = [:]
    private var traced: Set<FunctionRef> = []
    private var usedAsValues: Set<FunctionRef> = []

    public init() {}

    /// A call whose callee is named `nameHash` (a function or method name of this package).
    public func noteCall(_ call: Node, nameHash: UInt64, in file: SiteFile) {
        pendingCalls[nameHash, default: []].append(Place(file: file, start: call.startByte, end: call.endByte))
    }

    /// A `return` of `function` (a function or method declaration, not a func literal).
    public func noteReturn(_ statement: Node, of function: FunctionRef, in file: SiteFile) {
        pendingReturns[function, default: []].append(Place(file: file, start: statement.startByte, end: statement.endByte))
    }

    /// A function used as a value (`http.HandleFunc("/", serve)`): called from places no walk sees.
    public func noteUseAsValue(_ function: FunctionRef) { usedAsValues.insert(function) }

    func isUsedAsValue(_ function: FunctionRef) -> Bool { usedAsValues.contains(function) }

    /// The argument origins of every call of `function` in the package, in a fixed order (a recursive function's
    /// verdict may depend on the order its calls are followed in; a set's order changes between runs).
    func calls(of function: FunctionRef) -> [[ValueOrigin]] {
        trace(function)
        return Self.ordered(calls[function] ?? [])
    }

    /// The result origins of every return of `function`, in a fixed order.
    func returns(of function: FunctionRef) -> [[ValueOrigin]] {
        trace(function)
        return Self.ordered(returns[function] ?? [])
    }

    private func trace(_ function: FunctionRef) {
        guard traced.insert(function).inserted else { return }
        for place in pendingCalls[ByteHash.of(function.name)] ?? [] {
            guard let (tracer, call) = place.file.node(place.start, place.end, Kind.callExpression),
                  tracer.packageCallee(of: call) == function else { continue }
            calls[function, default: []].insert(ValueOriginTracer.arguments(of: call).map(tracer.origin(of:)))
        }
        for place in pendingReturns[function] ?? [] {
            guard let (tracer, statement) = place.file.node(place.start, place.end, Kind.returnStatement),
                  let values = statement.codeChildren.first else { continue }
            let results = values.is(Kind.expressionList) ? values.codeChildren : [values]
            returns[function, default: []].insert(results.map(tracer.origin(of:)))
        }
    }

    private static func ordered(_ set: Set<[ValueOrigin]>) -> [[ValueOrigin]] {
        set.map { ("\($0)", $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
