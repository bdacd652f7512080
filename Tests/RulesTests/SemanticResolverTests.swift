import Foundation
import Testing
@testable import Rules

/// The semantic core's names and types (issue 23, item 4): every `probe(expr) // TYPE` line of
/// testdata/semantic/resolver states the type the resolver must give `expr` ("unknown" included), and every
/// `bind(x) // KIND` line what `x` resolves to. A wrong type, a missed shadowing or a lost probe fails.
struct SemanticResolverTests {
    struct Probe: CustomStringConvertible {
        let location: String
        let expected: String
        let actual: String
        var description: String { "\(location): expected \(expected), got \(actual)" }
    }

    static func probes(directory: String = "semantic/resolver", packagePath: String = "example.com/p") throws -> [Probe] {
        let folder = Harness.testdata.appendingPathComponent(directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".go") }.sorted()
        let parser = try Parser()
        var files: [GoFile] = []
        var builder = PackageFacts.Builder(path: packagePath)
        for name in names {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let file = GoFile(path: name, tree: try #require(parser.parse(bytes)), goVersion: nil)
            builder.add(file)
            files.append(file)
        }
        let environment = TypeEnvironment(current: builder.build(), index: FactsIndex(modules: { _ in nil }), directory: folder.path)
        var probes: [Probe] = []
        for file in files {
            let semantics = FileSemantics(file: file, environment: environment)
            let lines = String(decoding: file.source, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            TreeWalk.forEach(file.root) { node in
                guard node.is(Kind.callExpression), let function = node.child(Field.function), function.is(Kind.identifier),
                      function.textEquals("probe") || function.textEquals("bind"),
                      let argument = node.child(Field.arguments)?.codeChildren.first else { return true }
                let line = lines[node.start.line - 1]
                guard let comment = line.range(of: "// ") else { return true }
                let expected = line[comment.upperBound...].trimmingCharacters(in: .whitespaces)
                let actual: String
                if function.textEquals("probe") {
                    actual = semantics.type(of: argument).description
                } else {
                    switch semantics.resolve(argument) {
                    case .local: actual = "local"
                    case .package: actual = "package"
                    case .imported(let path): actual = "imported \(path)"
                    case .universe: actual = "universe"
                    case .unresolved: actual = "unresolved"
                    }
                }
                probes.append(Probe(location: "\(file.path):\(node.start.line)", expected: expected, actual: actual))
                return true
            }
        }
        return probes
    }

    @Test func everyProbeHasItsType() throws {
        let probes = try Self.probes()
        #expect(probes.count >= 100, "probes found: \(probes.count)")
        let wrong = probes.filter { $0.expected != $0.actual }
        #expect(wrong.isEmpty, "\(wrong.map(\.description).joined(separator: "\n"))")
    }

    /// The stubs carry what rules ask of the standard library: a client's methods, a response's body, the
    /// method set of an interface that embeds others.
    @Test func standardLibraryStubsAnswerTheRulesQuestions() throws {
        let environment = TypeEnvironment(current: PackageFacts.empty, index: FactsIndex(modules: { _ in nil }), directory: "/")
        let client = GoType.pointer(.named(TypeName(path: "net/http", name: "Client"), []))
        let doSignature = try #require(environment.method(of: client, "Do"))
        #expect(doSignature.resultType.result(0).isPointer(to: "net/http", "Response"))
        let response = GoType.pointer(.named(TypeName(path: "net/http", name: "Response"), []))
        let body = try #require(environment.member(of: response, "Body"))
        #expect(body.isNamed("io", "ReadCloser"))
        #expect(environment.hasMethod(body, "Close"))
        #expect(environment.hasMethod(body, "Read"))
        #expect(!environment.hasMethod(.named(TypeName(path: "io", name: "Reader"), []), "Close"))
        // Promoted through an embedded field: *bufio.ReadWriter has *Reader's methods.
        #expect(environment.hasMethod(.pointer(.named(TypeName(path: "bufio", name: "ReadWriter"), [])), "ReadString"))
        #expect(StdlibStubs.contains("database/sql") && !StdlibStubs.contains("internal/poll"))
    }

    /// Another package of the module is read from its directory (types, methods, variables), and what was
    /// read is recorded as a dependency of the importer.
    @Test func modulePackagesAreReadFromTheirSources() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try "module example.com/m\n\ngo 1.22\n".write(to: root.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        let library = root.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try """
            package lib

            import "net/http"

            type Doer interface{ Do(*http.Request) (*http.Response, error) }
            type Wrapper struct{ Inner Doer }
            var Default = &Wrapper{}
            func Get(u string) (*http.Response, error) { return http.Get(u) }
            """.write(to: library.appendingPathComponent("lib.go"), atomically: true, encoding: .utf8)
        let modules: @Sendable (String) -> (root: String, path: String)? = { _ in (root.path, "example.com/m") }
        let environment = TypeEnvironment(current: PackageFacts.empty, index: FactsIndex(modules: modules), directory: root.path)
        let wrapper = try #require(environment.facts("example.com/m/lib"))
        #expect(wrapper.types["Wrapper"] != nil)
        let defaultType = environment.denotation(ofQualified: "Default", path: "example.com/m/lib").valueType
        #expect(defaultType.description == "*example.com/m/lib.Wrapper")
        let inner = try #require(environment.member(of: defaultType, "Inner"))
        #expect(environment.method(of: inner, "Do")?.resultType.result(0).isPointer(to: "net/http", "Response") == true)
        #expect(environment.consultedModulePackages == ["example.com/m/lib"])
        #expect(environment.facts("example.com/m/missing") == nil)
    }
}
