/// Which names a statement declares in the function it is in — shared by every rule that must tell a
/// local (which shadows) from a package-level name or a tracked variable.
public enum LocalDeclarations {
    /// The kinds whose nodes may declare names: pass them to `names(declaredBy:)`.
    public static let declaringKinds: [KindID] = [Kind.shortVarDeclaration, Kind.varSpec, Kind.rangeClause]

    /// The identifiers `a, b := …`, `var a, b T = …` or `for k, v := range …` declare (none for
    /// `for k, v = range …`, which assigns).
    public static func names(declaredBy node: Node) -> [Node] {
        var names: [Node] = []
        forEachName(declaredBy: node) { names.append($0) }
        return names
    }

    /// `names(declaredBy:)` without building an array: runs for every declaration in a walk.
    public static func forEachName(declaredBy node: Node, _ body: (Node) -> Void) {
        switch node.kind {
        case Kind.shortVarDeclaration:
            node.child(Field.left)?.forEachNamedChild { if $0.is(Kind.identifier) { body($0) } }
        case Kind.varSpec:
            let limit = node.child(Field.type)?.startByte ?? node.child(Field.value)?.startByte ?? Int.max
            node.forEachNamedChild { if $0.is(Kind.identifier) && $0.startByte < limit { body($0) } }
        case Kind.rangeClause:
            guard let left = node.child(Field.left), let right = node.child(Field.right) else { return }
            // `:=` or `=` sits between the two sides; only `:=` declares.
            guard node.tree.source[left.endByte..<right.startByte].contains(0x3A) else { return }  // ":"
            left.forEachNamedChild { if $0.is(Kind.identifier) { body($0) } }
        default:
            break
        }
    }

    /// The names of a `var_spec` (`var a, b int = 1, 2` → a, b): identifiers before its type or value.
    public static func specNames(_ spec: Node) -> [Node] {
        let limit = spec.child(Field.type)?.startByte ?? spec.child(Field.value)?.startByte ?? Int.max
        return spec.namedChildren.filter { $0.is(Kind.identifier) && $0.startByte < limit }
    }

    /// Function declarations, methods and func literals: each is its own scope (BRIEF §4).
    public static func isFunction(_ kind: KindID) -> Bool {
        kind == Kind.functionDeclaration || kind == Kind.methodDeclaration || kind == Kind.funcLiteral
    }
}
