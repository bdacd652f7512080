import Foundation
import Testing
@testable import Rules

/// Go syntax from 1.18 to 1.27 (docs/syntax.md): each `testdata/syntax/<form>` probe uses one form with
/// a leak inside; the leak must be found at its exact line and column (`// want "GL101@15"`) and no
/// GL003 may appear unless wanted (the `real-error` probe).
struct SyntaxProbeTests {
    static let probes: [String] = FixtureTests.packageDirectories(under: Harness.testdata.appendingPathComponent("syntax"))
        .map { $0.lastPathComponent }

    @Test(arguments: probes)
    func probe(_ name: String) {
        let directory = Harness.testdata.appendingPathComponent("syntax").appendingPathComponent(name)
        let wants = FixtureTests.wants(in: directory)
        #expect(!wants.isEmpty, "probe \(name) wants nothing: it could not fail")
        FixtureTests.checkWants(in: directory)
    }

    /// Every form docs/syntax.md lists has its probe, and every probe is listed.
    @Test func docsListEveryProbe() throws {
        let docs = try String(contentsOf: Harness.repositoryRoot.appendingPathComponent("docs/syntax.md"), encoding: .utf8)
        for name in Self.probes {
            #expect(docs.contains("`testdata/syntax/\(name)`"), "docs/syntax.md does not list the probe \(name)")
        }
        #expect(Self.probes.count >= 9)
    }

    /// Same-length substitutions keep every position: the repaired tree's nodes sit where the file's
    /// bytes are, and rules read the file's text (`new`, not the parser's `neW`).
    @Test func repairedTreeKeepsTheFilesBytesAndPositions() throws {
        let source = "package p\n\nfunc f() *int64 { return new(int64(5)) }\n\nfunc (r *R) N[T any](t T) T { return t }\n"
        let tree = try #require(try Parser().parse(Array(source.utf8)))
        #expect(!tree.root.hasError)
        #expect(tree.source == Array(source.utf8))
        var texts: [String] = []
        TreeWalk.forEach(tree.root) { node in
            if node.is(Kind.callExpression) { texts.append(node.text) }
            return true
        }
        #expect(texts == ["new(int64(5))", "int64(5)"])
        #expect(tree.repairDescriptions.count == 2)
    }

    /// A file without errors is parsed once and never repaired; valid `new(T)` / `make([]T, n)` are
    /// never rewritten, even next to a repaired construct.
    @Test func validSyntaxIsNeverRewritten() throws {
        let clean = try #require(try Parser().parse(Array("package p\n\nvar x = new(int)\n".utf8)))
        #expect(clean.repairDescriptions.isEmpty)
        let mixed = "package p\n\nfunc f(n int) {\n\tb := make([]byte, n)\n\tp := new(T)\n\tq := new(n + 1)\n\t_, _, _ = b, p, q\n}\n"
        let tree = try #require(try Parser().parse(Array(mixed.utf8)))
        #expect(!tree.root.hasError)
        #expect(tree.sexp.contains("(slice_type element: (type_identifier))"), "make([]byte, n) keeps its type operand")
    }

    /// Real syntax errors stay errors: the repair never hides them.
    @Test(arguments: [
        "package p\n\ntype I interface {\n\tM[T any]() T\n}\n",
        "package p\n\nfunc f() {\n\tx := new(\n}\n",
        "package p\n\ntype A[T any] = \n",
        "package p\n\nfunc (r R) N[T any]( {\n}\n",
    ])
    func realErrorsRemain(_ source: String) {
        let findings = Harness.lint(source, rules: [SyntaxErrorRule.self])
        #expect(findings.map(\.code) == ["GL003"], "\(source)")
    }
}
