/// What a call expression calls, as far as syntax can tell.
public enum Callee: Equatable {
    /// `f(…)`: a function of this package, a builtin, or a dot-imported one.
    case function(name: String)
    /// `pkg.F(…)` where `pkg` is an imported package's local name.
    case package(path: String, name: String)
    /// `x.m(…)` where `x` is not a package name. `receiver` is the source text of `x`.
    case method(receiver: String, name: String)
    /// A func literal called in place, a conversion `(*T)(x)`, an index, …
    case other
}

extension GoFile {
    /// Classifies the callee of a `call_expression`.
    public func callee(of call: Node) -> Callee {
        guard let function = call.child(Field.function) else { return .other }
        if function.is(Kind.identifier) { return .function(name: function.text) }
        guard function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
              let field = function.child(Field.field) else { return .other }
        if operand.is(Kind.identifier), let path = imports.path(forName: operand.text) {
            return .package(path: path, name: field.text)
        }
        return .method(receiver: operand.text, name: field.text)
    }

    /// Whether `call` calls `name` of the package imported from `path` (respecting aliases and dot
    /// imports). Compares bytes: cheap enough to run on every call expression.
    public func isCall(_ call: Node, _ path: String, _ names: String...) -> Bool {
        isCall(call, path, names)
    }

    public func isCall(_ call: Node, _ path: String, _ names: [String]) -> Bool {
        guard call.is(Kind.callExpression), let function = call.child(Field.function) else { return false }
        if function.is(Kind.selectorExpression) {
            guard let operand = function.child(Field.operand), operand.is(Kind.identifier),
                  let field = function.child(Field.field), names.contains(where: { field.textEquals($0) })
            else { return false }
            return imports.pathByName.contains { name, imported in imported == path && operand.textEquals(name) }
        }
        if function.is(Kind.identifier), imports.dotImports.contains(path) {
            return names.contains(where: { function.textEquals($0) })
        }
        return false
    }

    /// Whether a selector/identifier node names `name` of package `path` (e.g. `http.DefaultClient`).
    public func isQualified(_ node: Node, _ path: String, _ name: String) -> Bool {
        if node.is(Kind.selectorExpression), let operand = node.child(Field.operand), operand.is(Kind.identifier),
           let field = node.child(Field.field), field.textEquals(name) {
            return imports.pathByName.contains { local, imported in imported == path && operand.textEquals(local) }
        }
        if node.is(Kind.identifier), imports.dotImports.contains(path) { return node.textEquals(name) }
        return false
    }
}

/// Go's builtin functions: a call of one of these is never a same-package function.
public let goBuiltinFunctions: Set<String> = [
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new",
    "panic", "print", "println", "real", "recover",
]

/// The leftmost identifier of `x`, `x.Body`, `(x).y.z`; nil when the chain starts with something else
/// (a call, an index).
public func selectorRoot(_ node: Node) -> Node? {
    var node = unparenthesized(node)
    while node.is(Kind.selectorExpression), let operand = node.child(Field.operand) { node = unparenthesized(operand) }
    return node.is(Kind.identifier) ? node : nil
}

/// Unwraps parentheses: `((x))` → `x`.
public func unparenthesized(_ node: Node) -> Node {
    var current = node
    while current.is(Kind.parenthesizedExpression), let inner = current.namedChild(0) { current = inner }
    return current
}
