import Foundation
import Testing
@testable import Rules

/// Exclusions, baselines and findings mean the same whatever directory goleaklint starts in (issue 27 item 5):
/// one module linted from its root, from a subdirectory and from its parent, and from the language server
/// (whose working directory is the test process's), agree.
@Suite(.serialized)
struct ProjectPathsTests {
    static let leak = "package %@\n\nimport \"net/http\"\n\nfunc %@(u string) int {\n\tresp, _ := http.Get(u)\n\treturn resp.StatusCode\n}\n"

    static func makeModule() throws -> (root: URL, module: URL) {
        let root = try Harness.temporaryDirectory()
        let module = root.appendingPathComponent("m")
        let files = [
            "go.mod": "module example.com/m\n\ngo 1.22\n",
            ".goleaklint.yml": "exclude:\n  - path: gen/**\n",
            "a.go": String(format: leak, "m", "A"),
            "gen/g.go": String(format: leak, "gen", "G"),
            "sub/b.go": String(format: leak, "sub", "B"),
        ]
        try Harness.write(files, under: module)
        return (root, module)
    }

    /// `absolute file:line code fingerprint` of each JSON finding, resolved against the run's directory.
    static func findings(_ output: String, from directory: URL) throws -> [String] {
        try output.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let location = try #require(object["location"] as? [String: Any])
            let file = ProjectPaths.absolute(try #require(location["file"] as? String), workingDirectory: directory.path)
            let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
            return "\(resolved):\(location["line"] ?? 0) \(object["code"] ?? "") \(object["fingerprint"] ?? "-")"
        }.sorted()
    }

    @Test func sameFindingsExclusionsAndBaselineFromAnyDirectory() throws {
        let (root, module) = try Self.makeModule()
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try Harness.run(["--write-baseline", "base.jsonl", "./..."], in: module)
        #expect(written.status == 0, "\(written.stderr)")
        // A new leak after the baseline: the only finding each run must report.
        let a = module.appendingPathComponent("a.go")
        try (String(contentsOf: a, encoding: .utf8) + "\nfunc A2(u string) int {\n\tr, _ := http.Get(u)\n\treturn r.StatusCode\n}\n")
            .write(to: a, atomically: true, encoding: .utf8)

        let runs: [(directory: URL, baseline: String, pattern: String)] = [
            (module, "base.jsonl", "./..."),
            (module.appendingPathComponent("sub"), "../base.jsonl", "../..."),
            (root, "m/base.jsonl", "m/..."),
        ]
        var all: [[String]] = [], new: [[String]] = []
        for run in runs {
            let everything = try Harness.run(["--format", "json", run.pattern], in: run.directory)
            all.append(try Self.findings(everything.stdout, from: run.directory))
            let fresh = try Harness.run(["--format", "json", "--baseline", run.baseline, run.pattern], in: run.directory)
            new.append(try Self.findings(fresh.stdout, from: run.directory))
        }
        let resolvedModule = module.resolvingSymlinksInPath().path
        #expect(all[0].count == 3 && !all[0].contains { $0.contains("/gen/") }, "\(all[0])")
        #expect(all.allSatisfy { $0 == all[0] }, "\(all)")
        #expect(new[0].count == 1 && new[0][0].hasPrefix(resolvedModule + "/a.go:11 GL101"), "\(new[0])")
        #expect(new.allSatisfy { $0 == new[0] }, "\(new)")
    }

    /// The language server's working directory is the test process's, not the module's: `gen/**` still excludes.
    @Test func languageServerExcludesRelativeToTheConfiguration() throws {
        let (root, module) = try Self.makeModule()
        defer { try? FileManager.default.removeItem(at: root) }
        let top: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
        func published(_ relative: String) throws -> Int {
            let path = module.appendingPathComponent(relative).path
            let uri = URL(fileURLWithPath: path).absoluteString
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let input = LanguageServerTests.initialize()
                + LanguageServerTests.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "go", "version": 1, "text": text]])
                // A code action makes the server lint the opened text before it shuts down.
                + LanguageServerTests.request(2, "textDocument/codeAction", ["textDocument": ["uri": uri], "range": top, "context": [:]])
                + LanguageServerTests.request(9, "shutdown") + LanguageServerTests.notification("exit")
            let (_, messages) = LanguageServerTests.run(input)
            let diagnostics = LanguageServerTests.diagnostics(messages).filter { $0["uri"] as? String == uri }
            return diagnostics.last.flatMap { ($0["diagnostics"] as? [Any])?.count } ?? -1
        }
        #expect(FileManager.default.currentDirectoryPath != module.path)
        #expect(try published("a.go") == 1)
        #expect(try published("gen/g.go") == 0)
    }

    /// Walking up to a go.mod reaches "/" when there is none (NSString traps there).
    @Test func parentOfEveryKindOfPath() {
        #expect(ProjectPaths.parent(of: "/") == "/" && ProjectPaths.parent(of: "/tmp") == "/")
        #expect(ProjectPaths.parent(of: "/tmp/a/") == "/tmp" && ProjectPaths.parent(of: "a/b") == "a")
        #expect(ProjectPaths.parent(of: "a") == "" && ProjectPaths.parent(of: "") == "")
        // The fast path of Discovery.clean agrees with the slow one.
        for path in ["/", "", ".", "..", "a", "/a/b", "a//b", "/a/./b", "a/", "/a/../b", "../x", "./x", "//a", "a/...", "a/.b", "/a/b/.", "/a/b/.."] {
            // Taking the fast path is right only for paths the slow path leaves unchanged.
            if Discovery.isClean(path) { #expect(Discovery.lexicallyCleaned(path) == path, "\(path)") }
            #expect(Discovery.clean(path) == Discovery.lexicallyCleaned(path), "\(path)")
        }
        #expect(Discovery.isClean("/a/b") && Discovery.isClean("a/...") && !Discovery.isClean("a//b") && !Discovery.isClean("/a/./b"))
        // A directory sharing a prefix with a module root is not inside it.
        #expect(PackageSemantics.importPath(directory: "/x/abc", module: ("/x/ab", "example.com/m")) == "/x/abc")
        #expect(PackageSemantics.importPath(directory: "/x/ab/c", module: ("/x/ab", "example.com/m")) == "example.com/m/c")
        #expect(PackageSemantics.importPath(directory: "/x/ab", module: ("/x/ab", "example.com/m")) == "example.com/m")
        #expect(ProjectPaths.relative("/x/abc/f.go", to: "/x/ab") == nil)
        var modules: [String: (root: String, path: String)?] = [:]
        #expect(ImportedDeclarations.module(containing: "/", cache: &modules) == nil)
    }

    /// Every CLI the tests spawn writes its cache under the test run's own XDG_CACHE_HOME.
    @Test func spawnedRunsUseATemporaryCache() throws {
        let (root, module) = try Self.makeModule()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Harness.run(["./..."], in: module)
        let entries = FileManager.default.enumerator(atPath: Harness.cacheHome.appendingPathComponent("goleaklint").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") } ?? []
        #expect(!entries.isEmpty && Harness.cacheHome.path.hasPrefix(FileManager.default.temporaryDirectory.path))
    }
}
