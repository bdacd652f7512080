import Foundation
import Testing
@testable import Rules

/// `--new-from-rev` / `--new-from-patch`: only findings on changed lines (and in untracked files).
struct NewFromRevTests {
    static func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path, "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static let old = """
        package fetch

        import "net/http"

        func Old(url string) int {
        \tresp, _ := http.Get(url)
        \treturn resp.StatusCode
        }

        """

    @Test func onlyChangedLinesAndUntrackedFilesReport() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("fetch.go")
        try Self.old.write(to: file, atomically: true, encoding: .utf8)
        try Self.git(["init", "-q"], in: directory)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "-m", "old"], in: directory)
        // Lines inserted above the old leak, and a new leak below it; plus an untracked file with a leak.
        let changed = Self.old.replacingOccurrences(of: "func Old", with: "// Old is old.\nfunc Old")
            + "func New(url string) int {\n\tresp, _ := http.Get(url)\n\treturn resp.StatusCode\n}\n"
        try changed.write(to: file, atomically: true, encoding: .utf8)
        try Self.old.replacingOccurrences(of: "func Old", with: "func Extra").write(
            to: directory.appendingPathComponent("extra.go"), atomically: true, encoding: .utf8)

        let all = LintSession.run(LintSessionTests.request([directory.path]))
        #expect(all.findings.count == 3)
        let new = LintSession.run(LintSessionTests.request([directory.path]) { $0.newFromRevision = "HEAD" })
        let lines = new.findings.map { "\(($0.range.path as NSString).lastPathComponent):\($0.range.start.line)" }.sorted()
        #expect(lines == ["extra.go:6", "fetch.go:11"], "\(lines)")
    }

    /// git quotes a path with non-ASCII bytes (`+++ "b/caf\303\251.go"`): its findings must not be dropped.
    @Test func fileNamesThatGitQuotesKeepTheirFindings() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.git(["init", "-q"], in: directory)
        try "package fetch\n".write(to: directory.appendingPathComponent("doc.go"), atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "-m", "doc"], in: directory)
        let file = directory.appendingPathComponent("café \"q\".go")
        try Self.old.write(to: file, atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "-m", "café"], in: directory)
        try Self.old.replacingOccurrences(of: "http.Get(url)", with: "http.Get(url + \"/\")").write(to: file, atomically: true, encoding: .utf8)
        let new = LintSession.run(LintSessionTests.request([directory.path]) { $0.newFromRevision = "HEAD" })
        #expect(new.findings.map { ($0.range.path as NSString).lastPathComponent } == ["café \"q\".go"], "\(new.findings)")
        #expect(ChangedLines.unquote(#""b/caf\303\251 \"q\"\tx.go""#) == "b/café \"q\"\tx.go")
    }

    @Test func outsideGitOrUnknownRevisionIsExitTwo() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.old.write(to: directory.appendingPathComponent("fetch.go"), atomically: true, encoding: .utf8)
        let outside = LintSession.run(LintSessionTests.request([directory.path]) { $0.newFromRevision = "HEAD" })
        #expect(outside.exitStatus == ExitStatus.trouble && outside.messages.first?.contains("git work tree") == true)
        try Self.git(["init", "-q"], in: directory)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "-m", "old"], in: directory)
        let unknown = LintSession.run(LintSessionTests.request([directory.path]) { $0.newFromRevision = "no-such-rev" })
        #expect(unknown.exitStatus == ExitStatus.trouble && unknown.messages.first?.contains("unknown revision 'no-such-rev'") == true)
    }

    @Test func patchHunksGiveTheNewLines() {
        let patch = """
            diff --git a/x.go b/x.go
            --- a/x.go
            +++ b/x.go
            @@ -3,0 +4,2 @@ func f() {
            +\tline four
            +\tline five
            @@ -10 +12 @@
            -old
            +new
            @@ -20,3 +23,0 @@
            """
        let changed = ChangedLines.parse(patch, root: "/repo")
        let finding = { (line: Int) in
            Finding(code: "GL101", name: "n", severity: .warning,
                    range: SourceRange(path: "/repo/x.go", start: SourcePosition(line: line, column: 1),
                                       end: SourcePosition(line: line, column: 2), startByte: 0, endByte: 1), message: "m")
        }
        #expect([3, 4, 5, 6, 11, 12, 13, 23].map { changed.contains(finding($0)) } == [false, true, true, false, false, true, false, false])
    }
}
