/// The lite type model of the semantic core (SEMANTICS.md layer 3): what the source states about a
/// value's type, and `unknown` where it does not say. Named types are references (`TypeName`), never
/// expanded inline, so recursive types cost nothing; their declarations live in `PackageFacts` and are
/// reached through a `TypeEnvironment`.
public indirect enum GoType: Hashable, Sendable, CustomStringConvertible {
    /// Not stated by the source, or beyond what the resolver reads. Every question answered about an
    /// unknown type is "unknown": rules decide deliberately what they do with it.
    case unknown
    /// `bool`, `string`, `int`, `float64`, `uintptr`, …; also `untyped nil`. `byte`/`rune` are `uint8`/`int32`.
    case basic(String)
    /// A declared type, with type arguments when instantiated (`List[int]`). `error` is `("", "error")`.
    case named(TypeName, [GoType])
    /// A type parameter of a generic declaration: its operations are those of its constraint, unknown here.
    case typeParameter(String)
    case pointer(GoType)
    case slice(GoType)
    case array(GoType)
    case map(GoType, GoType)
    case channel(GoType, ChannelDirection)
    case function(FunctionSignature)
    case structure([StructField])
    case interface(InterfaceType)
    /// The results of a call with more than one (`v, err := f()`).
    case tuple([GoType])

    public static let bool = GoType.basic("bool")
    public static let string = GoType.basic("string")
    public static let int = GoType.basic("int")
    public static let untypedNil = GoType.basic("untyped nil")
    public static let error = GoType.named(TypeName(path: "", name: "error"), [])

    public var isUnknown: Bool { if case .unknown = self { return true } else { return false } }

    /// `*T` → `T`; anything else is itself.
    public var pointee: GoType { if case .pointer(let base) = self { return base } else { return self } }

    /// The named type, looking through one pointer (`*http.Client` → net/http.Client).
    public var namedThroughPointer: TypeName? {
        switch self {
        case .named(let name, _): return name
        case .pointer(.named(let name, _)): return name
        default: return nil
        }
    }

    /// Whether this is `*path.name` or `path.name`.
    public func isNamed(_ path: String, _ name: String) -> Bool {
        guard let named = namedThroughPointer else { return false }
        return named.path == path && named.name == name
    }

    /// Whether this is exactly `*path.name`.
    public func isPointer(to path: String, _ name: String) -> Bool {
        if case .pointer(.named(let named, _)) = self { return named.path == path && named.name == name }
        return false
    }

    /// The element of a tuple (`index` 0 of a single type is itself); unknown past the end.
    public func result(_ index: Int) -> GoType {
        if case .tuple(let elements) = self { return index < elements.count ? elements[index] : .unknown }
        return index == 0 ? self : .unknown
    }

    public var description: String {
        switch self {
        case .unknown: return "unknown"
        case .basic(let name): return name
        case .named(let name, let arguments):
            return arguments.isEmpty ? name.description : "\(name)[\(arguments.map(\.description).joined(separator: ", "))]"
        case .typeParameter(let name): return name
        case .pointer(let base): return "*\(base)"
        case .slice(let element): return "[]\(element)"
        case .array(let element): return "[N]\(element)"
        case .map(let key, let value): return "map[\(key)]\(value)"
        case .channel(let element, let direction):
            switch direction {
            case .both: return "chan \(element)"
            case .send: return "chan<- \(element)"
            case .receive: return "<-chan \(element)"
            }
        case .function(let signature): return "func" + signature.description
        case .structure(let fields):
            return "struct{" + fields.map { $0.embedded ? $0.type.description : "\($0.name) \($0.type)" }.joined(separator: "; ") + "}"
        case .interface(let interface): return interface.description
        case .tuple(let elements): return "(" + elements.map(\.description).joined(separator: ", ") + ")"
        }
    }
}

/// A declared type: its package's import path ("" for the universe: `error`) and its name.
public struct TypeName: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let name: String
    public init(path: String, name: String) { self.path = path; self.name = name }
    public var description: String { path.isEmpty ? name : "\(path).\(name)" }
}

public enum ChannelDirection: Hashable, Sendable { case both, send, receive }

public struct FunctionSignature: Hashable, Sendable, CustomStringConvertible {
    public struct Parameter: Hashable, Sendable {
        public let name: String?
        public let type: GoType
        public init(name: String?, type: GoType) { self.name = name; self.type = type }
    }
    public let parameters: [Parameter]
    public let results: [Parameter]
    /// The last parameter is `...T` (its type is recorded as `[]T`).
    public let variadic: Bool

    public init(parameters: [Parameter], results: [Parameter], variadic: Bool) {
        self.parameters = parameters; self.results = results; self.variadic = variadic
    }

    /// The type of a call's value: the one result, a tuple of several, or an empty tuple.
    public var resultType: GoType { results.count == 1 ? results[0].type : .tuple(results.map(\.type)) }

    /// The declared type of argument `index` of a call (a variadic tail repeats its element type).
    public func parameterType(at index: Int) -> GoType {
        if variadic, index >= parameters.count - 1, case .slice(let element)? = parameters.last?.type { return element }
        return index < parameters.count ? parameters[index].type : .unknown
    }

    public var description: String {
        let parameterText = parameters.enumerated().map { index, parameter in
            variadic && index == parameters.count - 1 ? "...\(parameter.type.sliceElement)" : parameter.type.description
        }.joined(separator: ", ")
        let resultText = results.count == 1 ? " \(results[0].type)" : results.isEmpty ? "" : " (\(results.map(\.type.description).joined(separator: ", ")))"
        return "(\(parameterText))\(resultText)"
    }
}

extension GoType {
    var sliceElement: GoType { if case .slice(let element) = self { return element } else { return .unknown } }
}

public struct StructField: Hashable, Sendable {
    public let name: String
    public let type: GoType
    /// An embedded field (`*http.Client`, `sync.Mutex`): its fields and methods are promoted.
    public let embedded: Bool
    public init(name: String, type: GoType, embedded: Bool) { self.name = name; self.type = type; self.embedded = embedded }
}

public struct InterfaceType: Hashable, Sendable, CustomStringConvertible {
    public let methods: [String: FunctionSignature]
    /// Embedded interfaces (`io.Reader` in `io.ReadCloser`), flattened when a method set is asked for.
    public let embedded: [GoType]
    /// A constraint with a type set (`~int | string`): not a method set a value can have.
    public let hasTypeSet: Bool
    public init(methods: [String: FunctionSignature], embedded: [GoType], hasTypeSet: Bool = false) {
        self.methods = methods; self.embedded = embedded; self.hasTypeSet = hasTypeSet
    }
    public static let empty = InterfaceType(methods: [:], embedded: [])
    public var description: String {
        let parts = methods.keys.sorted().map { "\($0)\(methods[$0]!)" } + embedded.map(\.description)
        return "interface{" + parts.joined(separator: "; ") + "}"
    }
}
