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
        findings.map { finding in
            let parts = URL(fileURLWithPath: finding.range.path).pathComponents.suffix(2).joined(separator: "/")
            return "\(parts):\(finding.range.start.line) \(finding.severity.rawValue)"
        }.sorted()
    }

    @Test func noteByDefaultWithTheChain() throws {
        let findings = try Self.run(nil)
        #expect(Self.summary(findings) == ["cli/main.go:47 note", "cli/main.go:56 note", "cli/main.go:65 note", "cli/main.go:77 warning", "cli/main.go:92 note",
                                           "config/config.go:20 warning", "config/config.go:9 note", "own/main.go:21 warning",
                                           "tool/main.go:34 warning"])
        #expect(findings.first { $0.severity == .note && $0.range.path.hasSuffix("config.go") }?.message
                    .hasSuffix("held until the process exits: main → run → Load") == true)
    }

    @Test func configurationKeepsOrDropsThem() throws {
        #expect(Self.summary(try Self.run("warning")) == ["cli/main.go:47 warning", "cli/main.go:56 warning", "cli/main.go:65 warning",
                                                          "cli/main.go:77 warning", "cli/main.go:92 warning", "config/config.go:20 warning",
                                                          "config/config.go:9 warning", "own/main.go:21 warning", "tool/main.go:34 warning"])
        #expect(Self.summary(try Self.run("off")) == ["cli/main.go:77 warning", "config/config.go:20 warning", "own/main.go:21 warning",
                                                      "tool/main.go:34 warning"])
        #expect(throws: Configuration.Failure.self) { try Configuration.parse("once-per-process: sometimes\n", path: "x.yml") }
    }

    /// `Action: load` and `cmd.RunE = run` store a command's handler; `case x:`, `a := b`, `x == y` do not.
    @Test func commandHandlerKeys() {
        func key(_ text: String) -> Bool { CommandHandlers.isHandlerKey(before: Array(text.utf8)[...]) }
        #expect(key("\t\tAction: "))
        #expect(key("\t\t\t{Name: \"load\", Action:   "))
        #expect(key("\tcmd.RunE = "))
        #expect(key("\tPersistentPreRunE:"))
        #expect(!key("\tOnUsageError: "))
        #expect(!key("\tcase Action: "))
        #expect(!key("\tRunE := "))
        #expect(!key("\tif cmd.Run == "))
        #expect(!key("\tRun = "))
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
