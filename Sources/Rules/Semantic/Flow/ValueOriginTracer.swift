/// Traces one file's expressions back to their `ValueOrigin`, on the file's resolved names and types: a local
/// is what its declaration and every assignment give it (`x, err = f()`, `json.Unmarshal(b, &x)`), a range
/// variable what it ranges over, a parameter its callers' arguments, a call of this package its function's
/// returns; derivations (`a + b`, `r.URL.Path`, `strings.ToLower(s)`) keep the input of any part. Types come
/// first: a value of an input type is input whatever its name, a value of a bounded type is bounded.
/// One tracer per file and walk; memoised per local.
public final class ValueOriginTracer {
    /// Built on the first question: a file whose calls no origin asks about never pays for its semantic core.
    private(set) lazy var semantics: FileSemantics = makeSemantics()
    private let makeSemantics: () -> FileSemantics
    let vocabulary: ValueOriginVocabulary
    let declarations: PackageDeclarations
    private var memo: [ObjectIdentifier: ValueOrigin] = [:]
    private var inProgress: Set<ObjectIdentifier> = []
    private var depth = 0
    /// Nesting beyond this is unknown: origins are a few steps deep in real code, and the bound keeps a
    /// pathological expression linear.
    static let maximumDepth = 32
    /// A longer expression is named by the part that reads the input (`r`) rather than in full.
    static let longestNamedExpression = 60

    public init(semantics: @escaping () -> FileSemantics, vocabulary: ValueOriginVocabulary, declarations: PackageDeclarations) {
        makeSemantics = semantics
        self.vocabulary = vocabulary
        self.declarations = declarations
    }

    private var environment: TypeEnvironment { semantics.environment }

    public func origin(of expression: Node) -> ValueOrigin {
        guard depth < Self.maximumDepth else { return .unknown }
        depth += 1
        defer { depth -= 1 }
        let node = unparenthesized(expression)
        switch node.kind {
        case Kind.interpretedStringLiteral, Kind.rawStringLiteral, Kind.intLiteral, Kind.floatLiteral, Kind.runeLiteral,
             Kind.imaginaryLiteral, Kind.true, Kind.false, Kind.nilLiteral, Kind.iota, Kind.funcLiteral:
            return .bounded
        default:
            break
        }
        let type = semantics.type(of: node)
        if vocabulary.isBounded(type: type, environment: environment) { return .bounded }
        if let kind = vocabulary.inputKind(ofType: type, environment: environment) { return .input(source(kind, node)) }
        switch node.kind {
        case Kind.identifier:
            return identifier(node)
        case Kind.selectorExpression:
            guard let operand = node.child(Field.operand) else { return .unknown }
            if case .imported = resolution(of: operand) { return .bounded }  // `pkg.Name`: another package's constant or state
            return narrowed(origin(of: operand), to: node)
        case Kind.indexExpression, Kind.sliceExpression, Kind.typeAssertionExpression:
            return node.child(Field.operand).map { narrowed(origin(of: $0), to: node) } ?? .unknown
        case Kind.typeConversionExpression:
            return node.child(Field.operand).map(origin(of:)) ?? .unknown
        case Kind.callExpression:
            return call(node, result: 0)
        case Kind.binaryExpression:
            return binary(node)
        case Kind.unaryExpression:
            guard let op = node.child(Field.operator), !op.textEquals("<-"), let operand = node.child(Field.operand) else {
                return .unknown
            }
            return origin(of: operand)
        case Kind.compositeLiteral:
            return node.child(Field.body).map(elements(of:)) ?? .bounded
        case Kind.literalValue:
            return elements(of: node)
        default:
            return .unknown
        }
    }

    /// A function of this package that `call` calls, with its arguments (nil: another package's, a builtin,
    /// a func value, or a method of a type we cannot name).
    public func packageCallee(of call: Node) -> FunctionRef? {
        guard let function = call.child(Field.function).map(unparenthesized) else { return nil }
        if function.is(Kind.identifier) {
            guard case .package(let name) = resolution(of: function), declarations.functions[name] != nil else { return nil }
            return FunctionRef(receiver: nil, name: name)
        }
        guard function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
              let method = function.child(Field.field)?.text, let candidates = declarations.methods[method] else { return nil }
        if case .imported = resolution(of: operand) { return nil }
        guard let owner = semantics.type(of: operand).namedThroughPointer, owner.path == environment.current.path,
              candidates.contains(where: { $0.receiverType.map(ModuleCallers.receiverType) == owner.name }) else { return nil }
        return FunctionRef(receiver: owner.name, name: method)
    }

    /// The arguments of a call, each out of a `x...` spread.
    public static func arguments(of call: Node) -> [Node] {
        (call.child(Field.arguments)?.codeChildren ?? []).map { argument in
            argument.is(Kind.variadicArgument) ? (argument.codeChildren.first ?? argument) : argument
        }
    }

    /// The function a declaration declares (nil for a func literal, whose callers we do not follow).
    public static func reference(of function: Node) -> FunctionRef? {
        guard let name = function.child(Field.name)?.text else { return nil }
        if function.is(Kind.functionDeclaration) { return FunctionRef(receiver: nil, name: name) }
        guard function.is(Kind.methodDeclaration), let type = receiverTypeText(of: function) else { return nil }
        return FunctionRef(receiver: ModuleCallers.receiverType(type), name: name)
    }

    /// How messages name a function: `watchTable`, `(*Server).ServeHTTP`, `a func literal in watchTable`.
    public static func displayName(of function: Node) -> String {
        if function.is(Kind.funcLiteral) {
            return "a func literal in " + (enclosingFunction(of: function).map(displayName(of:)) ?? "a package variable")
        }
        let name = function.child(Field.name)?.text ?? "?"
        guard function.is(Kind.methodDeclaration), let type = receiverTypeText(of: function) else { return name }
        let base = type.split(separator: "[").first.map(String.init) ?? type
        return "(\(base)).\(name)"
    }

    /// The function declaration, method or func literal around `node`.
    static func enclosingFunction(of node: Node) -> Node? {
        var current = node.parent
        while let candidate = current,
              !(candidate.is(Kind.functionDeclaration) || candidate.is(Kind.methodDeclaration) || candidate.is(Kind.funcLiteral)) {
            current = candidate.parent
        }
        return current
    }

    static func receiverTypeText(of method: Node) -> String? {
        method.child(Field.receiver)?.codeChildren.first(where: { $0.is(Kind.parameterDeclaration) })?.child(Field.type)?.text
    }

    // MARK: Names

    private func resolution(of identifier: Node) -> Resolution {
        identifier.is(Kind.identifier) ? semantics.resolve(identifier) : .unresolved
    }

    private func identifier(_ node: Node) -> ValueOrigin {
        switch semantics.resolve(node) {
        case .local(let symbol): return origin(of: symbol)
        // Package-level constants, functions and variables: fixed by the program's code, or its configuration.
        case .package, .imported, .universe: return .bounded
        case .unresolved: return .unknown
        }
    }

    private func origin(of symbol: Symbol) -> ValueOrigin {
        let key = ObjectIdentifier(symbol)
        if let known = memo[key] { return known }
        // A local defined through itself (`n = n + 1`) adds nothing new on the way round.
        if inProgress.contains(key) { return .anyOf([]) }
        inProgress.insert(key)
        let result = computeOrigin(of: symbol)
        inProgress.remove(key)
        memo[key] = result
        return result
    }

    private func computeOrigin(of symbol: Symbol) -> ValueOrigin {
        switch symbol.role {
        case .constant, .type:
            return .bounded
        case .receiver:
            return .unknown
        case .parameter:
            if let kind = handlerInput(symbol) { return .input(source(kind, symbol.declaration)) }
            guard let function = Self.reference(of: symbol.function), let index = Self.parameterIndex(of: symbol) else { return .unknown }
            return .parameter(function, index)
        case .variable, .result:
            break
        }
        var parts: [ValueOrigin] = []
        if let value = symbol.valueNode {
            switch symbol.source {
            case .value(let index, let count): parts.append(count > 1 ? multiValue(value, index) : origin(of: value))
            case .range(let position): parts.append(rangeOrigin(value, position))
            case .typeSwitch, .declared: parts.append(origin(of: value))
            case .none: parts.append(.unknown)
            }
        } else if symbol.role == .result {
            parts.append(.unknown)  // a named result may be set by a deferred closure or a bare return
        }
        for use in semantics.binder(containing: symbol.declaration)?.uses(of: symbol) ?? [] {
            if let assigned = assignedValue(at: use) { parts.append(assigned) }
        }
        return Self.join(parts)
    }

    /// The origin a use gives its variable: `x = v`, `x, err = f()`, `x += v`, `x, ok := …` redeclaring it,
    /// or `&x` handed to a call that fills it (`json.Unmarshal(b, &x)`, `row.Scan(&x)`: what the call reads).
    private func assignedValue(at use: Node) -> ValueOrigin? {
        let (node, parent) = ValueFlow.unwrapped(use)
        guard let parent else { return nil }
        if parent.is(Kind.expressionList), let statement = parent.parent,
           statement.is(Kind.assignmentStatement) || statement.is(Kind.shortVarDeclaration),
           statement.child(Field.left) == parent, let right = statement.child(Field.right) {
            let targets = parent.codeChildren
            guard let index = targets.firstIndex(where: { $0.startByte == node.startByte }) else { return nil }
            let values = right.is(Kind.expressionList) ? right.codeChildren : [right]
            if values.count == targets.count { return origin(of: values[index]) }
            return values.count == 1 ? multiValue(values[0], index) : .unknown
        }
        if parent.is(Kind.unaryExpression), parent.child(Field.operator)?.textEquals("&") == true,
           let list = ValueFlow.unwrapped(parent).parent, list.is(Kind.argumentList), let call = list.parent {
            var parts = Self.arguments(of: call).filter { $0.startByte != parent.startByte }.map(origin(of:))
            if let function = call.child(Field.function).map(unparenthesized), function.is(Kind.selectorExpression),
               let operand = function.child(Field.operand), !isImportedPackage(operand) {
                parts.append(origin(of: operand))
            }
            return Self.join(parts)
        }
        return nil
    }

    private func isImportedPackage(_ node: Node) -> Bool {
        if case .imported = resolution(of: unparenthesized(node)) { return true }
        return false
    }

    /// Value `index` of one expression assigned to several names: a call's results, or the comma-ok forms
    /// (whose second value is a bool).
    private func multiValue(_ expression: Node, _ index: Int) -> ValueOrigin {
        let value = unparenthesized(expression)
        if value.is(Kind.callExpression) { return call(value, result: index) }
        return index == 0 ? origin(of: value) : .bounded
    }

    /// `k, v := range x`: a slice's index runs over positions the program reuses; the rest is what `x` holds.
    private func rangeOrigin(_ over: Node, _ position: Int) -> ValueOrigin {
        switch environment.underlying(semantics.type(of: over).pointee) {
        case .slice, .array, .basic("string"):
            if position == 0 { return .bounded }
        case .basic(let name) where name.hasPrefix("int") || name.hasPrefix("uint"):
            return .bounded
        default:
            break
        }
        return origin(of: over)
    }

    // MARK: Calls and operators

    private func call(_ node: Node, result: Int) -> ValueOrigin {
        guard let function = node.child(Field.function).map(unparenthesized) else { return .unknown }
        let arguments = Self.arguments(of: node)
        switch semantics.types.denotation(of: function) {
        case .type:
            return arguments.first.map(origin(of:)) ?? .unknown
        case .builtin(let name):
            switch name {
            case "len", "cap", "copy", "real", "imag": return .bounded
            case "append", "min", "max", "string": return Self.join(arguments.map(origin(of:)))
            default: return .unknown
            }
        default:
            break
        }
        if let callee = packageCallee(of: node) {
            return .result(callee, result, arguments.map(origin(of:)))
        }
        if function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
           let name = function.child(Field.field)?.text {
            if case .imported(let path) = resolution(of: unparenthesized(operand)) {
                if let kind = vocabulary.inputKind(ofCall: name, in: path, receiver: nil) {
                    // `io.ReadAll(r.Body)`: named by what it reads when that is input itself.
                    let read = Self.join(arguments.map(origin(of:)))
                    if case .input = read { return read }
                    return .input(source(kind, node))
                }
                // Named by the argument that reads the input, not by the formatting around it.
                if vocabulary.derivesFromArguments(name, in: path, receiver: nil) { return Self.join(arguments.map(origin(of:))) }
                return .unknown
            }
            // A method of another package's type: its own input calls (`scanner.Text()`), else what it is called
            // on and with (`r.URL.Query().Get("id")`, `t.Unix()`).
            let owner = semantics.type(of: operand).namedThroughPointer
            if let owner, let kind = vocabulary.inputKind(ofCall: name, in: owner.path, receiver: owner.name) {
                return .input(source(kind, node))
            }
            guard owner == nil || owner?.path != environment.current.path else { return .unknown }
            return narrowed(Self.join([origin(of: operand)] + arguments.map(origin(of:))), to: node)
        }
        return .unknown
    }

    private func binary(_ node: Node) -> ValueOrigin {
        guard let op = node.child(Field.operator), let left = node.child(Field.left), let right = node.child(Field.right) else {
            return .unknown
        }
        for comparison in ["==", "!=", "<", "<=", ">", ">=", "&&", "||"] where op.textEquals(comparison) { return .bounded }
        // `h % shards`, `id & mask`: as many values as the bound allows.
        if op.textEquals("%") || op.textEquals("&"), origin(of: right) == .bounded { return .bounded }
        if op.textEquals("<<") || op.textEquals(">>") { return origin(of: left) }
        return Self.join([origin(of: left), origin(of: right)])
    }

    // MARK: Helpers

    /// `T{a, b}`, `T{K: v}`: derived from every element's value (not the field names).
    private func elements(of literal: Node) -> ValueOrigin {
        Self.join(literal.codeChildren.compactMap { element in
            let value = element.is(Kind.keyedElement) ? element.codeChildren.last : element
            return value.flatMap { $0.is(Kind.literalElement) ? $0.codeChildren.first : $0 }.map(origin(of:))
        })
    }

    /// Input read through `node` is named by `node` itself when it is short (`r.URL.Path`, not just `r`).
    private func narrowed(_ origin: ValueOrigin, to node: Node) -> ValueOrigin {
        guard case .input(let source) = origin, node.endByte - node.startByte <= Self.longestNamedExpression else { return origin }
        return .input(InputSource(kind: source.kind, expression: node.text, function: source.function))
    }

    private func source(_ kind: String, _ node: Node) -> InputSource {
        let function = Self.enclosingFunction(of: node)
        let text = node.endByte - node.startByte <= Self.longestNamedExpression ? node.text : String(node.text.prefix(Self.longestNamedExpression)) + "…"
        return InputSource(kind: kind, expression: text, function: function.map(Self.displayName(of:)) ?? "a package variable")
    }

    /// What a parameter is given its function's other parameters (`r` of `func(w http.ResponseWriter, r *http.Request)`).
    private func handlerInput(_ parameter: Symbol) -> String? {
        let symbols = (semantics.binder(containing: parameter.declaration)?.symbols ?? []).filter { $0.function == parameter.function }
        let others = symbols.filter { $0.role == .parameter && $0 !== parameter }
        let receiver = symbols.first { $0.role == .receiver }
        return vocabulary.inputKind(ofParameter: semantics.types.type(of: parameter), besides: others.map(semantics.types.type(of:)),
                                    receiver: receiver.map(semantics.types.type(of:)), environment: environment)
    }

    /// The position of a parameter among its function's parameters (`a, b string` are 0 and 1).
    static func parameterIndex(of symbol: Symbol) -> Int? {
        var index = 0
        for declaration in symbol.function.child(Field.parameters)?.codeChildren ?? [] {
            let names = declaration.codeChildren.filter { $0.is(Kind.identifier) }
            for name in names {
                if name.startByte == symbol.declaration.startByte { return index }
                index += 1
            }
            if names.isEmpty { index += 1 }
        }
        return nil
    }

    /// Derived from all of `parts`: one part alone is itself; none adds nothing (bounded).
    static func join(_ parts: [ValueOrigin]) -> ValueOrigin {
        var flat: [ValueOrigin] = []
        for part in parts {
            if case .anyOf(let inner) = part { flat.append(contentsOf: inner) } else if part != .bounded { flat.append(part) }
        }
        if flat.contains(where: { if case .input = $0 { return true } else { return false } }) {
            return flat.first { if case .input = $0 { return true } else { return false } }!
        }
        if flat.isEmpty { return .bounded }
        if flat.count == 1 { return flat[0] }
        var unique: [ValueOrigin] = []
        for part in flat where !unique.contains(part) { unique.append(part) }
        return unique.count == 1 ? unique[0] : .anyOf(unique)
    }
}
