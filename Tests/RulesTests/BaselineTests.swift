import Foundation
import Testing
@testable import Rules

/// `--baseline`: only findings that are not in an earlier report, matched by a fingerprint that
/// survives unrelated edits.
struct BaselineTests {
    static let leaky = """
        package fetch

        import "net/http"

        func Status(url string) int {
        \tresp, _ := http.Get(url)
        \treturn resp.StatusCode
        }

        """

    /// A package in a temporary directory: `fetch.go` plus a neighbour file.
    static func package() throws -> URL {
        let directory = try Harness.temporaryDirectory()
        try leaky.write(to: directory.appendingPathComponent("fetch.go"), atomically: true, encoding: .utf8)
        try "package fetch\n\nfunc helper() {}\n".write(to: directory.appendingPathComponent("util.go"), atomically: true, encoding: .utf8)
        return directory
    }

    static func run(_ directory: URL, _ configure: (inout LintRequest) -> Void = { _ in }) -> LintOutcome {
        LintSession.run(LintSessionTests.request([directory.path], configure))
    }

    @Test func baselinedFindingsStayQuietAcrossUnrelatedEdits() throws {
        let directory = try Self.package()
        defer { try? FileManager.default.removeItem(at: directory) }
        let baseline = directory.appendingPathComponent("baseline.jsonl").path
        let first = Self.run(directory) { $0.writeBaselinePath = baseline }
        #expect(first.findings.count == 1 && first.findings[0].fingerprint?.hasPrefix("GL101:") == true)
        // Writing the baseline is what was asked: exit 0, though the run has findings.
        #expect(first.exitStatus == ExitStatus.clean)
        #expect(Self.run(directory) { $0.writeBaselinePath = directory.path + "/no/such/dir.jsonl" }.exitStatus == ExitStatus.trouble)

        // Lines inserted above, and the neighbour renamed: still known.
        let file = directory.appendingPathComponent("fetch.go")
        let moved = Self.leaky.replacingOccurrences(of: "import \"net/http\"\n", with: "import \"net/http\"\n\n// Status asks.\n\nvar x = 1\n")
        try moved.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(at: directory.appendingPathComponent("util.go"), to: directory.appendingPathComponent("helpers.go"))
        let second = Self.run(directory) { $0.baselinePath = baseline }
        #expect(second.findings.isEmpty && second.exitStatus == ExitStatus.clean, "\(second.findings)")

        // A second identical leak in the same function: only one is new.
        let twice = moved.replacingOccurrences(of: "\treturn resp.StatusCode", with: "\tresp, _ = http.Get(url)\n\tresp, _ := http.Get(url)\n\treturn resp.StatusCode")
            .replacingOccurrences(of: "\tresp, _ = http.Get(url)\n", with: "")
        try twice.write(to: file, atomically: true, encoding: .utf8)
        let third = Self.run(directory) { $0.baselinePath = baseline }
        let all = Self.run(directory)
        #expect(all.findings.count == 2, "\(all.findings)")
        #expect(third.findings.count == 1 && third.exitStatus == ExitStatus.findings)
    }

    @Test func sarifReportsServeAsBaselines() throws {
        let directory = try Self.package()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = Self.run(directory) { $0.format = .sarif }
        let path = directory.appendingPathComponent("report.sarif").path
        try (sarif.report ?? "").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(sarif.report?.contains("\"\(Baseline.sarifKey)\"") == true)
        #expect(Self.run(directory) { $0.baselinePath = path }.findings.isEmpty)
    }

    @Test func aBaselineWithoutFingerprintsIsAnError() throws {
        let directory = try Self.package()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.jsonl").path
        try "{\"code\":\"GL101\",\"location\":{\"file\":\"fetch.go\",\"line\":6,\"column\":13}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = Self.run(directory) { $0.baselinePath = path }
        #expect(outcome.exitStatus == ExitStatus.trouble && outcome.report == nil)
        #expect(outcome.messages.first?.contains("no goleaklint fingerprints") == true)
    }

    /// A file's line endings do not change its fingerprints: a CRLF checkout (Windows, autocrlf) matches a
    /// baseline written from an LF one, and each line of a CRLF file has its own text in the key.
    @Test func crlfAndLfFilesFingerprintAlike() {
        let lf = "package p\n\nfunc (s *Server) Serve() {\n\tresp, _ := http.Get(u)\n\t_ = resp\n}\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        func finding(line: Int) -> Finding {
            let position = SourcePosition(line: line, column: 2)
            return Finding(code: "GL101", name: "unclosed-response-body", severity: .error,
                           range: SourceRange(path: "p.go", start: position, end: position, startByte: 0, endByte: 0), message: "m")
        }
        var fromLF = [finding(line: 4), finding(line: 5)]
        var fromCRLF = fromLF
        Baseline.fingerprint(&fromLF) { _ in Array(lf.utf8) }
        Baseline.fingerprint(&fromCRLF) { _ in Array(crlf.utf8) }
        #expect(fromLF.map(\.fingerprint) == fromCRLF.map(\.fingerprint))
        #expect(fromCRLF[0].fingerprint != fromCRLF[1].fingerprint)
    }

    @Test func enclosingFunctionNamesMethods() {
        let lines = "package p\nfunc (s *Server[T]) Serve() {\n\tx()\n}\nfunc plain() {\n\ty()\n}".split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Baseline.enclosingFunction(lines, before: 2) == "Server.Serve")
        #expect(Baseline.enclosingFunction(lines, before: 5) == "plain")
        #expect(Baseline.enclosingFunction(lines, before: 0) == "")
    }
}
