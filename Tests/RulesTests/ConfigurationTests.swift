import Foundation
import Testing
@testable import Rules

/// Every key of `.goleaklint.yml`, and each kind of error message (file, line, key named).
struct ConfigurationTests {
    static func parse(_ text: String) throws -> Configuration { try Configuration.parse(text, path: "cfg.yml") }

    static func failure(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func everyKey() throws {
        let configuration = try Self.parse("""
            select: [GL1, unfreed-c-memory]
            ignore: GL003
            rules:
              GL101:
                severity: error
                closers: [mypkg.CloseQuietly, drain]
                clients: [api]
              unfreed-c-memory:
                ownership-taking: [C.take_string]
            exclude:
              - path: internal/legacy/**
                rules: [GL101]
              - path: "*_gen.go"
            tests: false
            include-generated: true
            go-version: "1.21"
            """)
        #expect(configuration.select == ["GL1", "unfreed-c-memory"])
        #expect(configuration.ignore == ["GL003"])
        #expect(configuration.ruleOptions["GL101"]?.severity == .error)
        #expect(configuration.ruleOptions["GL101"]?.list("closers") == ["mypkg.CloseQuietly", "drain"])
        #expect(configuration.ruleOptions["GL101"]?.list("clients") == ["api"])
        #expect(configuration.ruleOptions["GL102"]?.list("ownership-taking") == ["C.take_string"])
        #expect(configuration.exclusions.map(\.glob) == ["internal/legacy/**", "*_gen.go"])
        #expect(configuration.tests == false)
        #expect(configuration.includeGenerated == true)
        #expect(configuration.goVersion == GoVersion("1.21"))
    }

    @Test func emptyFileIsEmptyConfiguration() throws {
        let configuration = try Self.parse("")
        #expect(configuration.select == nil && configuration.ruleOptions.isEmpty)
    }

    @Test func exclusionsMatchGlobsAndRules() throws {
        let configuration = try Self.parse("""
            exclude:
              - path: internal/legacy/**
                rules: [GL101]
              - path: "*_gen.go"
            """)
        func finding(_ path: String, _ code: String) -> Finding {
            let position = SourcePosition(line: 1, column: 1)
            return Finding(code: code, name: Registry.rule(named: code)!.doc.name, severity: .warning,
                           range: SourceRange(path: path, start: position, end: position, startByte: 0, endByte: 0),
                           message: "m")
        }
        #expect(configuration.excludes(finding("internal/legacy/a/b.go", "GL101")))
        #expect(!configuration.excludes(finding("internal/legacy/a/b.go", "GL102")))
        #expect(!configuration.excludes(finding("internal/other/b.go", "GL101")))
        #expect(configuration.excludes(finding("x_gen.go", "GL102")))
        #expect(!configuration.excludes(finding("dir/x_gen.go", "GL102")))
    }

    @Test func errorsNameFileLineAndKey() {
        #expect(Self.failure("selct: [GL1]") == "cfg.yml:1: unknown key 'selct' (known: select, ignore, rules, exclude, tests, include-generated, go-version, once-per-process)")
        #expect(Self.failure("select: [GL999]") == "cfg.yml:1: select: unknown rule 'GL999'")
        #expect(Self.failure("tests: maybe") == "cfg.yml:1: tests must be true or false")
        #expect(Self.failure("go-version: latest") == "cfg.yml:1: go-version must look like 1.N, got 'latest'")
        #expect(Self.failure("once-per-process: sometimes") == "cfg.yml:1: once-per-process must be warning, note or off, got 'sometimes'")
        #expect(Self.failure("rules:\n  GL999: {}") == "cfg.yml:2: rules: unknown rule 'GL999'")
        #expect(Self.failure("rules:\n  GL101:\n    closerz: [x]").hasPrefix("cfg.yml:3: rules.GL101: unknown option 'closerz'"))
        #expect(Self.failure("rules:\n  GL101:\n    severity: fatal") == "cfg.yml:3: rules.GL101.severity must be error, warning or note, got 'fatal'")
        #expect(Self.failure("rules:\n  GL101: [a]") == "cfg.yml:2: rules.GL101 must be a mapping of options")
        #expect(Self.failure("exclude:\n  - rules: [GL101]") == "cfg.yml:2: exclude entry needs a 'path' glob")
        #expect(Self.failure("exclude:\n  - path: x\n    when: always") == "cfg.yml:3: exclude: unknown key 'when' (known: path, rules)")
        #expect(Self.failure("- just\n- a list") == "cfg.yml:1: the configuration must be a mapping of keys")
        #expect(Self.failure("select: [GL1").hasPrefix("cfg.yml:"))
        #expect(Self.failure("select: [GL1").contains("invalid YAML"))
    }

    /// The configuration is data: YAML tags that other loaders turn into code are not executed.
    @Test func configurationCannotRunAnything() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("goleaklint-pwned-\(UUID().uuidString)")
        let hostile = "select: !!python/object/apply:os.system [\"touch \(marker.path)\"]\n"
        #expect(Self.failure(hostile) != "no error")
        let anchors = "ignore: &a [GL101]\nselect: *a\n"
        #expect(try Self.parse(anchors).select == ["GL101"])
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func foundUpwardFromTheFirstPattern() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try "select: [GL1]\n".write(to: root.appendingPathComponent(".goleaklint.yml"), atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: deep.path) == root.appendingPathComponent(".goleaklint.yml").standardizedFileURL.path)
    }

    @Test func cliHonoursConfigurationAndFailsOnBadOne() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try CLITests.leak.write(to: root.appendingPathComponent("a.go"), atomically: true, encoding: .utf8)
        #expect(try Harness.run(["a.go"], in: root).status == 1)
        try "ignore: [GL101]\n".write(to: root.appendingPathComponent(".goleaklint.yml"), atomically: true, encoding: .utf8)
        #expect(try Harness.run(["a.go"], in: root).status == 0)
        try "rules:\n  GL101:\n    severity: note\n".write(to: root.appendingPathComponent(".goleaklint.yml"), atomically: true, encoding: .utf8)
        #expect(try Harness.run(["a.go"], in: root).status == 0)
        #expect(try Harness.run(["--fail-level", "note", "a.go"], in: root).status == 1)
        try "bogus: 1\n".write(to: root.appendingPathComponent(".goleaklint.yml"), atomically: true, encoding: .utf8)
        let bad = try Harness.run(["a.go"], in: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".goleaklint.yml:1: unknown key 'bogus'"))
        try "ignore: [GL101]\n".write(to: root.appendingPathComponent("other.yml"), atomically: true, encoding: .utf8)
        #expect(try Harness.run(["--config", "other.yml", "a.go"], in: root).status == 0)
    }

    @Test func stdinFilenameLintsTheBufferWithItsPackage() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let helper = "package p\n\nimport \"net/http\"\n\nfunc closeIt(r *http.Response) { r.Body.Close() }\n"
        try helper.write(to: root.appendingPathComponent("helper.go"), atomically: true, encoding: .utf8)
        try "package p\n".write(to: root.appendingPathComponent("a.go"), atomically: true, encoding: .utf8)
        let buffer = "package p\n\nimport \"net/http\"\n\nfunc f(u string) {\n\tr, _ := http.Get(u)\n\tcloseIt(r)\n}\n\nfunc g(u string) {\n\tr, _ := http.Get(u)\n\t_ = r\n}\n"
        let run = try Harness.run(["--stdin-filename", "a.go"], in: root, stdin: buffer)
        #expect(run.status == 1)
        #expect(CLITests.paths(run.stdout) == ["a.go"])
        #expect(run.stdout.contains("a.go:11:"))
    }
}
