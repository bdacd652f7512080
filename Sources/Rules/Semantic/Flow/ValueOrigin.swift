/// Where a value comes from (SEMANTICS.md layers 2–3 put to one question): data that enters the program at
/// run time (a request, a connection, a message, the clock, a random or generated ID), a bounded set the
/// program's code fixes (constants, enums, booleans, types, package-level state), or a parameter or result of a
/// function of this package, decided later from its call sites and its returns. GL401 asks it of map keys: a map
/// keyed by input grows for as long as input arrives.
///
/// Origins are computed per file while its tree is alive (`ValueOriginTracer`) and kept as small values, so a
/// package phase can follow parameters and results across files after the trees are gone
/// (`ValueOriginResolver`).
public indirect enum ValueOrigin: Hashable, Sendable {
    /// Fixed by the program: a literal, a constant, a value of a type with few values, package state.
    case bounded
    /// Data from outside the program, or a fresh value per call.
    case input(InputSource)
    /// Parameter `index` of a function of this package: its callers decide.
    case parameter(FunctionRef, Int)
    /// Result `index` of a call of a function of this package with arguments of these origins.
    case result(FunctionRef, Int, [ValueOrigin])
    /// Derived from every one of these (`a + b`, `fmt.Sprintf("%s/%d", a, b)`): input when any part is.
    case anyOf([ValueOrigin])
    /// Not known.
    case unknown
}

/// Where input enters: what it is (`request data`), the expression that reads it (`r.URL.Path`), and the
/// function that reads it (`(*Server).ServeHTTP`).
public struct InputSource: Hashable, Sendable {
    public let kind: String
    public let expression: String
    public let function: String
}

/// A function of this package: a plain function by name, a method by its receiver's base type and name.
public struct FunctionRef: Hashable, Sendable {
    /// The receiver's type name without `*` or type arguments (`Server`); nil for a plain function.
    public let receiver: String?
    public let name: String
    public init(receiver: String?, name: String) { self.receiver = receiver; self.name = name }
}

/// What a rule counts as input and as bounded: the vocabulary the tracer asks. Kept in the rule's folder
/// (GL401's is `MapKeyVocabulary`).
public protocol ValueOriginVocabulary {
    /// A value of this type is input (`*http.Request`, `net.Conn`): what kind, or nil.
    func inputKind(ofType type: GoType, environment: TypeEnvironment) -> String?
    /// A parameter of this type is input given its function's other parameters and receiver (`r *http.Request`
    /// beside an `http.ResponseWriter`: a request a server received, not one the program builds to send; the
    /// request of a gRPC server's method): what kind, or nil.
    func inputKind(ofParameter type: GoType, besides parameters: [GoType], receiver: GoType?,
                   environment: TypeEnvironment) -> String?
    /// A type whose values the program fixes (bool, an enum, `reflect.Type`).
    func isBounded(type: GoType, environment: TypeEnvironment) -> Bool
    /// A call of `path.name` (a function of an imported package, or a method of a type declared in `path`) that
    /// returns input (`time.Now`, `uuid.New`, `(*bufio.Scanner).Text`): what kind, or nil.
    func inputKind(ofCall name: String, in path: String, receiver: String?) -> String?
    /// A call whose result is made from its arguments only (`fmt.Sprintf`, `strings.ToLower`, `strconv.Itoa`).
    func derivesFromArguments(_ name: String, in path: String, receiver: String?) -> Bool
}
