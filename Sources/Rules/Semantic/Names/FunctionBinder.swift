/// Resolves every identifier of one top-level function (and the func literals inside it) to its
/// declaration, with Go's scoping: parameters, results and receivers; blocks; `if`/`for`/`switch`/
/// `select` headers; each case clause; `:=` (whose right side still sees the outer names, and which
/// redeclares nothing already in the same scope); `var`/`const`/`type` in bodies; range variables;
/// type-switch bindings per case; `v, ok := <-ch` in a select case. One iterative walk, no recursion.
public final class FunctionBinder {
    public let root: Node
    /// Identifier start byte → what it refers to (uses and declarations alike).
    private var resolutions: [Int: Resolution] = [:]
    /// Every declared symbol, in source order.
    public private(set) var symbols: [Symbol] = []
    /// Uses of each symbol (not its declaration), in source order.
    private var usesBySymbol: [ObjectIdentifier: [Node]] = [:]

    private let file: GoFile
    /// `ByteHash`es of the package's top-level names, of the file's import names (→ path), and of the universe:
    /// identifiers are looked up by hash, so binding makes no String per identifier.
    private let packageNames: Set<UInt64>
    private let importNames: [UInt64: String]

    init(function: Node, file: GoFile, packageNames: Set<UInt64>, importNames: [UInt64: String]) {
        self.root = function
        self.file = file
        self.packageNames = packageNames
        self.importNames = importNames
        bind()
    }

    static let universeNames: [UInt64: String] = Dictionary(uniqueKeysWithValues: (Universe.builtinFunctions.union(Universe.basics)
        .union(["byte", "rune", "error", "any", "comparable", "nil", "true", "false", "iota"])).map { (ByteHash.of($0), $0) })

    /// What `identifier` refers to; `.unresolved` for a node this binder did not see.
    public func resolve(_ identifier: Node) -> Resolution {
        resolutions[identifier.startByte] ?? .unresolved
    }

    /// The local symbol an identifier refers to (declaration or use).
    public func symbol(_ identifier: Node) -> Symbol? {
        if case .local(let symbol)? = resolutions[identifier.startByte] { return symbol }
        return nil
    }

    /// Every use of `symbol` after its declaration (its declaring identifier excluded).
    public func uses(of symbol: Symbol) -> [Node] { usesBySymbol[ObjectIdentifier(symbol)] ?? [] }

    // MARK: Binding

    private final class Scope {
        var names: [UInt64: Symbol] = [:]
        let function: Node
        let typeParameters: Set<String>
        init(function: Node, typeParameters: Set<String>) { self.function = function; self.typeParameters = typeParameters }
    }

    private var scopes: [Scope] = []
    /// Nodes whose `leave` closes a scope.
    /// Identifiers that declare (skipped as uses when the walk reaches them).
    private var declaring: Set<Int> = []

    /// One iterative walk over named nodes; a `Node` is made only for the kinds the binder reads, and a stack
    /// of (node, kind, opened a scope) answers `leave` without asking the tree again.
    private func bind() {
        let tree = root.tree
        var stack: [(raw: RawNode, kind: KindID, opened: Bool)] = []
        stack.reserveCapacity(64)
        TreeWalk.walkNamed(root, enter: { raw, kind in
            let depth = self.scopes.count
            if Self.readKinds.contains(kind) { _ = self.enter(raw.node(in: tree)) }
            stack.append((raw, kind, self.scopes.count > depth))
            return true
        }, leave: {
            guard let (raw, kind, opened) = stack.popLast() else { return }
            if Self.leaveKinds.contains(kind) { self.leave(raw.node(in: tree)) }
            if opened, !self.scopes.isEmpty { self.scopes.removeLast() }
        })
    }

    /// Kinds `enter` reads (everything else passes by without a `Node`).
    private static let readKinds: Set<KindID> = [
        Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.block, Kind.ifStatement, Kind.forStatement,
        Kind.expressionSwitchStatement, Kind.typeSwitchStatement, Kind.selectStatement, Kind.expressionCase, Kind.defaultCase,
        Kind.communicationCase, Kind.typeCase, Kind.shortVarDeclaration, Kind.varSpec, Kind.constSpec, Kind.rangeClause,
        Kind.receiveStatement, Kind.typeSpec, Kind.typeAlias, Kind.identifier,
    ]
    /// Kinds whose declarations take effect when they are left (`:=` after its right side).
    private static let leaveKinds: Set<KindID> = [
        Kind.shortVarDeclaration, Kind.varSpec, Kind.constSpec, Kind.rangeClause, Kind.receiveStatement,
    ]

    private func openScope(_ node: Node, function: Node? = nil, typeParameters: Set<String> = []) {
        let outer = scopes.last
        scopes.append(Scope(function: function ?? outer?.function ?? node,
                            typeParameters: (outer?.typeParameters ?? []).union(typeParameters)))
    }


    private func declare(_ identifier: Node, role: Symbol.Role, typeNode: Node?, valueNode: Node?, source: Symbol.Source) {
        guard let scope = scopes.last else { return }
        guard !identifier.textEquals("_") else { declaring.insert(identifier.startByte); return }
        let symbol = Symbol(name: identifier.text, role: role, declaration: identifier, typeNode: typeNode, valueNode: valueNode,
                            source: source, function: scope.function, typeParameters: scope.typeParameters)
        scope.names[identifier.textHash] = symbol
        symbols.append(symbol)
        resolutions[identifier.startByte] = .local(symbol)
        declaring.insert(identifier.startByte)
    }

    private func lookup(_ identifier: Node) -> Resolution {
        let hash = identifier.textHash
        for scope in scopes.reversed() {
            if let symbol = scope.names[hash] { return .local(symbol) }
        }
        if packageNames.contains(hash) { return .package(identifier.text) }
        if let path = importNames[hash] { return .imported(path: path) }
        if let name = Self.universeNames[hash] { return .universe(name) }
        return .unresolved
    }

    private func enter(_ node: Node) -> Bool {
        switch node.kind {
        case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
            let typeParameters = Set(TypeSyntax.typeParameterNames(node.child(Field.typeParameters)))
            openScope(node, function: node, typeParameters: typeParameters)
            if let receiver = node.child(Field.receiver) { declareParameters(receiver, role: .receiver) }
            if let parameters = node.child(Field.parameters) { declareParameters(parameters, role: .parameter) }
            if let result = node.child(Field.result), result.is(Kind.parameterList) { declareParameters(result, role: .result) }
            // The name of a declaration is not a use; a method's receiver type names are types.
            if let name = node.child(Field.name) { declaring.insert(name.startByte) }
        case Kind.block:
            // A function's body shares the parameters' scope in Go; a nested scope changes nothing visible.
            openScope(node)
        case Kind.typeSwitchStatement:
            openScope(node)
            node.child(Field.alias)?.forEachNamedChild { if $0.is(Kind.identifier) { declaring.insert($0.startByte) } }
        case Kind.ifStatement, Kind.forStatement, Kind.expressionSwitchStatement,
             Kind.selectStatement, Kind.expressionCase, Kind.defaultCase, Kind.communicationCase:
            openScope(node)
        case Kind.typeCase:
            openScope(node)
            declareTypeSwitchBinding(node)
        case Kind.shortVarDeclaration:
            node.child(Field.left)?.forEachNamedChild { if $0.is(Kind.identifier) { declaring.insert($0.startByte) } }
        case Kind.varSpec, Kind.constSpec:
            for name in LocalDeclarations.specNames(node) { declaring.insert(name.startByte) }
        case Kind.rangeClause:
            if LocalDeclarations.names(declaredBy: node).isEmpty == false {
                node.child(Field.left)?.forEachNamedChild { if $0.is(Kind.identifier) { declaring.insert($0.startByte) } }
            }
        case Kind.receiveStatement:
            if isDeclaringReceive(node) {
                node.child(Field.left)?.forEachNamedChild { if $0.is(Kind.identifier) { declaring.insert($0.startByte) } }
            }
        case Kind.typeSpec, Kind.typeAlias:
            // A local type: its name is declared at once (it may refer to itself).
            if let name = node.child(Field.name) {
                declare(name, role: .type, typeNode: node.child(Field.type), valueNode: nil, source: .declared)
            }
        case Kind.identifier:
            if !declaring.contains(node.startByte) {
                let resolution = lookup(node)
                resolutions[node.startByte] = resolution
                if case .local(let symbol) = resolution { usesBySymbol[ObjectIdentifier(symbol), default: []].append(node) }
            }
        default:
            break
        }
        return true
    }

    private func leave(_ node: Node) {
        switch node.kind {
        case Kind.shortVarDeclaration:
            guard let left = node.child(Field.left), let right = node.child(Field.right) else { break }
            let names = left.codeChildren
            let values = right.codeChildren
            for (index, name) in names.enumerated() where name.is(Kind.identifier) {
                // `:=` redeclares nothing already declared in the same scope: that name is assigned.
                if let existing = scopes.last?.names[name.textHash] {
                    resolutions[name.startByte] = .local(existing)
                    usesBySymbol[ObjectIdentifier(existing), default: []].append(name)
                    continue
                }
                declare(name, role: .variable, typeNode: nil, valueNode: values.count == 1 ? values[0] : (index < values.count ? values[index] : nil),
                        source: values.count == 1 && names.count > 1 ? .value(index: index, count: names.count) : .value(index: 0, count: 1))
            }
        case Kind.varSpec, Kind.constSpec:
            let names = LocalDeclarations.specNames(node)
            let values = node.child(Field.value).map { $0.is(Kind.expressionList) ? $0.codeChildren : [$0] } ?? []
            let typeNode = node.child(Field.type)
            for (index, name) in names.enumerated() {
                let value: Node? = values.count == 1 ? values[0] : (index < values.count ? values[index] : nil)
                let source: Symbol.Source = typeNode != nil ? .declared
                    : (values.count == 1 && names.count > 1 ? .value(index: index, count: names.count) : .value(index: 0, count: 1))
                declare(name, role: node.is(Kind.constSpec) ? .constant : .variable, typeNode: typeNode, valueNode: value, source: source)
            }
        case Kind.rangeClause:
            let names = LocalDeclarations.names(declaredBy: node)
            guard !names.isEmpty, let left = node.child(Field.left) else { break }
            for (position, name) in left.codeChildren.enumerated() where name.is(Kind.identifier) {
                declare(name, role: .variable, typeNode: nil, valueNode: node.child(Field.right), source: .range(position: position))
            }
        case Kind.receiveStatement:
            guard isDeclaringReceive(node), let left = node.child(Field.left), let right = node.child(Field.right) else { break }
            let names = left.codeChildren
            for (index, name) in names.enumerated() where name.is(Kind.identifier) {
                declare(name, role: .variable, typeNode: nil, valueNode: right, source: .value(index: index, count: names.count))
            }
        default:
            break
        }
    }

    private func declareParameters(_ list: Node, role: Symbol.Role) {
        list.forEachNamedChild { declaration in
            guard declaration.is(Kind.parameterDeclaration) || declaration.is(Kind.variadicParameterDeclaration) else { return }
            let typeNode = declaration.child(Field.type)
            declaration.forEachNamedChild { name in
                guard name.is(Kind.identifier) else { return }
                declare(name, role: role, typeNode: typeNode, valueNode: declaration.is(Kind.variadicParameterDeclaration) ? declaration : nil,
                        source: .declared)
            }
        }
    }

    /// `case v, ok := <-ch:` (a receive statement with `:=`).
    private func isDeclaringReceive(_ node: Node) -> Bool {
        guard let left = node.child(Field.left), let right = node.child(Field.right) else { return false }
        return node.tree.source[left.endByte..<right.startByte].contains(UInt8(ascii: ":"))
    }

    /// `switch t := x.(type) { case A, B: … }`: `t` is declared again in each case.
    private func declareTypeSwitchBinding(_ clause: Node) {
        guard let statement = clause.parent, statement.is(Kind.typeSwitchStatement),
              let alias = statement.child(Field.alias)?.codeChildren.first, alias.is(Kind.identifier) else { return }
        // The case's types come before its statements.
        var types: [Node] = []
        clause.forEachNamedChildWhile { child in
            guard TypeSyntax.isTypeNode(child) else { return child.is(Kind.comment) }
            types.append(child)
            return true
        }
        guard let scope = scopes.last, alias.text != "_" else { return }
        let symbol = Symbol(name: alias.text, role: .variable, declaration: alias, typeNode: nil,
                            valueNode: statement.child(Field.value), source: .typeSwitch(cases: types),
                            function: scope.function, typeParameters: scope.typeParameters)
        scope.names[alias.textHash] = symbol
        symbols.append(symbol)
        declaring.insert(alias.startByte)
        resolutions[alias.startByte] = .local(symbol)
    }
}
