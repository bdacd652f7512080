import Foundation
import Testing
@testable import Rules

/// The CLI's behaviour, run in-process through `LintSession` (the command line only parses arguments
/// into a `LintRequest` and writes the outcome). Paths are absolute: tests never change directory.
struct LintSessionTests {
    static let helpers = Harness.testdata.appendingPathComponent("rules/unclosed-response-body/helpers").path

    static func request(_ patterns: [String], _ configure: (inout LintRequest) -> Void = { _ in }) -> LintRequest {
        var request = LintRequest()
        request.patterns = patterns
        request.jobs = 2
        configure(&request)
        return request
    }

    /// One package spelled many ways, in any order, with any thread count: the same bytes.
    @Test func overlappingSpellingsGiveOneReport() {
        let spellings = [
            [Self.helpers],
            [Self.helpers + "/", Self.helpers + "/callers.go"],
            [Self.helpers + "/callers.go", Self.helpers + "/../helpers"],
            [Self.helpers + "/./closer.go", Self.helpers + "/callers.go", Self.helpers + "/..."],
        ]
        var reports = Set<String>()
        for patterns in spellings {
            for jobs in [1, 2, 4] {
                let outcome = LintSession.run(Self.request(patterns) { $0.jobs = jobs; $0.format = .json })
                #expect(outcome.exitStatus == ExitStatus.findings, "\(patterns)")
                reports.insert(outcome.report ?? "")
            }
        }
        #expect(reports.count == 1, "\(reports)")
        #expect(reports.first?.contains("callers.go") == true)
    }

    @Test func exitStatusFollowsFailLevelAndExitZero() {
        #expect(LintSession.run(Self.request([Self.helpers])).exitStatus == ExitStatus.findings)
        #expect(LintSession.run(Self.request([Self.helpers]) { $0.exitZero = true }).exitStatus == ExitStatus.clean)
        #expect(LintSession.run(Self.request([Self.helpers]) { $0.failLevel = .error }).exitStatus == ExitStatus.clean)
        #expect(LintSession.run(Self.request([Self.helpers]) { $0.failLevel = nil }).exitStatus == ExitStatus.clean)
        #expect(LintSession.run(Self.request([Self.helpers]) { $0.ignore = ["GL101"] }).exitStatus == ExitStatus.clean)
        let clean = Harness.testdata.appendingPathComponent("clean").path + "/..."
        let outcome = LintSession.run(Self.request([clean]))
        #expect(outcome.exitStatus == ExitStatus.clean && outcome.findings.isEmpty && outcome.messages.isEmpty)
    }

    /// An unusable pattern is exit 2 with a message naming it, and the good packages are still reported.
    @Test func badPatternKeepsTheGoodResults() {
        let missing = Self.helpers + "-missing"
        let outcome = LintSession.run(Self.request([Self.helpers, missing]))
        #expect(outcome.exitStatus == ExitStatus.trouble)
        #expect(outcome.messages.contains { $0.contains(missing) })
        #expect(outcome.findings.contains { $0.range.path.hasSuffix("callers.go") })
    }

    /// A configuration that cannot be read stops the run before linting: exit 2, no report at all.
    @Test func brokenConfigurationWritesNoReport() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent(".goleaklint.yml")
        try "rules: [unclosed".write(to: config, atomically: true, encoding: .utf8)
        let outcome = LintSession.run(Self.request([Self.helpers]) { $0.configPath = config.path })
        #expect(outcome.exitStatus == ExitStatus.trouble)
        #expect(outcome.report == nil)
        #expect(outcome.messages.count == 1 && outcome.messages[0].contains(".goleaklint.yml"))
    }

    /// A buffer stands in for its file; the report shows that file only, with the package's helpers
    /// still counting (callers.go's drainAndClose is defined in closer.go).
    @Test func bufferReplacesItsFile() throws {
        let path = Self.helpers + "/callers.go"
        var source = try String(contentsOfFile: path, encoding: .utf8)
        let outcome = LintSession.run(Self.request([]) { $0.buffer = (path, Array(source.utf8)) })
        #expect(!outcome.findings.isEmpty)
        #expect(outcome.findings.allSatisfy { $0.range.path.hasSuffix("callers.go") })
        source = "package helpers\n"
        let emptied = LintSession.run(Self.request([]) { $0.buffer = (path, Array(source.utf8)) })
        #expect(emptied.findings.isEmpty && emptied.exitStatus == ExitStatus.clean)
    }
}

struct DisplayPathTests {
    @Test(arguments: [
        ("./a//b/../c.go", "a/c.go"), ("a/./b/", "a/b"), ("./", "."), ("../x/y", "../x/y"),
        ("a/../../b", "../b"), ("/../a", "/a"), ("/", "/"), ("x", "x"),
    ])
    func cleansLikeGo(_ input: String, _ expected: String) {
        #expect(Discovery.clean(input) == expected)
    }
}

struct SourceGateTests {
    @Test func importPathsSkipCgoPreambles() {
        let source = """
            package p

            /*
            const char *name;
            #include <stdlib.h>
            */
            import "C"

            import (
            \t"os"
            \tsql "database/sql"
            )

            const x = "net/http"

            """
        #expect(SourceGates.importPaths(in: Array(source.utf8)) == ["C", "os", "database/sql"])
    }

    /// GL401/GL402's gate reads package-level names from bytes, before any parse: every name of a line.
    @Test func packageVarNamesReadEveryDeclaredName() {
        let source = """
            package p

            var events []string
            var (
            \tmu, seen = sync.Mutex{}, []int{}
            \tcount int
            \tvariants []string
            )

            func f() { var local []int; _ = local }
            """
        let context = PackageContext(directory: ".", name: "p", sources: [Array(source.utf8)], goVersion: nil)
        #expect(context.packageVarNames(mentioning: ["[]"]) == ["events", "mu", "seen", "variants"])
    }

    @Test func growthGatesReadNamesFromBytes() {
        let source = Array("events = append(events, e)\nother = append(events, e)\nm[k] = v\ncache.Store(k, v)\n".utf8)
        #expect(SourceGates.selfAppendTargets(in: source) == [ByteHash.of("events")])
        #expect(SourceGates.indexedOrStoredNames(in: source) == Set(["m", "cache"].map(ByteHash.of)))
    }

    /// GL203 summarises only functions a `go` statement may start by name.
    @Test func goStartedNamesAreTheLastIdentifierOfTheCallee() {
        let source = Array("go run(ctx)\n\tgo s.serve(l)\ngo pkg.Loop[int](x)\ngo func() {}()\nago ago(x)\nergo still(y)\n".utf8)
        #expect(SourceGates.goStartedNames(in: source) == Set(["run", "serve", "Loop", "func"].map(ByteHash.of)))
    }

    @Test func selectorCallsAreHashedOnce() {
        let calls = SourceGates.selectorCalls(in: Array("f, err := os.Open(p); rows.Next(); x.y.Close ()".utf8))
        #expect(calls == Set(["Open", "Next"].map(ByteHash.of)))
    }
}
