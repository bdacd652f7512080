/// What a name or expression denotes before it is used: a value of a type, a type (a conversion's callee,
/// a composite literal's type), an imported package, or a builtin function.
public enum Denotation: Hashable, Sendable {
    case value(GoType)
    case type(GoType)
    case package(String)
    case builtin(String)
    case unknown

    public var valueType: GoType { if case .value(let type) = self { return type } else { return .unknown } }
}

/// The questions types answer, asked from one package: declarations of named types (this package, its
/// module's packages, `vendor/`, the standard library's stubs), underlying types, fields and methods with
/// embedded promotion, interface method sets, and the types of package-level values. One per package and
/// worker; the facts it reads come from the shared `FactsIndex`.
public final class TypeEnvironment {
    public let current: PackageFacts
    let index: FactsIndex?
    let directory: String
    private var loaded: [String: PackageFacts?] = [:]
    private var origins: [String: FactsIndex.Origin] = [:]
    /// Import paths of the module or vendor/ whose facts were read: what a cached result depends on.
    public private(set) var consultedModulePackages: Set<String> = []

    public init(current: PackageFacts, index: FactsIndex?, directory: String) {
        self.current = current
        self.index = index
        self.directory = directory
    }

    /// The facts of the package with this import path, if any source on the machine declares it.
    public func facts(_ path: String) -> PackageFacts? {
        if path == current.path { return current }
        if let known = loaded[path] { return known }
        let found = index?.facts(importPath: path, from: directory)
        if let found, found.origin == .module { consultedModulePackages.insert(path) }
        if let found { origins[path] = found.origin }
        loaded[path] = found?.facts
        return found?.facts
    }

    /// Where the package with this import path was read from (nil: this package, or nowhere).
    public func origin(of path: String) -> FactsIndex.Origin? {
        _ = facts(path)
        return origins[path]
    }

    public func declaration(_ name: TypeName) -> PackageFacts.TypeDeclaration? {
        if name.path.isEmpty { return nil }
        return facts(name.path)?.types[name.name]
    }

    /// An alias replaced by the type it names (`type Reader = bytes.Reader` → bytes.Reader).
    public func canonical(_ type: GoType) -> GoType {
        var current = type
        for _ in 0..<8 {
            switch current {
            case .named(let name, _):
                guard let declaration = declaration(name), declaration.isAlias else { return current }
                current = declaration.underlying
            case .pointer(let base):
                return .pointer(canonical(base))
            default:
                return current
            }
        }
        return current
    }

    /// The underlying type: named types and aliases followed to their declaration (`error` is its
    /// interface); type arguments substituted.
    public func underlying(_ type: GoType) -> GoType {
        var current = type
        for _ in 0..<12 {
            guard case .named(let name, let arguments) = current else { return current }
            if name == TypeName(path: "", name: "error") { return .interface(Universe.errorInterface) }
            guard let declaration = declaration(name) else { return .unknown }
            current = Self.substitute(declaration.underlying, declaration.typeParameters, arguments)
        }
        return .unknown
    }

    /// Replaces type parameters by their arguments (`List[int]`'s fields).
    static func substitute(_ type: GoType, _ parameters: [String], _ arguments: [GoType]) -> GoType {
        guard !parameters.isEmpty, !arguments.isEmpty else { return type }
        func walk(_ type: GoType) -> GoType {
            switch type {
            case .typeParameter(let name):
                if let index = parameters.firstIndex(of: name), index < arguments.count { return arguments[index] }
                return type
            case .pointer(let base): return .pointer(walk(base))
            case .slice(let element): return .slice(walk(element))
            case .array(let element): return .array(walk(element))
            case .map(let key, let value): return .map(walk(key), walk(value))
            case .channel(let element, let direction): return .channel(walk(element), direction)
            case .named(let name, let inner): return .named(name, inner.map(walk))
            case .tuple(let elements): return .tuple(elements.map(walk))
            case .function(let signature): return .function(substitute(signature, walk))
            case .structure(let fields): return .structure(fields.map { StructField(name: $0.name, type: walk($0.type), embedded: $0.embedded) })
            default: return type
            }
        }
        return walk(type)
    }

    static func substitute(_ signature: FunctionSignature, _ walk: (GoType) -> GoType) -> FunctionSignature {
        FunctionSignature(parameters: signature.parameters.map { .init(name: $0.name, type: walk($0.type)) },
                          results: signature.results.map { .init(name: $0.name, type: walk($0.type)) },
                          variadic: signature.variadic)
    }

    /// The methods of an interface type (embedded interfaces flattened); nil when it is not an interface.
    public func interfaceMethods(_ type: GoType) -> [String: FunctionSignature]? {
        guard case .interface(let interface) = underlying(type) else { return nil }
        var methods = interface.methods
        var pending = interface.embedded
        var seen = Set<GoType>()
        while let next = pending.popLast(), seen.count < 32 {
            guard seen.insert(next).inserted, case .interface(let inner) = underlying(next) else { continue }
            methods.merge(inner.methods) { first, _ in first }
            pending += inner.embedded
        }
        return methods
    }

    /// A field or method selected from a value of `type` (`x.Name`), through pointers and embedded fields
    /// (shallowest first, as Go selects): the field's type, or the method as a function value.
    public func member(of type: GoType, _ name: String) -> GoType? {
        var level: [GoType] = [canonical(type)]
        var seen = Set<GoType>()
        for _ in 0..<6 where !level.isEmpty {
            var next: [GoType] = []
            for candidate in level where seen.insert(candidate).inserted {
                if case .named(let typeName, let arguments) = candidate.pointee, let declaration = declaration(typeName),
                   let method = declaration.methods[name] {
                    return .function(Self.substitute(method.signature, { Self.substitute($0, declaration.typeParameters, arguments) }))
                }
                let base = underlying(candidate.pointee)
                switch base {
                case .structure(let fields):
                    if let field = fields.first(where: { $0.name == name }) { return field.type }
                        next += fields.filter(\.embedded).map { canonical($0.type) }
                case .interface:
                    if let method = interfaceMethods(base)?[name] { return .function(method) }
                default:
                    break
                }
            }
            level = next
        }
        return nil
    }

    /// Who declares the method `name` that a value of `type` has: a named type (found through embedding
    /// too), or an interface (any implementation may answer the call).
    public enum MethodOwner: Equatable { case named(TypeName), interface }

    public func methodOwner(of type: GoType, _ name: String) -> MethodOwner? {
        var level: [GoType] = [canonical(type)]
        var seen = Set<GoType>()
        for _ in 0..<6 where !level.isEmpty {
            var next: [GoType] = []
            for candidate in level where seen.insert(candidate).inserted {
                if case .named(let typeName, _) = candidate.pointee, let declaration = declaration(typeName),
                   declaration.methods[name] != nil {
                    return .named(typeName)
                }
                let base = underlying(candidate.pointee)
                switch base {
                case .structure(let fields):
                    if fields.contains(where: { $0.name == name }) { return nil }
                    next += fields.filter(\.embedded).map { canonical($0.type) }
                case .interface:
                    if interfaceMethods(base)?[name] != nil { return .interface }
                default:
                    break
                }
            }
            level = next
        }
        return nil
    }

    /// The signature of method `name` of `type`, if it has one.
    public func method(of type: GoType, _ name: String) -> FunctionSignature? {
        if case .function(let signature)? = member(of: type, name) { return signature }
        return nil
    }

    /// Whether `type`'s method set has a method `name` whose signature satisfies `matches` (an interface
    /// or a named type: `Do(*http.Request) (*http.Response, error)` makes a value a client).
    public func hasMethod(_ type: GoType, _ name: String, _ matches: (FunctionSignature) -> Bool = { _ in true }) -> Bool {
        method(of: type, name).map(matches) ?? false
    }

    // MARK: Package-level names and shapes

    /// What a package-level name of `facts` denotes (variables' types inferred on demand).
    public func denotation(ofName name: String, in facts: PackageFacts) -> Denotation {
        if let function = facts.functions[name] { return .value(.function(function.signature)) }
        if facts.variables[name] != nil { return .value(facts.variableType(name, environment: self)) }
        if let constant = facts.constants[name] { return .value(constant ?? .unknown) }
        if let declaration = facts.types[name] {
            return .type(declaration.isAlias ? declaration.underlying : .named(TypeName(path: facts.path, name: name), []))
        }
        return .unknown
    }

    /// What a name of the universe denotes (`nil`, `true`, `len`, `int`).
    public static func universe(_ name: String) -> Denotation {
        if Universe.builtinFunctions.contains(name) { return .builtin(name) }
        if let type = Universe.type(named: name) { return .type(type) }
        switch name {
        case "nil": return .value(.untypedNil)
        case "true", "false": return .value(.bool)
        case "iota": return .value(.int)
        default: return .unknown
        }
    }

    /// `pkg.Name`.
    public func denotation(ofQualified name: String, path: String) -> Denotation {
        guard let facts = facts(path) else { return .unknown }
        return denotation(ofName: name, in: facts)
    }

    /// Selecting `name` from what `base` denotes.
    public func select(_ name: String, from base: Denotation) -> Denotation {
        switch base {
        case .package(let path): return denotation(ofQualified: name, path: path)
        case .value(let type): return member(of: type, name).map(Denotation.value) ?? .unknown
        case .type(let type):
            // A method expression (`T.Method`): a function taking the receiver first.
            guard let signature = method(of: type, name) else { return .unknown }
            return .value(.function(FunctionSignature(parameters: [.init(name: nil, type: type)] + signature.parameters,
                                                      results: signature.results, variadic: signature.variadic)))
        default: return .unknown
        }
    }

    /// Calling what `callee` denotes: a function's results, a conversion's type.
    public func call(_ callee: Denotation) -> GoType {
        switch callee {
        case .value(let type):
            if case .function(let signature) = underlying(type) { return signature.resultType }
            return .unknown
        case .type(let type):
            return type
        default:
            return .unknown
        }
    }

    /// Type of a package-level initializer of `facts`.
    func type(of shape: ValueShape, in facts: PackageFacts) -> GoType {
        var denotation: Denotation
        switch shape.base {
        case .name(let name):
            denotation = self.denotation(ofName: name, in: facts)
            if case .unknown = denotation { denotation = Self.universe(name) }
        case .qualified(let path, let name):
            denotation = self.facts(path).map { self.denotation(ofName: name, in: $0) } ?? .unknown
        case .typed(let type):
            denotation = .value(type)
        }
        for step in shape.steps {
            switch step {
            case .member(let name): denotation = select(name, from: denotation)
            case .call(let index): denotation = .value(call(denotation).result(index))
            case .address: denotation = .value(denotation.valueType.isUnknown ? .unknown : .pointer(denotation.valueType))
            case .dereference: denotation = .value(elementOrPointee(denotation.valueType, dereference: true))
            case .element: denotation = .value(elementOrPointee(denotation.valueType, dereference: false))
            }
        }
        return denotation.valueType
    }

    /// `*p` (dereference) or `x[i]` / `<-ch` (element).
    public func elementOrPointee(_ type: GoType, dereference: Bool) -> GoType {
        if dereference { if case .pointer(let base) = type { return base } else { return .unknown } }
        switch underlying(type.pointee) {
        case .slice(let element), .array(let element), .channel(let element, _): return element
        case .map(_, let value): return value
        case .basic("string"): return .basic("uint8")
        default: return .unknown
        }
    }
}
