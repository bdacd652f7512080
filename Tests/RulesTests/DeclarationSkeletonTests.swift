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
