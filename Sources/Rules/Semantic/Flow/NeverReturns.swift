/// Calls after which control never comes back (SEMANTICS.md layer 4): `panic`, process exits
/// (`os.Exit`, `log.Fatal*`, `log.Panic*` and a `*log.Logger`'s), `runtime.Goexit`, a test's `Fatal*`,
/// `FailNow` and `Skip*` on a `*testing.T/B/F` or `testing.TB` (known by type), and functions of the same
/// file whose every path ends in one of these (read from their own graphs).
extension FileSemantics {
    public func neverReturns(_ call: Node) -> Bool {
        guard let function = call.child(Field.function).map(unparenthesized) else { return false }
        if function.is(Kind.identifier) {
            // Only `panic` and this file's own functions can stop here: other names need no binder.
            guard function.textEquals("panic") || topLevelFunctionNames.contains(function.textHash) else { return false }
            switch resolve(function) {
            case .universe: return function.textEquals("panic")
            case .package(let name): return packageFunctionNeverReturns(name, call)
            default: return false
            }
        }
        guard function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
              let field = function.child(Field.field) else { return false }
        // Most calls are of other names: no type is read for them.
        guard Self.stoppingNames.contains(where: { field.textEquals($0) }) else { return false }
        let name = field.text
        if operand.is(Kind.identifier), case .imported(let path) = resolve(operand) {
            switch path {
            case "os": return name == "Exit"
            case "log": return Self.logExits.contains(name)
            case "runtime": return name == "Goexit"
            default: return false
            }
        }
        let receiver = type(of: operand)
        if receiver.isNamed("log", "Logger") { return Self.logExits.contains(name) }
        if Self.testStops.contains(name), receiver.isNamed("testing", "T") || receiver.isNamed("testing", "B")
            || receiver.isNamed("testing", "F") || receiver.isNamed("testing", "TB") {
            return true
        }
        return false
    }

    static let logExits: Set<String> = ["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"]
    static let stoppingNames: [String] = ["Exit", "Goexit", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln",
                                          "FailNow", "Skip", "Skipf", "SkipNow"]
    static let testStops: Set<String> = ["Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"]

    /// A function of this package declared in this file whose graph never reaches its exit.
    private func packageFunctionNeverReturns(_ name: String, _ call: Node) -> Bool {
        if let known = noReturnFunctions[name] { return known }
        noReturnFunctions[name] = false  // recursion: assume it returns
        var result = false
        if let declaration = topLevelFunction(named: name) {
            let graph = controlFlow(of: declaration)
            result = !graph.reachable(from: graph.entry.index).contains(graph.exit)
        }
        noReturnFunctions[name] = result
        return result
    }

    /// A channel the standard library never closes: `time.Tick(d)`, and a ticker's or timer's `C`.
    public func isNeverClosed(_ expression: Node) -> Bool {
        let node = unparenthesized(expression)
        if node.is(Kind.callExpression), let function = node.child(Field.function), function.is(Kind.selectorExpression),
           function.child(Field.field)?.textEquals("Tick") == true, let operand = function.child(Field.operand),
           operand.is(Kind.identifier), case .imported(path: "time") = resolve(operand) {
            return true
        }
        if node.is(Kind.selectorExpression), node.child(Field.field)?.textEquals("C") == true, let operand = node.child(Field.operand) {
            let owner = type(of: operand)
            return owner.isNamed("time", "Ticker") || owner.isNamed("time", "Timer")
        }
        return false
    }

    /// The control-flow graph of a function declaration, method or func literal of this file (memoised).
    public func controlFlow(of function: Node) -> ControlFlowGraph {
        if let known = graphs[function.startByte] { return known }
        let graph = ControlFlowGraph.build(function, neverReturns: { [unowned self] call in self.neverReturns(call) },
                                           neverEnds: { [unowned self] expression in self.isNeverClosed(expression) })
        graphs[function.startByte] = graph
        return graph
    }
}
