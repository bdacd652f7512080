import Foundation

/// Writes the standard library's API facts — exported types, functions, methods, variables and constants
/// with their types — as Go declarations without bodies ("stubs"), one per package, from a GOROOT's
/// source. `StdlibStubs` embeds the result and `FactsIndex` reads a stub back with the same
/// `PackageFacts.Builder` that reads real packages, so there is one reader of declarations.
/// Run by `make stdlib-stubs` (scripts/stdlib-stubs.sh); the output is checked in, generated, never edited.
public enum StubWriter {
    /// An index over GOROOT/src read as the `std` module: variables of one package initialised from another's
    /// functions (`var ErrNoRows = errors.New(…)`) get their types.
    public static func sourceIndex(goroot source: String) -> FactsIndex {
        FactsIndex(modules: { _ in (source, "std") }, environment: [:])
    }

    /// Every importable standard package under `source` (GOROOT/src): not `cmd`, `internal`, `vendor` or
    /// `testdata` trees.
    public static func packages(under source: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: source) else { return [] }
        var directories = Set<String>()
        while let relative = enumerator.nextObject() as? String {
            let parts = relative.split(separator: "/")
            if parts.contains(where: { $0 == "internal" || $0 == "vendor" || $0 == "testdata" || $0.hasPrefix(".") || $0.hasPrefix("_") })
                || parts.first == "cmd" || parts.first == "builtin" {
                enumerator.skipDescendants()
                continue
            }
            if relative.hasSuffix(".go"), !relative.hasSuffix("_test.go"), parts.count >= 2 {
                directories.insert(parts.dropLast().joined(separator: "/"))
            }
        }
        return directories.sorted()
    }

    /// The stub of one package, or nil when it has no exported API (or is a command).
    public static func stub(of importPath: String, directory: String, index: FactsIndex? = nil) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory), let parser = try? Parser() else { return nil }
        var builder = PackageFacts.Builder(path: importPath)
        builder.exportedOnly = true
        let expected = importPath.split(separator: "/").last.map(String.init) ?? importPath
        for name in names.sorted() where name.hasSuffix(".go") && !name.hasSuffix("_test.go") {
            guard let bytes = try? SourceReader.read(directory + "/" + name), let tree = parser.parse(bytes) else { continue }
            let file = GoFile(path: name, tree: tree, goVersion: nil)
            // Other packages in the directory (generators' `package main`, `documentation`) are not the API.
            guard file.packageName == expected || (builder.name.isEmpty ? file.packageName != "main" && file.packageName != "documentation"
                                                   : file.packageName == builder.name) else { continue }
            builder.add(file)
        }
        guard !builder.name.isEmpty, builder.name != "main" else { return nil }
        let facts = builder.build()
        // Variables' types are inferred from their initializers while the package's own facts are at hand.
        let environment = TypeEnvironment(current: facts, index: index, directory: directory)
        var printer = Printer(facts: facts, environment: environment)
        return printer.write()
    }

    /// Prints facts as Go declarations.
    struct Printer {
        let facts: PackageFacts
        let environment: TypeEnvironment
        private var aliases: [String: String] = [:]

        init(facts: PackageFacts, environment: TypeEnvironment) {
            self.facts = facts
            self.environment = environment
        }

        mutating func write() -> String {
            var body: [String] = []
            for name in facts.types.keys.sorted() {
                let declaration = facts.types[name]!
                let parameters = declaration.typeParameters.isEmpty ? "" : "[" + declaration.typeParameters.map { "\($0) any" }.joined(separator: ", ") + "]"
                body.append("type \(name)\(parameters)\(declaration.isAlias ? " =" : "") \(type(declaration.underlying))")
                for methodName in declaration.methods.keys.sorted() {
                    let method = declaration.methods[methodName]!
                    let receiverArguments = declaration.typeParameters.isEmpty ? "" : "[" + declaration.typeParameters.joined(separator: ", ") + "]"
                    body.append("func (\(method.pointerReceiver ? "*" : "")\(name)\(receiverArguments)) \(methodName)\(signature(method.signature))")
                }
            }
            for name in facts.functions.keys.sorted() {
                let function = facts.functions[name]!
                let parameters = function.typeParameters.isEmpty ? "" : "[" + function.typeParameters.map { "\($0) any" }.joined(separator: ", ") + "]"
                body.append("func \(name)\(parameters)\(signature(function.signature))")
            }
            for name in facts.variables.keys.sorted() {
                let variableType = facts.variableType(name, environment: environment)
                guard !variableType.isUnknown else { continue }
                body.append("var \(name) \(type(variableType))")
            }
            for name in facts.constants.keys.sorted() {
                if let constantType = facts.constants[name]!, !constantType.isUnknown {
                    body.append("const \(name) \(type(constantType)) = 0")
                } else {
                    body.append("const \(name) = 0")
                }
            }
            var header = "package \(facts.name)\n"
            for (path, alias) in aliases.sorted(by: { $0.value < $1.value }) { header += "import \(alias) \"\(path)\"\n" }
            return header + body.joined(separator: "\n") + "\n"
        }

        private mutating func alias(_ path: String) -> String {
            if let known = aliases[path] { return known }
            let alias = "p\(aliases.count)"
            aliases[path] = alias
            return alias
        }

        mutating func type(_ type: GoType) -> String {
            switch type {
            case .unknown: return "_"
            case .basic("unsafe.Pointer"): return alias("unsafe") + ".Pointer"
            case .basic(let name): return name
            case .named(let name, let arguments):
                let base = name.path.isEmpty || name.path == facts.path ? name.name : alias(name.path) + "." + name.name
                if arguments.isEmpty { return base }
                var printed: [String] = []
                for argument in arguments { printed.append(self.type(argument)) }
                return base + "[" + printed.joined(separator: ", ") + "]"
            case .typeParameter(let name): return name
            case .pointer(let base): return "*" + self.type(base)
            case .slice(let element): return "[]" + self.type(element)
            case .array(let element): return "[1]" + self.type(element)
            case .map(let key, let value): return "map[\(self.type(key))]\(self.type(value))"
            case .channel(let element, let direction):
                let printed = self.type(element)
                switch direction {
                case .both: return "chan (\(printed))"
                case .send: return "chan<- (\(printed))"
                case .receive: return "<-chan (\(printed))"
                }
            case .function(let signature): return "func" + self.signature(signature)
            case .structure(let fields):
                var parts: [String] = []
                for field in fields where field.name.first?.isUppercase == true {
                    parts.append(field.embedded ? self.type(field.type) : "\(field.name) \(self.type(field.type))")
                }
                return "struct{ " + parts.joined(separator: "; ") + " }"
            case .interface(let interface):
                var parts: [String] = []
                for name in interface.methods.keys.sorted() where name.first?.isUppercase == true {
                    parts.append(name + signature(interface.methods[name]!))
                }
                for embedded in interface.embedded { parts.append(self.type(embedded)) }
                if interface.hasTypeSet { parts.append("~int") }
                return "interface{ " + parts.joined(separator: "; ") + " }"
            case .tuple(let elements):
                var printed: [String] = []
                for element in elements { printed.append(self.type(element)) }
                return "(" + printed.joined(separator: ", ") + ")"
            }
        }

        mutating func signature(_ signature: FunctionSignature) -> String {
            var parameters: [String] = []
            for (index, parameter) in signature.parameters.enumerated() {
                let isVariadic = signature.variadic && index == signature.parameters.count - 1
                let printed = isVariadic ? "..." + type(parameter.type.sliceElement) : type(parameter.type)
                parameters.append((parameter.name.map { Self.safeName($0) + " " } ?? "") + printed)
            }
            // Go needs all parameters named or none.
            if signature.parameters.contains(where: { $0.name == nil }) {
                parameters = signature.parameters.enumerated().map { index, parameter in
                    let isVariadic = signature.variadic && index == signature.parameters.count - 1
                    return isVariadic ? "..." + type(parameter.type.sliceElement) : type(parameter.type)
                }
            }
            var results: [String] = []
            for result in signature.results { results.append(type(result.type)) }
            let resultText = results.isEmpty ? "" : results.count == 1 ? " " + results[0] : " (" + results.joined(separator: ", ") + ")"
            return "(" + parameters.joined(separator: ", ") + ")" + resultText
        }

        static func safeName(_ name: String) -> String { name == "_" ? "_" : name }
    }
}
