/// The top-level declarations of one package (all its files), read before any rule walks a body, so
/// rules can ask "is `fetch` a function of this package, and what does it return?".
/// Built from signatures only: a scan of top-level nodes, not a walk of function bodies.
public final class PackageDeclarations {
    public struct Parameter: Sendable {
        public let name: String?
        public let typeText: String
    }

    public struct Function: Sendable {
        public let name: String
        /// The receiver's type text for methods (`*Client`), nil for functions.
        public let receiverType: String?
        /// Read only for functions returning a `*….Response` (the only ones any rule asks about; nil for
        /// the others): building every parameter's strings for every function cost more than a rule.
        public let parameters: [Parameter]?
        public let results: [Parameter]
        public let location: SourceRange
        /// What the body of a function returning a `*….Response` does (nil for other functions): read
        /// from its bytes, so rules can tell a wrapper around a client call from one that closes the
        /// body itself, builds a response in memory, or gets it from another package's API.
        public let responseBody: ResponseBody?
    }

    public struct ResponseBody: Sendable {
        /// `defer resp.Body.Close()` somewhere in the body, or `resp.Body.Close()` as a statement of the
        /// function's own block: the response it returns is already closed.
        public let closesWithDefer: Bool
        /// The response it returns comes from a net/http-shaped call (`Do`, `Get`, `Head`, `Post`,
        /// `PostForm`, `RoundTrip`, `ReadResponse`), directly or through the variable it was assigned to.
        public let callsClient: Bool
        /// The calls the returned response comes from: a wrapper around a same-package wrapper is a wrapper.
        public let calledNames: Set<String>
    }

    public struct Variable: Sendable {
        public let name: String
        public let typeText: String?
        /// The initializer's text, cut to 160 bytes: enough to recognise `make(map…`, `&http.Client{`.
        public let valueHead: String?
        public let location: SourceRange
        public let filePath: String
    }

    public private(set) var functions: [String: [Function]] = [:]
    /// `ByteHash`es of the names in `functions`: "is this identifier a package function?" without a String.
    public private(set) var functionNameHashes = Set<UInt64>()
    public private(set) var methods: [String: [Function]] = [:]
    /// `ByteHash`es of the names in `methods`: "may `x.name(…)` be a method of this package?" without a String.
    public private(set) var methodNameHashes = Set<UInt64>()
    public private(set) var variables: [String: Variable] = [:]
    /// Constant name → value text (`bufferSize` → `0`), for capacities and the like.
    public private(set) var constants: [String: String] = [:]
    /// Struct field name → type texts of every struct field with that name in the package.
    public private(set) var structFields: [String: [String]] = [:]
    /// Named integer or string types (`type Kind int`) with constants of that type: enums, whose values
    /// the program fixes.
    public var enumTypes: Set<String> { basicNamedTypes.intersection(constantTypes) }
    private var basicNamedTypes: Set<String> = []
    private var constantTypes: Set<String> = []
    /// Struct type name → field name → type text: `s.client` is an `*http.Client` only when the struct
    /// type of `s` declares it so.
    public private(set) var structTypes: [String: [String: String]] = [:]

    /// Reads `file` again after an edit that left its declarations the same but for their positions (inside a
    /// body: `DeclarationSkeleton.signature` unchanged): the positions of its functions, methods and variables are
    /// replaced, in the order they were read; nothing else can differ.
    func updatePositions(from file: GoFile) {
        let fresh = PackageDeclarations(files: [file])
        func replaced(_ known: [Function], _ moved: [Function]) -> [Function] {
            var moved = moved[...]
            return known.map { function in
                guard function.location.path == file.path, let next = moved.popFirst() else { return function }
                return next
            }
        }
        for (name, moved) in fresh.functions { functions[name] = replaced(functions[name] ?? [], moved) }
        for (name, moved) in fresh.methods { methods[name] = replaced(methods[name] ?? [], moved) }
        for (name, moved) in fresh.variables where variables[name]?.filePath == file.path { variables[name] = moved }
    }

    public init() {}

    public init(files: [GoFile]) {
        for file in files { add(file) }
    }



    /// Functions and methods named `name`.
    public func callables(named name: String) -> [Function] {
        (functions[name] ?? []) + (methods[name] ?? [])
    }

    func add(_ file: GoFile) {
        var previous: Node?
        for declaration in file.root.namedChildren {
            defer { previous = declaration }
            switch declaration.kind {
            case Kind.functionDeclaration, Kind.methodDeclaration:
                // `//bodyclose:handled` above a function (bodyclose's directive): its response is handled.
                let handled = previous.map { $0.is(Kind.comment) && $0.end.line + 1 == declaration.start.line
                    && ByteSearch.contains($0.bytes, "bodyclose:handled") } ?? false
                addFunction(declaration, file, handled: handled)
            case Kind.varDeclaration: addSpecs(of: declaration, kind: Kind.varSpec, file, constant: false)
            case Kind.constDeclaration: addSpecs(of: declaration, kind: Kind.constSpec, file, constant: true)
            case Kind.typeDeclaration: addTypes(declaration)
            default: break
            }
        }
    }

    private func addFunction(_ node: Node, _ file: GoFile, handled: Bool = false) {
        guard let nameNode = node.child(Field.name) else { return }
        let receiver = node.child(Field.receiver).flatMap { Self.parameters(of: $0).first?.typeText }
        let results = node.child(Field.result).map(Self.results(of:)) ?? []
        let returnsResponse = results.contains { $0.typeText.hasSuffix("Response") }
        let function = Function(
            name: nameNode.text,
            receiverType: receiver,
            parameters: returnsResponse ? node.child(Field.parameters).map(Self.parameters(of:)) ?? [] : nil,
            results: results,
            location: file.range(of: nameNode),
            responseBody: returnsResponse && !handled ? node.child(Field.body).map(Self.responseBody(of:)) : nil)
        if node.is(Kind.methodDeclaration) {
            methods[function.name, default: []].append(function)
            methodNameHashes.insert(ByteHash.of(function.name))
        } else {
            functions[function.name, default: []].append(function)
            functionNameHashes.insert(ByteHash.of(function.name))
        }
    }

    /// Parameters of a parameter list, one entry per name (`a, b int` → two), unnamed ones with nil.
    public static func parameters(of list: Node) -> [Parameter] {
        var result: [Parameter] = []
        for declaration in list.namedChildren
        where declaration.is(Kind.parameterDeclaration) || declaration.is(Kind.variadicParameterDeclaration) {
            let typeText = declaration.child(Field.type)?.text ?? ""
            let names = declaration.namedChildren.filter { $0.is(Kind.identifier) }
            if names.isEmpty {
                result.append(Parameter(name: nil, typeText: typeText))
            } else {
                result += names.map { Parameter(name: $0.text, typeText: typeText) }
            }
        }
        return result
    }

    /// A result: either a parameter list or a single type.
    static func results(of node: Node) -> [Parameter] {
        node.is(Kind.parameterList) ? parameters(of: node) : [Parameter(name: nil, typeText: node.text)]
    }

    private func addSpecs(of declaration: Node, kind: KindID, _ file: GoFile, constant: Bool) {
        var specs: [Node] = []
        for child in declaration.namedChildren {
            if child.is(kind) { specs.append(child) } else {
                specs += child.namedChildren.filter { $0.is(kind) }  // var ( … ) groups
            }
        }
        for spec in specs {
            let names = spec.namedChildren.filter { $0.is(Kind.identifier) && spec.child(Field.type) != $0 }
            let typeText = spec.child(Field.type)?.text
            let values = spec.child(Field.value).map { $0.is(Kind.expressionList) ? $0.namedChildren : [$0] } ?? []
            if constant, let typeText { constantTypes.insert(typeText) }
            for (index, name) in names.enumerated() {
                let value = index < values.count ? values[index] : nil
                if constant {
                    constants[name.text] = value.map { Self.head(of: $0) } ?? ""
                } else {
                    variables[name.text] = Variable(name: name.text, typeText: typeText,
                                                    valueHead: value.map { Self.head(of: $0) },
                                                    location: file.range(of: name), filePath: file.path)
                }
            }
        }
    }

    static let basicTypes: Set<String> = [
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "byte", "string",
    ]

    /// Byte-level reading of a response-returning body (see `ResponseBody`).
    static func responseBody(of body: Node) -> ResponseBody {
        let bytes = Array(body.bytes)
        var closesWithDefer = false
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if ByteSearch.contains(line, "defer"), ByteSearch.contains(line, ".Body.Close()") { closesWithDefer = true }
            lineStart = lineEnd + 1
        }
        // Which calls the returned response comes from: `return c.Do(req)`, or `resp, err := c.Do(req)` …
        // `return resp, nil` (also inside a retry closure: `pacer.Call(func() … { resp, err = … })`).
        var assignedFrom: [String: Set<String>] = [:]
        var returned: [Node] = []
        var bareReturn = false
        func callee(_ expression: Node) -> String? {
            guard expression.is(Kind.callExpression), let function = expression.child(Field.function) else { return nil }
            if function.is(Kind.identifier) { return function.text }
            if function.is(Kind.selectorExpression) { return function.child(Field.field)?.text }
            return nil
        }
        var literalDepth = 0
        TreeWalk.walk(body, enter: { node in
            switch node.kind {
            case Kind.funcLiteral:
                literalDepth += 1
            case Kind.shortVarDeclaration, Kind.assignmentStatement:
                if let right = node.child(Field.right)?.namedChildren.filter({ !$0.is(Kind.comment) }), right.count == 1,
                   let name = callee(right[0]), let left = node.child(Field.left) {
                    for target in left.namedChildren where target.is(Kind.identifier) {
                        assignedFrom[target.text, default: []].insert(name)
                    }
                }
            case Kind.returnStatement where literalDepth == 0:
                let values = node.namedChildren.flatMap { $0.is(Kind.expressionList) ? $0.namedChildren : [$0] }
                if values.isEmpty { bareReturn = true }
                returned += values
            default:
                break
            }
            return true
        }, leave: { node in
            if node.is(Kind.funcLiteral) { literalDepth -= 1 }
        })
        var called = Set<String>()
        for value in returned {
            if let name = callee(value) { called.insert(name) }
            if value.is(Kind.identifier) { called.formUnion(assignedFrom[value.text] ?? []) }
        }
        if bareReturn { for names in assignedFrom.values { called.formUnion(names) } }
        let callsClient = !called.isDisjoint(with: ["Do", "Get", "Head", "Post", "PostForm", "RoundTrip", "ReadResponse"])
        // `res.Body.Close()` as a statement of the function's own block (not in a branch): every path
        // that gets past it returns a closed response (net/http's getNoBody).
        for statement in body.namedChildren where statement.is(Kind.expressionStatement) {
            if statement.text.replacingOccurrences(of: " ", with: "").hasSuffix(".Body.Close()") { closesWithDefer = true }
        }
        return ResponseBody(closesWithDefer: closesWithDefer, callsClient: callsClient, calledNames: called)
    }

    private func addTypes(_ declaration: Node) {
        for spec in declaration.namedChildren where spec.is(Kind.typeSpec) {
            if let type = spec.child(Field.type), type.is(Kind.typeIdentifier), Self.basicTypes.contains(type.text),
               let name = spec.child(Field.name) {
                basicNamedTypes.insert(name.text)
            }
            guard let type = spec.child(Field.type), type.is(Kind.structType) else { continue }
            let typeName = spec.child(Field.name)?.text ?? ""
            for list in type.namedChildren where list.is(Kind.fieldDeclarationList) {
                for field in list.namedChildren where field.is(Kind.fieldDeclaration) {
                    let typeText = field.child(Field.type)?.text ?? ""
                    for name in field.namedChildren where name.is(Kind.fieldIdentifier) {
                        structFields[name.text, default: []].append(typeText)
                        structTypes[typeName, default: [:]][name.text] = typeText
                    }
                }
            }
        }
    }

    private static func head(of node: Node) -> String {
        let bytes = node.bytes
        return String(decoding: bytes.prefix(160), as: UTF8.self)
    }
}
