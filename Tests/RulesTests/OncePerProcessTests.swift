import Foundation
import Testing
@testable import Rules

/// Resource leaks in code that runs once per process (issue 25): a note with the call chain by default,
/// `once-per-process: warning|off` in the configuration; per-request and in-loop code keeps its warning.
struct OncePerProcessTests {
    static let module = Harness.testdata.appendingPathComponent("rules/unclosed-file/once").path

    static func run(_ policy: String?) throws -> [Finding] {
        var configPath: String?
        if let policy {
            let directory = try Harness.temporaryDirectory()
            let path = directory.appendingPathComponent(".goleaklint.yml").path
            try "once-per-process: \(policy)\n".write(toFile: path, atomically: true, encoding: .utf8)
            configPath = path
        }
        let outcome = LintSession.run(LintSessionTests.request([Self.module + "/..."]) {
            $0.select = ["GL103"]
            $0.configPath = configPath
        })
        return outcome.findings
    }

    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\(URL(fileURLWithPath: $0.range.path).lastPathComponent):\($0.range.start.line) \($0.severity.rawValue)" }.sorted()
    }

    @Test func noteByDefaultWithTheChain() throws {
        let findings = try Self.run(nil)
        #expect(Self.summary(findings) == ["config.go:20 warning", "config.go:9 note", "main.go:34 warning"])
        #expect(findings.first { $0.severity == .note }?.message.hasSuffix("held until the process exits: main → run → Load") == true)
    }

    @Test func configurationKeepsOrDropsThem() throws {
        #expect(Self.summary(try Self.run("warning")) == ["config.go:20 warning", "config.go:9 warning", "main.go:34 warning"])
        #expect(Self.summary(try Self.run("off")) == ["config.go:20 warning", "main.go:34 warning"])
        #expect(throws: Configuration.Failure.self) { try Configuration.parse("once-per-process: sometimes\n", path: "x.yml") }
    }

    @Test func enclosingFunctionIsReadFromColumnZero() {
        let source = Array("package p\n\nfunc (s *Server) run() {\n\tx := 1\n}\n\nvar v = 2\n\nfunc top() {\n\ty()\n}\n".utf8)
        func at(_ needle: String) -> String? {
            let offset = ByteSearch.firstIndex(of: needle, in: source[...])!
            return ModuleCallers.enclosingFunction(at: offset, in: source).map { "\($0.receiver ?? "-").\($0.name)" }
        }
        #expect(at("x := 1") == "Server.run")
        #expect(at("y()") == "-.top")
        #expect(at("v = 2") == nil)
    }
}
