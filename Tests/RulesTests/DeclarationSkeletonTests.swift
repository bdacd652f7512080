import Foundation
import Testing
@testable import Rules

/// The declaration skeleton (imported and large packages are read from it) must give the same facts as the
/// whole file: every type, method and function signature, every variable's written type, initializer shape
/// and line — while dropping bodies and literal elements.
struct DeclarationSkeletonTests {
    static let files = ["semantic/skeleton/tables.go", "semantic/resolver/types.go", "semantic/resolver/probes.go"]

    /// Facts as comparable text, one line per declaration (sorted).
    static func dump(_ facts: PackageFacts) -> [String] {
        var lines: [String] = []
        for (name, type) in facts.types {
            lines.append("type \(name)\(type.typeParameters) alias=\(type.isAlias) \(type.underlying)")
            for (method, fact) in type.methods {
                lines.append("method \(name).\(method) ptr=\(fact.pointerReceiver) \(fact.signature) line \(fact.location?.start.line ?? 0)")
            }
        }
        for (name, function) in facts.functions {
            lines.append("func \(name)\(function.typeParameters) \(function.signature) line \(function.location?.start.line ?? 0)")
        }
        for (name, variable) in facts.variables {
            lines.append("var \(name) \(variable.declaredType.map(\.description) ?? "-") \(String(describing: variable.initializer)) line \(variable.location?.start.line ?? 0)")
        }
        for (name, type) in facts.constants { lines.append("const \(name) \(type.map(\.description) ?? "untyped")") }
        return lines.sorted()
    }

    static func facts(_ bytes: [UInt8], path: String) throws -> PackageFacts {
        let parser = try Parser()
        var builder = PackageFacts.Builder(path: "example.com/p")
        builder.add(GoFile(path: path, tree: try #require(parser.parse(bytes)), goVersion: nil))
        return builder.build()
    }

    @Test(arguments: files)
    func skeletonKeepsEveryDeclaration(_ relative: String) throws {
        let bytes = Array(try Data(contentsOf: Harness.testdata.appendingPathComponent(relative)))
        let skeleton = DeclarationSkeleton.strippingBodies(bytes)
        let whole = Self.dump(try Self.facts(bytes, path: relative))
        let stripped = Self.dump(try Self.facts(skeleton, path: relative))
        #expect(!whole.isEmpty)
        #expect(stripped == whole, "skeleton facts differ:\n\(Set(stripped).symmetricDifference(whole).sorted().joined(separator: "\n"))")
        let parser = try Parser()
        let tree = try #require(parser.parse(skeleton))
        #expect(!GoFile(path: relative, tree: tree, goVersion: nil).root.hasError, "the skeleton of \(relative) does not parse")
        #expect(skeleton.filter { $0 == UInt8(ascii: "\n") }.count == bytes.filter { $0 == UInt8(ascii: "\n") }.count)
    }

    /// The declarations parse (bodies skipped: how a large package's declarations are read before its walks) gives
    /// the same facts and the same `PackageDeclarations`, locations and initializer heads included, as the whole file.
    @Test(arguments: files + ["rules/unclosed-response-body/precision/precision.go", "rules/unclosed-response-body/helpers/closer.go"])
    func declarationsParseKeepsEveryDeclarationAndOffset(_ relative: String) throws {
        let bytes = Array(try Data(contentsOf: Harness.testdata.appendingPathComponent(relative)))
        #expect(!DeclarationSkeleton.blankedRegions(bytes).isEmpty, "nothing is skipped in \(relative)")
        let parser = try Parser()
        let whole = GoFile(path: relative, tree: try #require(parser.parse(bytes)), goVersion: nil)
        let skeleton = GoFile(path: relative, tree: try #require(parser.parseDeclarations(bytes)), goVersion: nil)
        var wholeFacts = PackageFacts.Builder(path: "example.com/p"), skeletonFacts = PackageFacts.Builder(path: "example.com/p")
        wholeFacts.add(whole)
        skeletonFacts.add(skeleton)
        #expect(Self.dump(skeletonFacts.build()) == Self.dump(wholeFacts.build()))
        let wholeDeclarations = PackageDeclarations(), skeletonDeclarations = PackageDeclarations()
        wholeDeclarations.add(whole)
        skeletonDeclarations.add(skeleton)
        #expect(Self.dump(skeletonDeclarations) == Self.dump(wholeDeclarations))
        #expect(!Self.dump(wholeDeclarations).isEmpty)
    }

    /// A file with more bodies than tree-sitter's included ranges handle in linear time is parsed with its bodies
    /// blanked instead: the same declarations, positions included.
    @Test func manyBodiesTakeTheBlankedParse() throws {
        var text = "package many\n\nimport \"net/http\"\n\nvar registry = map[string]int{\"a\": 1}\n\n"
        for index in 0...(Parser.maximumIncludedRanges + 10) {
            text += "func f\(index)(a, b int) int {\n\tif a > b {\n\t\treturn a - b\n\t}\n\treturn b\n}\n\n"
        }
        text += "func get(u string) (*http.Response, error) { return http.Get(u) }\n"
        let bytes = Array(text.utf8)
        #expect(DeclarationSkeleton.blankedRegions(bytes).count > Parser.maximumIncludedRanges)
        let parser = try Parser()
        let whole = GoFile(path: "many.go", tree: try #require(parser.parse(bytes)), goVersion: nil)
        let skeleton = GoFile(path: "many.go", tree: try #require(parser.parseDeclarations(bytes)), goVersion: nil)
        #expect(skeleton.source == whole.source)
        #expect(Self.dump(PackageDeclarations(files: [skeleton])) == Self.dump(PackageDeclarations(files: [whole])))
    }

    /// `PackageDeclarations` as comparable text.
    static func dump(_ declarations: PackageDeclarations) -> [String] {
        func function(_ f: PackageDeclarations.Function) -> String {
            let body = f.responseBody.map { "defer=\($0.closesWithDefer) client=\($0.callsClient) calls=\($0.calledNames.sorted())" } ?? "-"
            return "\(f.receiverType ?? "") \(f.name) \(f.parameters?.map { "\($0.name ?? "_") \($0.typeText)" } ?? []) "
                + "\(f.results.map(\.typeText)) \(f.location) \(body)"
        }
        var lines = declarations.functions.values.flatMap { $0.map(function) } + declarations.methods.values.flatMap { $0.map(function) }
        lines += declarations.variables.values.map { "var \($0.name) \($0.typeText ?? "-") \($0.valueHead ?? "-") \($0.location)" }
        lines += declarations.constants.map { "const \($0.key) \($0.value)" }
        lines += declarations.structFields.map { "field \($0.key) \($0.value)" }
        return lines.sorted()
    }

    @Test func bodiesAndLiteralElementsAreDropped() throws {
        let bytes = Array(try Data(contentsOf: Harness.testdata.appendingPathComponent(Self.files[0])))
        let skeleton = String(decoding: DeclarationSkeleton.strippingBodies(bytes), as: UTF8.self)
        for gone in ["0x0003", "Shapes the declaration skeleton", "a brace in a comment", "\"a\": {1, 2}", "WriteHeader", "sync.Pool{New", "range values", "map[bool]string{true"] {
            #expect(!skeleton.contains(gone), "\(gone) survived the skeleton")
        }
        for kept in ["x, y int", "Area() float64", "interface{ Name() string }", "~int | ~float64", "struct{ id, rank int }{",
                     "struct{ a int }{", "func result() struct{ ok bool } {", "`json:\"tag\"`"] {
            #expect(skeleton.contains(kept), "\(kept) was dropped")
        }
    }
}
