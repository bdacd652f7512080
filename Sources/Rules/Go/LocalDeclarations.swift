/// Which names a statement declares in the function it is in — shared by every rule that must tell a
/// local (which shadows) from a package-level name or a tracked variable.
public enum LocalDeclarations {
    /// The kinds whose nodes may declare names: pass them to `names(declaredBy:)`.
    public static let declaringKinds: [KindID] = [Kind.shortVarDeclaration, Kind.varSpec, Kind.rangeClause]

    /// The identifiers `a, b := …`, `var a, b T = …` or `for k, v := range …` declare (none for
    /// `for k, v = range …`, which assigns).
    public static func names(declaredBy node: Node) -> [Node] {
        switch node.kind {
        case Kind.shortVarDeclaration:
            return node.child(Field.left)?.namedChildren.filter { $0.is(Kind.identifier) } ?? []
        case Kind.varSpec:
            return specNames(node)
        case Kind.rangeClause:
            guard (0..<node.childCount).contains(where: { node.child($0)?.textEquals(":=") == true }) else { return [] }
            return node.child(Field.left)?.namedChildren.filter { $0.is(Kind.identifier) } ?? []
        default:
            return []
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
