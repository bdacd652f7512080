import Synchronization

/// The top-level declarations of one package as plain values (no syntax nodes, so they outlive the
/// trees they were read from): types with their underlying types and methods, functions, variables and
/// constants. Built once per package, for the package being linted, for packages of its module and
/// `vendor/` it imports, and for the standard library (from the generated stubs). Shared between worker
/// threads once built: the only mutable part, inferred variable types, sits behind a lock.
public final class PackageFacts: Sendable {
    public struct TypeDeclaration: Sendable {
        public let name: String
        public let typeParameters: [String]
        /// The type it is declared as (`struct{…}`, `interface{…}`, `int`, another named type); for an alias
        /// the aliased type.
        public let underlying: GoType
        public let isAlias: Bool
        public var methods: [String: Method]
    }

    public struct Method: Sendable {
        public let signature: FunctionSignature
        public let pointerReceiver: Bool
        public let receiverName: String?
        public let location: SourceRange?
    }

    public struct Function: Sendable {
        public let signature: FunctionSignature
        public let typeParameters: [String]
        public let location: SourceRange?
    }

    public struct Variable: Sendable {
        public let declaredType: GoType?
        /// How it is initialised, when no type is written (`var c = &http.Client{}`), read lazily.
        public let initializer: ValueShape?
        public let location: SourceRange?
    }

    public let path: String
    public let name: String
    public let types: [String: TypeDeclaration]
    public let functions: [String: Function]
    public let variables: [String: Variable]
    /// Constant name → its type when stated or implied (`const n = 3` is an untyped int: nil).
    public let constants: [String: GoType?]

    private let inferred = Mutex<[String: GoType]>([:])

    /// `ByteHash`es of every top-level name (binders look identifiers up by hash).
    public let nameHashes: Set<UInt64>

    init(path: String, name: String, types: [String: TypeDeclaration], functions: [String: Function],
         variables: [String: Variable], constants: [String: GoType?]) {
        self.path = path; self.name = name; self.types = types; self.functions = functions
        self.variables = variables; self.constants = constants
        var hashes = Set<UInt64>()
        for name in types.keys { hashes.insert(ByteHash.of(name)) }
        for name in functions.keys { hashes.insert(ByteHash.of(name)) }
        for name in variables.keys { hashes.insert(ByteHash.of(name)) }
        for name in constants.keys { hashes.insert(ByteHash.of(name)) }
        nameHashes = hashes
    }

    /// A variable's type: written, or inferred from its initializer (memoised; unknown while inferring
    /// it, so a cycle ends).
    func variableType(_ name: String, environment: TypeEnvironment) -> GoType {
        guard let variable = variables[name] else { return .unknown }
        if let declared = variable.declaredType { return declared }
        guard let shape = variable.initializer else { return .unknown }
        if let known = inferred.withLock({ $0[name] }) { return known }
        inferred.withLock { $0[name] = .unknown }
        let type = environment.type(of: shape, in: self)
        inferred.withLock { $0[name] = type }
        return type
    }

    public static let empty = PackageFacts(path: "", name: "", types: [:], functions: [:], variables: [:], constants: [:])
}

/// The typing-relevant shape of an initializer or expression, as values: a base and a chain of steps
/// (`pkg.New().Client` is `qualified(pkg, New)`, `call`, `member(Client)`). Enough to type package-level
/// variables without keeping their syntax.
public struct ValueShape: Sendable, Hashable {
    public enum Base: Sendable, Hashable {
        /// A name of the package (or the universe).
        case name(String)
        /// `pkg.Name` of an import.
        case qualified(path: String, name: String)
        /// A value whose type the syntax states: `T{}`, a literal, `make(T)`.
        case typed(GoType)
    }
    public enum Step: Sendable, Hashable {
        case member(String)
        /// The call's result `index` (0 unless a multi-value call is assigned to several names).
        case call(Int)
        case address
        case dereference
        case element
    }
    public var base: Base
    public var steps: [Step]
}

extension PackageFacts {
    /// Reads the top-level declarations of a package's files.
    struct Builder {
        let path: String
        var name = ""
        var types: [String: TypeDeclaration] = [:]
        var functions: [String: Function] = [:]
        var variables: [String: Variable] = [:]
        var constants: [String: GoType?] = [:]
        /// Methods met before their type's declaration (another file, or later in the file).
        var pendingMethods: [String: [String: Method]] = [:]
        /// Only exported names (the standard library's stubs are written from these).
        var exportedOnly = false

        init(path: String) { self.path = path }

        mutating func add(_ file: GoFile) {
            if name.isEmpty { name = file.packageName }
            let syntax = TypeSyntax(packagePath: path, imports: file.imports)
            file.root.forEachNamedChild { declaration in
                switch declaration.kind {
                case Kind.functionDeclaration: addFunction(declaration, file, syntax)
                case Kind.methodDeclaration: addMethod(declaration, file, syntax)
                case Kind.typeDeclaration: addTypes(declaration, syntax)
                case Kind.varDeclaration: addValues(declaration, file, syntax, constant: false)
                case Kind.constDeclaration: addValues(declaration, file, syntax, constant: true)
                default: break
                }
            }
        }

        private func keeps(_ name: String) -> Bool {
            !exportedOnly || name.first.map { $0.isUppercase } == true
        }

        mutating func addFunction(_ node: Node, _ file: GoFile, _ syntax: TypeSyntax) {
            guard let nameNode = node.child(Field.name) else { return }
            let name = nameNode.text
            // The first declaration wins (files of other platforms may declare it again).
            guard keeps(name), functions[name] == nil else { return }
            let typeParameters = TypeSyntax.typeParameterNames(node.child(Field.typeParameters))
            var scoped = syntax
            scoped.typeParameters = Set(typeParameters)
            let signature = scoped.signature(parameters: node.child(Field.parameters), result: node.child(Field.result))
            functions[name] = Function(signature: signature, typeParameters: typeParameters, location: file.range(of: nameNode))
        }

        mutating func addMethod(_ node: Node, _ file: GoFile, _ syntax: TypeSyntax) {
            guard let nameNode = node.child(Field.name), keeps(nameNode.text),
                  let receiverList = node.child(Field.receiver),
                  let receiver = receiverList.namedChildren.first(where: { $0.is(Kind.parameterDeclaration) }),
                  var receiverType = receiver.child(Field.type) else { return }
            var pointer = false
            if receiverType.is(Kind.pointerType), let base = receiverType.namedChild(0) {
                pointer = true
                receiverType = base
            }
            var typeParameters: [String] = []
            if receiverType.is(Kind.genericType) {
                receiverType.child(Field.typeArguments)?.forEachNamedChild { argument in
                    let text = argument.text
                    if !text.isEmpty { typeParameters.append(text) }
                }
                guard let base = receiverType.child(Field.type) else { return }
                receiverType = base
            }
            guard receiverType.is(Kind.typeIdentifier) else { return }
            let typeName = receiverType.text
            guard keeps(typeName) else { return }
            var scoped = syntax
            scoped.typeParameters = Set(typeParameters)
            let method = Method(signature: scoped.signature(parameters: node.child(Field.parameters), result: node.child(Field.result)),
                                pointerReceiver: pointer,
                                receiverName: receiver.namedChildren.first(where: { $0.is(Kind.identifier) })?.text,
                                location: file.range(of: nameNode))
            if types[typeName] != nil {
                if types[typeName]?.methods[nameNode.text] == nil { types[typeName]?.methods[nameNode.text] = method }
            } else if pendingMethods[typeName]?[nameNode.text] == nil {
                pendingMethods[typeName, default: [:]][nameNode.text] = method
            }
        }

        mutating func addTypes(_ declaration: Node, _ syntax: TypeSyntax) {
            declaration.forEachNamedChild { spec in
                let isAlias = spec.is(Kind.typeAlias)
                guard spec.is(Kind.typeSpec) || isAlias, let nameNode = spec.child(Field.name), keeps(nameNode.text),
                      let typeNode = spec.child(Field.type), types[nameNode.text] == nil else { return }
                let typeParameters = TypeSyntax.typeParameterNames(spec.child(Field.typeParameters))
                var scoped = syntax
                scoped.typeParameters = Set(typeParameters)
                let name = nameNode.text
                types[name] = TypeDeclaration(name: name, typeParameters: typeParameters, underlying: scoped.type(of: typeNode),
                                              isAlias: isAlias, methods: pendingMethods.removeValue(forKey: name) ?? [:])
            }
        }

        mutating func addValues(_ declaration: Node, _ file: GoFile, _ syntax: TypeSyntax, constant: Bool) {
            var specs: [Node] = []
            declaration.forEachNamedChild { child in
                if child.is(Kind.varSpec) || child.is(Kind.constSpec) { specs.append(child) }
                if child.is(Kind.varSpecList) { child.forEachNamedChild { if $0.is(Kind.varSpec) { specs.append($0) } } }
            }
            // In a const group a spec without type or value repeats the previous one's (iota enums).
            var previousConstantType: GoType?? = nil
            for spec in specs {
                // Field lookups are among tree-sitter's dearest calls: once per spec, not per child.
                let typeNode = spec.child(Field.type), valueNode = spec.child(Field.value)
                let namesEnd = typeNode?.startByte ?? valueNode?.startByte ?? Int.max
                let names = spec.namedChildren.filter { $0.is(Kind.identifier) && $0.startByte < namesEnd }
                let declared = typeNode.map(syntax.type(of:))
                let values = valueNode.map { $0.is(Kind.expressionList) ? $0.codeChildren : [$0] } ?? []
                if constant {
                    var specType: GoType? = declared
                    // `KindA = Kind(3)`: a conversion names the type (a literal stays untyped: nil).
                    if declared == nil, let first = values.first, first.is(Kind.callExpression),
                       let function = first.child(Field.function),
                       function.is(Kind.identifier) || function.is(Kind.selectorExpression),
                       case .named(let typeName, let arguments) = syntax.type(of: function),
                       !Universe.builtinFunctions.contains(typeName.name) {
                        specType = .named(typeName, arguments)
                    }
                    // `Second = 1000 * Millisecond`: an expression of typed constants has their type.
                    if specType == nil, declared == nil, let first = values.first { specType = constantType(of: first, syntax) }
                    // In a group, a spec with neither type nor value repeats the previous one (iota enums).
                    if values.isEmpty, declared == nil, let previous = previousConstantType { specType = previous }
                    previousConstantType = .some(specType)
                    for nameNode in names {
                        let name = nameNode.text
                        if name != "_", keeps(name), constants[name] == nil { constants[name] = specType }
                    }
                    continue
                }
                for (index, nameNode) in names.enumerated() {
                    let name = nameNode.text
                    guard name != "_", keeps(name), variables[name] == nil else { continue }
                    // `var a, b = f()`: one multi-value call for several names. A written type needs no shape.
                    var shape: ValueShape?
                    if declared != nil {
                        shape = nil
                    } else if values.count == 1, names.count > 1 {
                        shape = ShapeReader(syntax: syntax).shape(of: values[0]).map { base in
                            var result = base
                            if case .call = result.steps.last { result.steps[result.steps.count - 1] = .call(index) }
                            return result
                        }
                    } else if index < values.count {
                        shape = ShapeReader(syntax: syntax).shape(of: values[index])
                    }
                    variables[name] = Variable(declaredType: declared, initializer: declared == nil ? shape : nil,
                                                        location: file.range(of: nameNode))
                }
            }
        }

        /// The type of a constant expression made of typed constants (nil: untyped).
        func constantType(of node: Node, _ syntax: TypeSyntax) -> GoType? {
            switch node.kind {
            case Kind.identifier: return constants[node.text] ?? nil
            case Kind.parenthesizedExpression, Kind.unaryExpression:
                return (node.child(Field.operand) ?? node.codeChildren.first).flatMap { constantType(of: $0, syntax) }
            case Kind.binaryExpression:
                guard let left = node.child(Field.left), let right = node.child(Field.right) else { return nil }
                if let op = node.child(Field.operator), op.textEquals("<<") || op.textEquals(">>") { return constantType(of: left, syntax) }
                return constantType(of: left, syntax) ?? constantType(of: right, syntax)
            case Kind.callExpression:
                guard let function = node.child(Field.function), function.is(Kind.identifier) || function.is(Kind.selectorExpression),
                      case .named(let typeName, let arguments) = syntax.type(of: function),
                      !Universe.builtinFunctions.contains(typeName.name) else { return nil }
                return .named(typeName, arguments)
            default: return nil
            }
        }

        func build() -> PackageFacts {
            PackageFacts(path: path, name: name, types: types, functions: functions, variables: variables, constants: constants)
        }
    }
}

/// Reads an expression's `ValueShape` from syntax (package-level initializers).
struct ShapeReader {
    let syntax: TypeSyntax
    /// Recursion depth left: an initializer nested deeper than this (generated or adversarial) is unknown.
    var depth = 64

    func shape(of node: Node) -> ValueShape? {
        guard depth > 0 else { return nil }
        let inner = ShapeReader(syntax: syntax, depth: depth - 1)
        return inner.read(node)
    }

    private func read(_ node: Node) -> ValueShape? {
        switch node.kind {
        case Kind.parenthesizedExpression:
            return node.codeChildren.first.flatMap(shape(of:))
        case Kind.identifier:
            return ValueShape(base: .name(node.text), steps: [])
        case Kind.selectorExpression:
            guard let operand = node.child(Field.operand), let field = node.child(Field.field) else { return nil }
            if operand.is(Kind.identifier), let path = syntax.imports.path(forName: operand.text) {
                return ValueShape(base: .qualified(path: path, name: field.text), steps: [])
            }
            guard var base = shape(of: operand) else { return nil }
            base.steps.append(.member(field.text))
            return base
        case Kind.compositeLiteral:
            guard let type = node.child(Field.type) else { return nil }
            return ValueShape(base: .typed(syntax.type(of: type)), steps: [])
        case Kind.unaryExpression:
            guard let operand = node.child(Field.operand), var inner = shape(of: operand),
                  let op = node.child(Field.operator) else { return nil }
            if op.textEquals("&") { inner.steps.append(.address); return inner }
            if op.textEquals("*") { inner.steps.append(.dereference); return inner }
            if op.textEquals("<-") { inner.steps.append(.element); return inner }
            return nil
        case Kind.callExpression:
            guard let function = node.child(Field.function) else { return nil }
            if function.is(Kind.identifier), let argument = node.child(Field.arguments)?.codeChildren.first {
                if function.textEquals("new") { return ValueShape(base: .typed(.pointer(syntax.type(of: argument))), steps: []) }
                if function.textEquals("make") { return ValueShape(base: .typed(syntax.type(of: argument)), steps: []) }
            }
            guard var callee = shape(of: function) else { return nil }
            callee.steps.append(.call(0))
            return callee
        case Kind.typeConversionExpression:
            guard let type = node.child(Field.type) else { return nil }
            return ValueShape(base: .typed(syntax.type(of: type)), steps: [])
        case Kind.interpretedStringLiteral, Kind.rawStringLiteral:
            return ValueShape(base: .typed(.string), steps: [])
        case Kind.intLiteral: return ValueShape(base: .typed(.int), steps: [])
        case Kind.floatLiteral: return ValueShape(base: .typed(.basic("float64")), steps: [])
        case Kind.runeLiteral: return ValueShape(base: .typed(.basic("int32")), steps: [])
        case Kind.true, Kind.false: return ValueShape(base: .typed(.bool), steps: [])
        case Kind.funcLiteral:
            return ValueShape(base: .typed(.function(syntax.signature(parameters: node.child(Field.parameters), result: node.child(Field.result)))), steps: [])
        case Kind.indexExpression:
            guard let operand = node.child(Field.operand), var inner = shape(of: operand) else { return nil }
            inner.steps.append(.element)
            return inner
        default:
            return nil
        }
    }
}
