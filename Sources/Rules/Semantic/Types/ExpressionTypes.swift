/// The types of a file's expressions (SEMANTICS.md layer 3), read from syntax, the binder and the type
/// environment: literals, composite literals, `&x`, `*p`, `new`/`make`/`append`, conversions, calls with
/// known signatures, selectors through fields (embedded promotion) and methods, index and slice
/// expressions, type assertions, receives, func literals, and locals whose declaration or initializer
/// says their type (multi-value calls, comma-ok forms, range variables, type-switch bindings).
/// Anything else is `.unknown`. Memoised per node.
public final class ExpressionTypes {
    let environment: TypeEnvironment
    let file: GoFile
    private let binderFor: (Node) -> FunctionBinder?
    /// Keyed by position and kind (a parenthesised expression and its contents share a start).
    private struct NodeKey: Hashable { let start: Int; let end: Int; let kind: KindID }
    private var memo: [NodeKey: Denotation] = [:]
    /// Nesting of `denotation` calls in progress: an expression nested deeper is unknown (no deep recursion).
    private var depth = 0

    init(environment: TypeEnvironment, file: GoFile, binderFor: @escaping (Node) -> FunctionBinder?) {
        self.environment = environment
        self.file = file
        self.binderFor = binderFor
    }

    /// The type of an expression's (first) value.
    public func type(of node: Node) -> GoType { denotation(of: node).valueType }

    /// What an expression denotes: a value, a type, a package, a builtin.
    public func denotation(of node: Node) -> Denotation {
        let key = NodeKey(start: node.startByte, end: node.endByte, kind: node.kind)
        if let known = memo[key] { return known }
        guard depth < 128 else { return .unknown }
        memo[key] = .unknown  // a cycle (a closure typed through itself) ends unknown
        depth += 1
        let result = compute(node)
        depth -= 1
        memo[key] = result
        return result
    }

    /// Reads a type node (or a type in expression position) with the scope at `node`.
    public func typeSyntax(at node: Node, typeParameters: Set<String> = []) -> TypeSyntax {
        TypeSyntax(packagePath: environment.current.path, imports: file.imports, typeParameters: typeParameters)
    }

    private func readType(_ node: Node) -> GoType {
        // A local type declared in the function wins over the package's.
        if node.is(Kind.typeIdentifier) || node.is(Kind.identifier), let binder = binderFor(node),
           case .local(let symbol) = binder.resolve(node), symbol.role == .type {
            return .named(TypeName(path: environment.current.path + "#local", name: symbol.name), [])
        }
        return environment.canonical(typeSyntax(at: node).type(of: node))
    }

    private func compute(_ node: Node) -> Denotation {
        switch node.kind {
        case Kind.identifier:
            return identifier(node)
        case Kind.parenthesizedExpression:
            return node.codeChildren.first.map(denotation(of:)) ?? .unknown
        case Kind.selectorExpression:
            guard let operand = node.child(Field.operand), let field = node.child(Field.field) else { return .unknown }
            return environment.select(field.text, from: denotation(of: operand))
        case Kind.callExpression:
            return .value(call(node))
        case Kind.typeConversionExpression:
            return node.child(Field.type).map { .value(readType($0)) } ?? .unknown
        case Kind.compositeLiteral:
            return node.child(Field.type).map { .value(readType($0)) } ?? .unknown
        case Kind.funcLiteral:
            return .value(.function(typeSyntax(at: node).signature(parameters: node.child(Field.parameters), result: node.child(Field.result))))
        case Kind.unaryExpression:
            return unary(node)
        case Kind.binaryExpression:
            guard let op = node.child(Field.operator), let left = node.child(Field.left) else { return .unknown }
            for comparison in ["==", "!=", "<", "<=", ">", ">=", "&&", "||"] where op.textEquals(comparison) { return .value(.bool) }
            if op.textEquals("<<") || op.textEquals(">>") { return .value(type(of: left)) }
            let leftType = type(of: left)
            if !leftType.isUnknown, !Self.isUntypedLiteral(left) { return .value(leftType) }
            return node.child(Field.right).map { .value(type(of: $0)) } ?? .value(leftType)
        case Kind.indexExpression, Kind.typeInstantiationExpression:
            return index(node)
        case Kind.sliceExpression:
            guard let operand = node.child(Field.operand) else { return .unknown }
            let operandType = type(of: operand)
            switch environment.underlying(operandType.pointee) {
            case .array(let element): return .value(.slice(element))
            default: return .value(operandType)
            }
        case Kind.typeAssertionExpression:
            return node.child(Field.type).map { .value(readType($0)) } ?? .unknown
        case Kind.interpretedStringLiteral, Kind.rawStringLiteral: return .value(.string)
        case Kind.intLiteral: return .value(.int)
        case Kind.floatLiteral: return .value(.basic("float64"))
        case Kind.imaginaryLiteral: return .value(.basic("complex128"))
        case Kind.runeLiteral: return .value(.basic("int32"))
        case Kind.true, Kind.false: return .value(.bool)
        case Kind.nilLiteral: return .value(.untypedNil)
        case Kind.iota: return .value(.int)
        case Kind.typeIdentifier, Kind.qualifiedType, Kind.pointerType, Kind.sliceType, Kind.arrayType, Kind.mapType,
             Kind.channelType, Kind.functionType, Kind.interfaceType, Kind.structType, Kind.genericType,
             Kind.implicitLengthArrayType:
            return .type(readType(node))
        default:
            return .unknown
        }
    }

    static func isUntypedLiteral(_ node: Node) -> Bool {
        node.is(Kind.intLiteral) || node.is(Kind.floatLiteral) || node.is(Kind.runeLiteral) || node.is(Kind.imaginaryLiteral)
    }

    private func identifier(_ node: Node) -> Denotation {
        guard let binder = binderFor(node) else { return packageLevel(node.text) }
        switch binder.resolve(node) {
        case .local(let symbol):
            if symbol.role == .type { return .type(readType(node)) }
            if symbol.role == .constant, symbol.typeNode == nil, let value = symbol.valueNode,
               Self.isUntypedLiteral(value) { return .value(type(of: value)) }
            return .value(type(of: symbol))
        case .package(let name): return environment.denotation(ofName: name, in: environment.current)
        case .imported(let path): return .package(path)
        case .universe(let name): return TypeEnvironment.universe(name)
        case .unresolved: return packageLevel(node.text)
        }
    }

    /// A name outside any function we bound (package-level initializers).
    private func packageLevel(_ name: String) -> Denotation {
        let declared = environment.denotation(ofName: name, in: environment.current)
        if declared != .unknown { return declared }
        if let path = file.imports.path(forName: name) { return .package(path) }
        return TypeEnvironment.universe(name)
    }

    /// A local's type: written, or inferred from how it is declared.
    public func type(of symbol: Symbol) -> GoType {
        if let known = symbol.inferredType { return known }
        if symbol.inferring { return .unknown }
        symbol.inferring = true
        defer { symbol.inferring = false }
        var result = GoType.unknown
        if let typeNode = symbol.typeNode {
            result = environment.canonical(typeSyntax(at: typeNode, typeParameters: symbol.typeParameters).type(of: typeNode))
            if symbol.valueNode?.is(Kind.variadicParameterDeclaration) == true { result = .slice(result) }
        } else if let value = symbol.valueNode {
            switch symbol.source {
            case .value(let index, let count):
                result = count > 1 ? multiValue(value, index) : type(of: value)
            case .range(let position):
                result = rangeType(type(of: value), position)
            case .typeSwitch(let cases):
                result = cases.count == 1 && !cases[0].textEquals("nil") ? readType(cases[0]) : type(of: value)
            case .declared, .none:
                break
            }
        }
        symbol.inferredType = result
        return result
    }

    /// Value `index` of a single right-hand expression assigned to several names: a call's results, or
    /// the comma-ok forms whose second value is a bool (`x.(T)`, `m[k]`, `<-ch`).
    public func multiValue(_ expression: Node, _ index: Int) -> GoType {
        let value = unparenthesized(expression)
        switch value.kind {
        case Kind.callExpression:
            return call(value).result(index)
        case Kind.typeAssertionExpression, Kind.indexExpression:
            return index == 0 ? type(of: value) : .bool
        case Kind.unaryExpression where value.child(Field.operator)?.textEquals("<-") == true:
            return index == 0 ? type(of: value) : .bool
        default:
            return index == 0 ? type(of: value) : .unknown
        }
    }

    /// `k, v := range x`.
    func rangeType(_ rangeOver: GoType, _ position: Int) -> GoType {
        switch environment.underlying(rangeOver.pointee) {
        case .slice(let element), .array(let element): return position == 0 ? .int : element
        case .basic("string"): return position == 0 ? .int : .basic("int32")
        case .basic(let name) where name.hasPrefix("int") || name.hasPrefix("uint"): return position == 0 ? rangeOver : .unknown
        case .map(let key, let value): return position == 0 ? key : value
        case .channel(let element, _): return position == 0 ? element : .unknown
        case .function(let iterator):
            // Range over func: `func(yield func(K, V) bool)`.
            guard case .function(let yield)? = iterator.parameters.first.map({ environment.underlying($0.type) }),
                  position < yield.parameters.count else { return .unknown }
            return yield.parameters[position].type
        default: return .unknown
        }
    }

    private func unary(_ node: Node) -> Denotation {
        guard let op = node.child(Field.operator), let operand = node.child(Field.operand) else { return .unknown }
        if op.textEquals("&") {
            let inner = type(of: operand)
            return .value(inner.isUnknown ? .unknown : .pointer(inner))
        }
        if op.textEquals("*") {
            let inner = denotation(of: operand)
            if case .type(let base) = inner { return .type(.pointer(base)) }
            return .value(environment.elementOrPointee(inner.valueType, dereference: true))
        }
        if op.textEquals("<-") { return .value(environment.elementOrPointee(type(of: operand), dereference: false)) }
        if op.textEquals("!") { return .value(.bool) }
        return .value(type(of: operand))
    }

    private func index(_ node: Node) -> Denotation {
        guard let operand = node.child(Field.operand) else { return .unknown }
        let base = denotation(of: operand)
        switch base {
        case .type(let type):
            // `List[int]` as a type.
            if case .named(let name, _) = type {
                let arguments = node.namedChildren.dropFirst().filter { !$0.is(Kind.comment) }.map { readType($0) }
                return .type(.named(name, arguments))
            }
            return .unknown
        case .value(let type):
            if case .function = environment.underlying(type) { return base }  // a generic function instantiated
            return .value(environment.elementOrPointee(type, dereference: false))
        default:
            return .unknown
        }
    }

    /// The type of a call's value (a tuple for several results).
    public func call(_ node: Node) -> GoType {
        guard let function = node.child(Field.function) else { return .unknown }
        let callee = denotation(of: function)
        if case .builtin(let name) = callee { return builtin(name, node) }
        return environment.call(callee)
    }

    /// The signature of the function a call calls, when known (nil for conversions and builtins).
    public func calleeSignature(_ node: Node) -> FunctionSignature? {
        guard let function = node.child(Field.function),
              case .value(let type) = denotation(of: function),
              case .function(let signature) = environment.underlying(type) else { return nil }
        return signature
    }

    private func builtin(_ name: String, _ call: Node) -> GoType {
        let arguments = call.child(Field.arguments)?.codeChildren ?? []
        switch name {
        case "new": return arguments.first.map { .pointer(readType($0)) } ?? .unknown
        case "make": return arguments.first.map(readType) ?? .unknown
        case "append", "min", "max": return arguments.first.map { type(of: $0) } ?? .unknown
        case "len", "cap", "copy": return .int
        case "recover": return .interface(.empty)
        case "real", "imag": return .basic("float64")
        case "complex": return .basic("complex128")
        default: return .tuple([])
        }
    }
}
