/// A name declared inside a function (SEMANTICS.md layer 2): a variable, parameter, result, receiver,
/// constant or type, with what its type can be read from. Lives as long as the file's tree.
public final class Symbol {
    public enum Role: Sendable { case variable, parameter, result, receiver, constant, type }

    /// How the declaration gives the symbol its value, for type inference.
    public enum Source {
        /// A declared type (`var x T`, a parameter): `typeNode`.
        case declared
        /// Value `index` of the right side: one expression per name, or one multi-value call.
        case value(index: Int, count: Int)
        /// `k, v := range x`: the key (0) or the value (1).
        case range(position: Int)
        /// The binding of a type switch in one case: the case's types (one type → that type).
        case typeSwitch(cases: [Node])
        /// No way to know.
        case none
    }

    public let name: String
    public let role: Role
    /// The identifier that declares it.
    public let declaration: Node
    public let typeNode: Node?
    /// The right side (a single expression, or the expression list), the range expression, or the type
    /// switch's operand.
    public let valueNode: Node?
    public let source: Source
    /// The function declaration or func literal that declares it.
    public let function: Node
    /// Type parameters visible at the declaration (for reading `typeNode`).
    let typeParameters: Set<String>

    /// Memo of the inferred type (`inferring` guards a cycle such as `x := f(x)` through a closure).
    var inferredType: GoType?
    var inferring = false

    init(name: String, role: Role, declaration: Node, typeNode: Node?, valueNode: Node?, source: Source,
         function: Node, typeParameters: Set<String>) {
        self.name = name; self.role = role; self.declaration = declaration; self.typeNode = typeNode
        self.valueNode = valueNode; self.source = source; self.function = function; self.typeParameters = typeParameters
    }
}

/// What an identifier in a function refers to.
public enum Resolution {
    case local(Symbol)
    /// A package-level declaration of this package (by name).
    case package(String)
    /// An imported package's local name.
    case imported(path: String)
    /// A predeclared name (`nil`, `len`, `int`, `true`).
    case universe(String)
    /// Declared nowhere we can see (a dot import, a file not read, a typo).
    case unresolved
}
