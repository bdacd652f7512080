/// The state of the one walk over a file, shared by every rule: the file, its package, and the chain of
/// ancestors of the current node with O(1) answers to "nearest enclosing function" and "nearest loop".
/// A func literal is its own function (BRIEF §4 scope rule).
public final class WalkContext {
    public let file: GoFile
    public let package: PackageContext

    /// For each level of the ancestor chain: the levels of the nearest function-like node and of the
    /// nearest `for` statement at or above it (-1 when none).
    struct Levels {
        let function: Int32
        let loop: Int32
    }

    /// Named nodes from the root to the current node.
    private var nodes: NodeStack<Levels>

    /// The kinds `push` tests on every node, read once per walk (each `Kind` constant is a lazily initialised
    /// global: reading one costs a `swift_once` check, and this runs for every named node of every file).
    private let functionKinds: (KindID, KindID, KindID)
    private let loopKind: KindID

    init(file: GoFile, package: PackageContext) {
        self.file = file
        self.package = package
        nodes = NodeStack(tree: file.tree)
        functionKinds = (Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral)
        loopKind = Kind.forStatement
    }

    @inline(__always) func push(_ node: RawNode, kind: KindID) {
        let level = Int32(nodes.count)
        let above = level > 0 ? nodes.payload(at: Int(level) - 1) : Levels(function: -1, loop: -1)
        let isFunction = kind == functionKinds.0 || kind == functionKinds.1 || kind == functionKinds.2
        nodes.push(node, kind: kind, payload: Levels(function: isFunction ? level : above.function,
                                                     loop: kind == loopKind ? level : above.loop))
    }

    @inline(__always) func pop() { nodes.pop() }

    /// The kind of the current node (no tree access).
    var currentKind: KindID { nodes.kind(at: nodes.count - 1) }

    /// The current node's level (root = 0).
    public var level: Int { nodes.count - 1 }
    public var current: Node { nodes[nodes.count - 1] }

    /// The ancestor `distance` levels up (0 = the current node, 1 = its parent).
    public func ancestor(_ distance: Int) -> Node? {
        let index = nodes.count - 1 - distance
        return index >= 0 && distance >= 0 ? nodes[index] : nil
    }

    public var parent: Node? { ancestor(1) }

    /// The node at an absolute level (0 = root).
    public func node(atLevel level: Int) -> Node { nodes[level] }

    /// Level of the function (declaration, method or func literal) that contains the current node,
    /// excluding the current node itself; -1 at top level.
    public var enclosingFunctionLevel: Int { nodes.count >= 2 ? Int(nodes.payload(at: nodes.count - 2).function) : -1 }

    public var enclosingFunction: Node? {
        let level = enclosingFunctionLevel
        return level >= 0 ? nodes[level] : nil
    }

    /// Level of the nearest `for` above the current node inside the same function, or -1.
    public var enclosingLoopLevel: Int {
        guard nodes.count >= 2 else { return -1 }
        let loop = Int(nodes.payload(at: nodes.count - 2).loop)
        return loop > enclosingFunctionLevel ? loop : -1
    }

    public var enclosingLoop: Node? {
        let level = enclosingLoopLevel
        return level >= 0 ? nodes[level] : nil
    }

    /// The semantic core for this file (names, types), built on the first question and shared by every rule.
    public var semantics: FileSemantics {
        if let semanticsStorage { return semanticsStorage }
        let semantics = FileSemantics(file: file, environment: package.semantics.environment)
        semanticsStorage = semantics
        return semantics
    }
    private var semanticsStorage: FileSemantics?

    // MARK: Shared per-node answers

    /// The engine hands one node to every analysis that asked for its kind before it moves on, so a
    /// one-entry memo lets the first analysis that asks pay for an answer and the others reuse it.
    private var declaredNamesMemo: (id: UInt, hashes: [UInt64])?
    private var signatureMemo: (id: UInt, signature: Signature)?
    private var calleeMemo: (id: UInt, callee: CalleeParts)?

    /// A call's callee, taken apart: `function` (the `function` field), and for `x.Name(…)` its
    /// `operand` and `field`. Field lookups are among tree-sitter's dearest calls, and every tracker rule
    /// asks them of every call.
    public struct CalleeParts {
        public let function: Node?
        public let operand: Node?
        public let field: Node?
    }

    public func calleeParts(of call: Node) -> CalleeParts {
        if let memo = calleeMemo, memo.id == call.id { return memo.callee }
        let function = call.child(Field.function)
        let isSelector = function?.is(Kind.selectorExpression) == true
        let parts = CalleeParts(function: function, operand: isSelector ? function?.child(Field.operand) : nil,
                                field: isSelector ? function?.child(Field.field) : nil)
        calleeMemo = (call.id, parts)
        return parts
    }

    /// `ByteHash`es of the names a declaration declares (`LocalDeclarations.forEachName`): asked by every
    /// rule that tells locals from package names, for every `:=`, `var` and `range` of a package.
    public func declaredNameHashes(_ node: Node) -> [UInt64] {
        if let memo = declaredNamesMemo, memo.id == node.id { return memo.hashes }
        var hashes: [UInt64] = []
        LocalDeclarations.forEachName(declaredBy: node) { hashes.append($0.textHash) }
        declaredNamesMemo = (node.id, hashes)
        return hashes
    }

    /// A function's receiver, parameters and results: one entry per name (a nil name for an unnamed one),
    /// with its type node and its position in the list.
    public struct Signature {
        public struct Entry {
            public let name: Node?
            public let type: Node?
            public let index: Int
        }
        public let receiver: [Entry]
        public let parameters: [Entry]
        /// Empty when the result is a single unnamed type.
        public let results: [Entry]

        /// `ByteHash`es of every name the signature declares.
        public var nameHashes: [UInt64] { (receiver + parameters + results).compactMap { $0.name?.textHash } }
    }

    /// The signature of a function declaration, method or func literal, read once for all analyses.
    public func signature(of function: Node) -> Signature {
        if let memo = signatureMemo, memo.id == function.id { return memo.signature }
        func entries(_ field: FieldID) -> [Signature.Entry] {
            guard let list = function.child(field), list.is(Kind.parameterList) else { return [] }
            var result: [Signature.Entry] = []
            list.forEachNamedChild { declaration in
                guard declaration.is(Kind.parameterDeclaration) || declaration.is(Kind.variadicParameterDeclaration) else { return }
                let type = declaration.child(Field.type)
                var named = false
                declaration.forEachNamedChild { name in
                    guard name.is(Kind.identifier) else { return }
                    named = true
                    result.append(Signature.Entry(name: name, type: type, index: result.count))
                }
                if !named { result.append(Signature.Entry(name: nil, type: type, index: result.count)) }
            }
            return result
        }
        let signature = Signature(receiver: entries(Field.receiver), parameters: entries(Field.parameters),
                                  results: entries(Field.result))
        signatureMemo = (function.id, signature)
        return signature
    }

    /// The nearest ancestor (not the current node) of one of `kinds`, not crossing the enclosing
    /// function. O(distance): use from specific nodes, not from every node.
    public func nearestAncestor(of kinds: KindID..., withinFunction: Bool = true) -> (node: Node, level: Int)? {
        let floor = withinFunction ? max(enclosingFunctionLevel, 0) : 0
        var level = nodes.count - 2
        while level >= floor {
            if kinds.contains(nodes.kind(at: level)) { return (nodes[level], level) }
            level -= 1
        }
        return nil
    }
}
