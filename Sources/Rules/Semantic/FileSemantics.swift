/// The semantic core as one file's rules see it: names resolved by a binder per top-level declaration,
/// expression types, and the package's type environment. Built lazily on the first question and shared by
/// every rule walking the file (`WalkContext.semantics`); nothing is computed that no rule asks.
public final class FileSemantics {
    public let file: GoFile
    public let environment: TypeEnvironment
    public private(set) lazy var types: ExpressionTypes = ExpressionTypes(environment: environment, file: file) { [unowned self] node in
        self.binder(containing: node)
    }
    private let packageNames: Set<UInt64>
    private let importNames: [UInt64: String]
    /// Top-level declarations by start byte, for "which declaration holds this node".
    private lazy var declarations: [Node] = file.root.codeChildren
    private var binders: [Int: FunctionBinder] = [:]
    var graphs: [Int: ControlFlowGraph] = [:]
    var noReturnFunctions: [String: Bool] = [:]

    /// `ByteHash`es of the names of this file's top-level functions (not methods).
    lazy var topLevelFunctionNames: Set<UInt64> = Set(declarations.compactMap { declaration in
        declaration.is(Kind.functionDeclaration) ? declaration.child(Field.name)?.textHash : nil
    })

    /// The top-level function of this file named `name` (not a method).
    func topLevelFunction(named name: String) -> Node? {
        declarations.first { $0.is(Kind.functionDeclaration) && $0.child(Field.name)?.textEquals(name) == true }
    }

    init(file: GoFile, environment: TypeEnvironment) {
        self.file = file
        self.environment = environment
        packageNames = environment.current.nameHashes
        importNames = Dictionary(file.imports.pathByName.map { (ByteHash.of($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The binder of the top-level declaration (function, method, or package-level `var` with func literals)
    /// that contains `node`.
    public func binder(containing node: Node) -> FunctionBinder? {
        let offset = node.startByte
        var low = 0, high = declarations.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let declaration = declarations[middle]
            if offset < declaration.startByte { high = middle - 1 } else if offset >= declaration.endByte { low = middle + 1 } else {
                if let known = binders[declaration.startByte] { return known }
                guard declaration.is(Kind.functionDeclaration) || declaration.is(Kind.methodDeclaration)
                        || declaration.is(Kind.varDeclaration) else { return nil }
                let binder = FunctionBinder(function: declaration, file: file, packageNames: packageNames, importNames: importNames)
                binders[declaration.startByte] = binder
                return binder
            }
        }
        return nil
    }

    /// What an identifier refers to.
    public func resolve(_ identifier: Node) -> Resolution { binder(containing: identifier)?.resolve(identifier) ?? .unresolved }

    /// The local symbol an identifier declares or uses.
    public func symbol(_ identifier: Node) -> Symbol? { binder(containing: identifier)?.symbol(identifier) }

    /// The type of an expression (unknown where the source does not say).
    public func type(of expression: Node) -> GoType { types.type(of: expression) }
}

/// The semantic core of one package: its facts and type environment, built on the first question.
public final class PackageSemantics {
    public let facts: PackageFacts
    public let environment: TypeEnvironment

    init(facts: PackageFacts, index: FactsIndex?, directory: String) {
        self.facts = facts
        environment = TypeEnvironment(current: facts, index: index, directory: directory)
    }

    /// The import path of the package in `directory`: its module's path plus the directory below the
    /// module root (`std`'s packages are their directory); the directory itself outside any module.
    static func importPath(directory: String, module: (root: String, path: String)?) -> String {
        // Inside the module root as a path, not as a string prefix (`/x/abc` is not inside `/x/ab`).
        guard let module, let suffix = ProjectPaths.relative(directory, to: module.root).map({ $0 == "." ? "" : $0 }) else {
            return directory
        }
        if module.path == "std" { return String(suffix) }
        return suffix.isEmpty ? module.path : module.path + "/" + suffix
    }
}
