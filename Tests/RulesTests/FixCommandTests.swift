import Foundation
import Testing
@testable import Rules

/// `--fix` and `--diff`: which fixes a pass takes, the diff they make, and the files they write.
struct FixCommandTests {
    static let leaky = """
        package fetch

        import "net/http"

        func Status(url string) (int, error) {
        \tresp, err := http.Get(url)
        \tif err != nil {
        \t\treturn 0, err
        \t}
        \treturn resp.StatusCode, nil
        }

        """

    static func edit(_ start: Int, _ end: Int, _ text: String, path: String = "a.go") -> TextEdit {
        TextEdit(path: path, startByte: start, endByte: end, newText: text)
    }

    static func finding(_ edits: [TextEdit], line: Int) -> Finding {
        let position = SourcePosition(line: line, column: 1)
        return Finding(code: "GL101", name: "unclosed-response-body", severity: .warning,
                       range: SourceRange(path: "a.go", start: position, end: position, startByte: 0, endByte: 0),
                       message: "m\(line)", related: [], fix: Fix(message: "fix", edits: edits))
    }

    @Test func overlappingFixesWaitForTheNextRun() {
        let plan = FixPlan([
            Self.finding([Self.edit(10, 20, "x")], line: 1),
            Self.finding([Self.edit(15, 25, "y")], line: 2),      // overlaps the first: left for later
            Self.finding([Self.edit(20, 20, "z")], line: 3),      // touches the first's end: fine
            Self.finding([Self.edit(20, 20, "w")], line: 4),      // same insertion point as the third
            Self.finding([Self.edit(30, 31, "v"), Self.edit(40, 41, "u")], line: 5),
        ])
        #expect(plan.fixedFindings == 3 && plan.deferredFixes == 2)
        #expect(plan.taken.map(\.finding.message) == ["m1", "m3", "m5"])
    }

    @Test func editsApplyFromTheEnd() {
        let source = Array("abcdef".utf8)
        let fixed = FixPlan.apply([Self.edit(1, 2, "XX"), Self.edit(4, 4, "-")], to: source)
        #expect(String(decoding: fixed, as: UTF8.self) == "aXXcd-ef")
    }

    @Test func diffHasExactHunks() {
        let old = Array((1...20).map { "line \($0)" }.joined(separator: "\n").appending("\n").utf8)
        let lines = UnifiedDiff.LineTable(old)
        // Insert a line after line 2 and replace line 18: two hunks (more than 6 lines apart).
        let diff = UnifiedDiff.render(path: "f.go", old: old, edits: [
            Self.edit(lines.end(of: 1), lines.end(of: 1), "\nnew"),
            Self.edit(lines.start(of: 17), lines.end(of: 17), "changed"),
        ])
        #expect(diff == """
            --- a/f.go
            +++ b/f.go
            @@ -1,5 +1,6 @@
             line 1
             line 2
            +new
             line 3
             line 4
             line 5
            @@ -15,6 +16,6 @@
             line 15
             line 16
             line 17
            -line 18
            +changed
             line 19
             line 20

            """)
    }

    @Test func diffShowsAndFixWritesThenNothingIsLeft() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("fetch.go")
        try Self.leaky.write(to: file, atomically: true, encoding: .utf8)

        let diff = LintSession.run(LintSessionTests.request([directory.path]) { $0.fix = .diff })
        #expect(diff.report?.contains("+\tdefer resp.Body.Close()") == true, "\(diff.report ?? "")")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.leaky, "--diff changes nothing")

        let fixed = LintSession.run(LintSessionTests.request([directory.path]) { $0.fix = .apply })
        #expect(fixed.findings.isEmpty && fixed.exitStatus == ExitStatus.clean)
        #expect(fixed.messages.contains("fixed 1 finding in 1 file"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode, nil"), "\(text)")

        let again = LintSession.run(LintSessionTests.request([directory.path]) { $0.fix = .diff })
        #expect(again.report == "" && again.findings.isEmpty)
    }

    /// A symlinked source is fixed through the link: the target changes, the link stays a link.
    @Test func fixWritesThroughASymlink() throws {
        let directory = try Harness.temporaryDirectory()
        let elsewhere = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory); try? FileManager.default.removeItem(at: elsewhere) }
        let target = elsewhere.appendingPathComponent("fetch.go")
        try Self.leaky.write(to: target, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("fetch.go")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let fixed = LintSession.run(LintSessionTests.request([directory.path]) { $0.fix = .apply })
        #expect(fixed.findings.isEmpty, "\(fixed.messages)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path, "the link is still a link")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\tdefer resp.Body.Close()"))
    }

    /// GL102's fix needs unsafe.Pointer: a file without `import "unsafe"` gets it, after `import "C"`
    /// (which must stay right after its preamble).
    @Test func cgoFixAddsTheUnsafeImport() throws {
        let source = """
            package native

            // #include <stdlib.h>
            // void tag(char *s);
            import "C"

            func Tag(s string) {
            \tcs := C.CString(s)
            \tC.tag(cs)
            }

            """
        let findings = Harness.lint(source, fileName: "native.go", rules: [UnfreedCMemoryRule.self])
        let fix = try #require(findings.first?.fix)
        let fixed = String(decoding: FixPlan.apply(fix.edits, to: Array(source.utf8)), as: UTF8.self)
        #expect(fixed.contains("import \"C\"\n\nimport \"unsafe\"\n"), "\(fixed)")
        #expect(fixed.contains("\tcs := C.CString(s)\n\tdefer C.free(unsafe.Pointer(cs))\n"), "\(fixed)")
        #expect(Harness.lint(fixed, fileName: "native.go", rules: [UnfreedCMemoryRule.self, SyntaxErrorRule.self]).isEmpty)
    }

    /// A file that changed after it was linted is not written: the edits' offsets are for other bytes.
    @Test func changedFileIsNotWritten() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("fetch.go")
        try Self.leaky.write(to: file, atomically: true, encoding: .utf8)
        let linted = LintSession.run(LintSessionTests.request([directory.path]))
        #expect(linted.findings.count == 1)
        let edited = Self.leaky.replacingOccurrences(of: "func Status", with: "// edited meanwhile\nfunc Status")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let outcome = FixSession.run(.apply, findings: linted.findings, digests: [file.path: ByteHash.of(Array(Self.leaky.utf8))],
                                     buffer: nil)
        #expect(outcome.messages.contains { $0.contains("changed since it was read") })
        #expect(outcome.remaining.count == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
    }
}
