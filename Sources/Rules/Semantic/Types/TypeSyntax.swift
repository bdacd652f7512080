/// Reads a type as the source writes it (`*http.Client`, `map[string][]T`, `func(int) error`) into a
/// `GoType`, resolving names the way Go does: a type parameter in scope, a type declared in the function
/// (`localTypes`), a predeclared type, a package of the file's imports, else a type of this package.
public struct TypeSyntax {
    public let packagePath: String
    public let imports: ImportTable
    /// Type parameters of the enclosing generic declaration(s).
    public var typeParameters: Set<String> = []
    /// Types declared inside the function being read (`type row struct{…}` in a body).
    public var localTypes: [String: GoType] = [:]
    /// Nesting read so far: a type nested deeper than `maximumDepth` is unknown (no unbounded recursion).
    private var depth = 0
    static let maximumDepth = 64

    public init(packagePath: String, imports: ImportTable, typeParameters: Set<String> = []) {
        self.packagePath = packagePath
        self.imports = imports
        self.typeParameters = typeParameters
    }

    /// The type a type node denotes; unknown for what no declaration can say (constraints' type sets).
    public func type(of node: Node) -> GoType {
        guard depth < Self.maximumDepth else { return .unknown }
        var nested = self
        nested.depth += 1
        return nested.read(node)
    }

    private func read(_ node: Node) -> GoType {
        switch node.kind {
        case Kind.typeIdentifier, Kind.identifier:
            return named(node.text)
        case Kind.qualifiedType:
            guard let package = node.child(Field.package), let name = node.child(Field.name) else { return .unknown }
            return qualified(package.text, name.text)
        case Kind.selectorExpression:
            // A type written in expression position (`pkg.T` as a conversion's callee or `new`'s argument).
            guard let operand = node.child(Field.operand), operand.is(Kind.identifier),
                  let field = node.child(Field.field) else { return .unknown }
            return qualified(operand.text, field.text)
        case Kind.pointerType:
            return node.namedChild(0).map { .pointer(type(of: $0)) } ?? .unknown
        case Kind.unaryExpression:
            // `*T` in expression position (`new(*T)`, `(*T)(x)`).
            guard node.child(Field.operator)?.textEquals("*") == true, let operand = node.child(Field.operand) else { return .unknown }
            return .pointer(type(of: operand))
        case Kind.sliceType:
            return node.child(Field.element).map { .slice(type(of: $0)) } ?? .unknown
        case Kind.arrayType, Kind.implicitLengthArrayType:
            return node.child(Field.element).map { .array(type(of: $0)) } ?? .unknown
        case Kind.mapType:
            guard let key = node.child(Field.key), let value = node.child(Field.value) else { return .unknown }
            return .map(type(of: key), type(of: value))
        case Kind.channelType:
            guard let value = node.child(Field.value) else { return .unknown }
            let head = node.bytes.prefix(6)
            let direction: ChannelDirection = head.starts(with: Array("<-".utf8)) ? .receive
                : (node.tree.source[node.startByte..<value.startByte].contains(UInt8(ascii: "<")) ? .send : .both)
            return .channel(type(of: value), direction)
        case Kind.functionType:
            return .function(signature(parameters: node.child(Field.parameters), result: node.child(Field.result)))
        case Kind.structType:
            return .structure(structFields(node))
        case Kind.interfaceType:
            return .interface(interfaceType(node))
        case Kind.genericType:
            guard let base = node.child(Field.type) else { return .unknown }
            let arguments = node.child(Field.typeArguments).map(typeArguments) ?? []
            if case .named(let name, _) = type(of: base) { return .named(name, arguments) }
            return .unknown
        case Kind.parenthesizedType, Kind.parenthesizedExpression, Kind.typeElem, Kind.typeConstraint:
            // A lone type inside parentheses or a constraint element; a union (`~int | string`) says no one type.
            let children = node.codeChildren
            return children.count == 1 ? type(of: children[0]) : .unknown
        default:
            return .unknown
        }
    }

    func typeArguments(_ node: Node) -> [GoType] { node.codeChildren.map { type(of: $0) } }

    /// An unqualified type name.
    public func named(_ name: String) -> GoType {
        if typeParameters.contains(name) { return .typeParameter(name) }
        if let local = localTypes[name] { return local }
        if let predeclared = Universe.type(named: name) { return predeclared }
        return .named(TypeName(path: packagePath, name: name), [])
    }

    /// `pkg.Name` with `pkg` an import of the file (unknown otherwise: a variable's field is not a type).
    public func qualified(_ package: String, _ name: String) -> GoType {
        guard let path = imports.path(forName: package) else { return .unknown }
        if path == "unsafe", name == "Pointer" { return .basic("unsafe.Pointer") }
        return .named(TypeName(path: path, name: name), [])
    }

    /// A function's (or function type's, or method element's) parameters and results.
    public func signature(parameters: Node?, result: Node?) -> FunctionSignature {
        let (parameterList, variadic) = parameters.map(self.parameters) ?? ([], false)
        var results: [FunctionSignature.Parameter] = []
        if let result {
            if result.is(Kind.parameterList) {
                results = self.parameters(result).list
            } else {
                results = [FunctionSignature.Parameter(name: nil, type: type(of: result))]
            }
        }
        return FunctionSignature(parameters: parameterList, results: results, variadic: variadic)
    }

    /// One entry per name (`a, b int` → two), one for an unnamed parameter.
    func parameters(_ list: Node) -> (list: [FunctionSignature.Parameter], variadic: Bool) {
        var result: [FunctionSignature.Parameter] = []
        var variadic = false
        list.forEachNamedChild { declaration in
            let isVariadic = declaration.is(Kind.variadicParameterDeclaration)
            guard declaration.is(Kind.parameterDeclaration) || isVariadic else { return }
            var parameterType = declaration.child(Field.type).map(type(of:)) ?? .unknown
            if isVariadic { parameterType = .slice(parameterType); variadic = true }
            var named = false
            declaration.forEachNamedChild { name in
                guard name.is(Kind.identifier) else { return }
                named = true
                result.append(FunctionSignature.Parameter(name: name.text, type: parameterType))
            }
            if !named { result.append(FunctionSignature.Parameter(name: nil, type: parameterType)) }
        }
        return (result, variadic)
    }

    func structFields(_ node: Node) -> [StructField] {
        var fields: [StructField] = []
        node.forEachNamedChild { list in
            guard list.is(Kind.fieldDeclarationList) else { return }
            list.forEachNamedChild { declaration in
                guard declaration.is(Kind.fieldDeclaration), let typeNode = declaration.child(Field.type) else { return }
                let fieldType = type(of: typeNode)
                var named = false
                declaration.forEachNamedChild { name in
                    guard name.is(Kind.fieldIdentifier) else { return }
                    named = true
                    fields.append(StructField(name: name.text, type: fieldType, embedded: false))
                }
                if !named {
                    // Embedded: the field's name is the type's name (`*pkg.T` → T).
                    let name = Self.embeddedName(fieldType) ?? typeNode.text
                    let pointer = declaration.bytes.contains(UInt8(ascii: "*"))
                    let embeddedType = pointer && !fieldType.isPointerType ? GoType.pointer(fieldType) : fieldType
                    fields.append(StructField(name: name, type: embeddedType, embedded: true))
                }
            }
        }
        return fields
    }

    static func embeddedName(_ type: GoType) -> String? {
        switch type {
        case .named(let name, _): return name.name
        case .pointer(let base): return embeddedName(base)
        default: return nil
        }
    }

    func interfaceType(_ node: Node) -> InterfaceType {
        var methods: [String: FunctionSignature] = [:]
        var embedded: [GoType] = []
        var hasTypeSet = false
        node.forEachNamedChild { element in
            if element.is(Kind.methodElem), let name = element.child(Field.name) {
                methods[name.text] = signature(parameters: element.child(Field.parameters), result: element.child(Field.result))
            } else if element.is(Kind.typeElem) {
                let parts = element.codeChildren
                if parts.count == 1, !parts[0].is(Kind.negatedType), case let embeddedType = type(of: parts[0]),
                   !embeddedType.isUnknown {
                    if case .named = embeddedType { embedded.append(embeddedType) } else { hasTypeSet = true }
                } else {
                    hasTypeSet = true
                }
            }
        }
        return InterfaceType(methods: methods, embedded: embedded, hasTypeSet: hasTypeSet)
    }

    /// Whether a node is a type as written (the head of a `case T1, T2:` of a type switch; `nil` counts there).
    public static func isTypeNode(_ node: Node) -> Bool {
        switch node.kind {
        case Kind.typeIdentifier, Kind.qualifiedType, Kind.pointerType, Kind.sliceType, Kind.arrayType, Kind.mapType,
             Kind.channelType, Kind.functionType, Kind.interfaceType, Kind.structType, Kind.genericType, Kind.parenthesizedType:
            return true
        default:
            return node.is(Kind.nilLiteral) || (node.is(Kind.identifier) && node.textEquals("nil"))
        }
    }

    /// Names of a declaration's type parameters (`[K comparable, V any]`).
    public static func typeParameterNames(_ list: Node?) -> [String] {
        guard let list else { return [] }
        var names: [String] = []
        list.forEachNamedChild { declaration in
            guard declaration.is(Kind.typeParameterDeclaration) else { return }
            declaration.forEachNamedChild { if $0.is(Kind.identifier) { names.append($0.text) } }
        }
        return names
    }
}

extension GoType {
    var isPointerType: Bool { if case .pointer = self { return true } else { return false } }
}

/// Go's predeclared types and the universe's `error` interface.
public enum Universe {
    static let basics: Set<String> = [
        "bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
        "uintptr", "float32", "float64", "complex64", "complex128",
    ]

    public static func type(named name: String) -> GoType? {
        switch name {
        case "byte": return .basic("uint8")
        case "rune": return .basic("int32")
        case "error": return .error
        case "any": return .interface(.empty)
        case "comparable": return .interface(InterfaceType(methods: [:], embedded: [], hasTypeSet: true))
        default: return basics.contains(name) ? .basic(name) : nil
        }
    }

    /// `error`'s one method.
    static let errorInterface = InterfaceType(methods: ["Error": FunctionSignature(parameters: [], results: [.init(name: nil, type: .string)], variadic: false)], embedded: [])

    public static let builtinFunctions: Set<String> = [
        "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new",
        "panic", "print", "println", "real", "recover",
    ]
}
