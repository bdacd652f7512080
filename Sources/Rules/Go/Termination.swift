/// Whether a list of statements always leaves the loop it runs in: Go's "terminating statements"
/// (return, goto, panic, os.Exit, log.Fatal, t.Fatal, …) plus `break`/`continue` that leave the loop.
/// Syntactic and conservative: a statement it does not understand does not leave.
public enum Termination {
    /// Calls that never return: `panic(…)`, and methods or package functions with these names
    /// (`os.Exit`, `log.Fatalf`, `klog.Fatal`, `t.Fatal`, `t.FailNow`, `t.Skip`, `runtime.Goexit`).
    static let neverReturning: Set<String> = [
        "Exit", "Goexit", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "FailNow", "Skip", "Skipf", "SkipNow",
    ]

    /// Whether running `statements` in order always leaves the loop labelled `loopLabel` (if any) that
    /// encloses them — a `select` case body, say. An unlabelled `break` inside a select or switch
    /// leaves only that statement, so it does not count.
    public static func alwaysLeavesLoop(_ statements: [Node], loopLabel: String?) -> Bool {
        guard let last = statements.last(where: { !$0.is(Kind.comment) }) else { return false }
        return leavesLoop(last, loopLabel: loopLabel)
    }

    public static func leavesLoop(_ statement: Node, loopLabel: String?) -> Bool {
        switch statement.kind {
        case Kind.returnStatement, Kind.gotoStatement:
            return true
        case Kind.breakStatement:
            // `break L` leaves the loop L or one around it; a plain break leaves only the select/switch.
            return statement.namedChild(0)?.is(Kind.labelName) == true
        case Kind.continueStatement:
            guard let label = statement.namedChild(0), label.is(Kind.labelName) else { return false }
            return label.text != loopLabel
        case Kind.expressionStatement:
            guard let call = statement.namedChild(0), call.is(Kind.callExpression) else { return false }
            return neverReturns(call)
        case Kind.block:
            return alwaysLeavesLoop(statement.namedChildren, loopLabel: loopLabel)
        case Kind.labeledStatement:
            return statement.namedChildren.last.map { $0.is(Kind.labelName) ? false : leavesLoop($0, loopLabel: loopLabel) } ?? false
        case Kind.ifStatement:
            guard let consequence = statement.child(Field.consequence),
                  let alternative = statement.child(Field.alternative) else { return false }
            return leavesLoop(consequence, loopLabel: loopLabel) && leavesLoop(alternative, loopLabel: loopLabel)
        default:
            return false
        }
    }

    /// Whether some path through `node` may leave the enclosing loop or function while the program goes on: a
    /// return or goto, a labelled break or continue, or a panic (which may be recovered) — anywhere inside,
    /// not in a func literal. Calls that end the process or the test (`os.Exit`, `log.Fatal`, `t.Fatal`) do
    /// not count: nothing is left running to leak. (`alwaysLeavesLoop` asks whether every path leaves.)
    public static func mayLeaveAndGoOn(_ node: Node) -> Bool {
        var found = false
        TreeWalk.forEach(node) { child in
            if found || child.is(Kind.funcLiteral) { return false }
            switch child.kind {
            case Kind.returnStatement, Kind.gotoStatement: found = true
            case Kind.breakStatement, Kind.continueStatement: found = child.namedChildCount > 0
            case Kind.callExpression: found = child.child(Field.function)?.textEquals("panic") == true
            default: break
            }
            return !found
        }
        return found
    }

    /// `panic(x)`, `os.Exit(1)`, `log.Fatalf(…)`, `t.Fatal(…)`, `s.T().FailNow()`.
    public static func neverReturns(_ call: Node) -> Bool {
        guard let function = call.child(Field.function) else { return false }
        if function.is(Kind.identifier) { return function.textEquals("panic") }
        if function.is(Kind.selectorExpression), let field = function.child(Field.field) {
            return neverReturning.contains(field.text)
        }
        return false
    }
}
