import Foundation
import Synchronization
import Testing
@testable import Rules

/// The per-package cache: a warm run prints exactly what the cold run printed; a changed file or a
/// changed imported package is analysed again; corrupt entries are ignored and rewritten; two runs at
/// once share it safely.
struct LintCacheTests {
    static let rules = Harness.testdata.appendingPathComponent("rules").path + "/..."

    static func run(_ patterns: [String], cache: URL, format: ReportFormat = .json) -> (String, LintStatistics) {
        let outcome = LintSession.run(LintSessionTests.request(patterns) { $0.format = format; $0.cacheDirectory = cache.path })
        return (outcome.report ?? "", outcome.statistics)
    }

    @Test func warmRunPrintsWhatTheColdRunPrinted() throws {
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let uncached = LintSession.run(LintSessionTests.request([Self.rules]) { $0.format = .sarif }).report
        let (cold, coldStatistics) = Self.run([Self.rules], cache: cache, format: .sarif)
        let (warm, warmStatistics) = Self.run([Self.rules], cache: cache, format: .sarif)
        #expect(cold == uncached && warm == cold)
        #expect(coldStatistics.cacheHits == 0 && coldStatistics.cacheMisses > 10)
        #expect(warmStatistics.cacheHits == coldStatistics.cacheMisses && warmStatistics.cacheMisses == 0)
    }

    /// A module where package `a` calls a wrapper of package `b` that returns an `*http.Response`.
    static func module() throws -> URL {
        let root = try Harness.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b"), withIntermediateDirectories: true)
        try "module example.com/m\n\ngo 1.22\n".write(to: root.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try """
            package a

            import (
            \t"net/http"

            \t"example.com/m/b"
            )

            var _ = http.MethodGet

            func Status(u string) int {
            \tresp, err := b.Fetch(u)
            \tif err != nil {
            \t\treturn 0
            \t}
            \treturn resp.StatusCode
            }

            """.write(to: root.appendingPathComponent("a/a.go"), atomically: true, encoding: .utf8)
        try Self.wrapper(closes: false).write(to: root.appendingPathComponent("b/b.go"), atomically: true, encoding: .utf8)
        return root
    }

    static func wrapper(closes: Bool) -> String {
        """
        package b

        import "net/http"

        func Fetch(u string) (*http.Response, error) {
        \tresp, err := http.Get(u)\(closes ? "\n\tif err == nil {\n\t\tdefer resp.Body.Close()\n\t}" : "")
        \treturn resp, err
        }

        """
    }

    @Test func changedFilesAndImportsAreAnalysedAgain() throws {
        let root = try Self.module()
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: cache) }
        let pattern = root.path + "/..."
        let (cold, _) = Self.run([pattern], cache: cache)
        #expect(cold.contains("a.go"), "the cross-package wrapper is a source: \(cold)")
        // b's wrapper now closes the body: a's result depends on it, so a is analysed again.
        try Self.wrapper(closes: true).write(to: root.appendingPathComponent("b/b.go"), atomically: true, encoding: .utf8)
        let (warm, statistics) = Self.run([pattern], cache: cache)
        let uncached = LintSession.run(LintSessionTests.request([pattern]) { $0.format = .json }).report ?? ""
        #expect(warm == uncached && !warm.contains("a.go"), "\(warm)")
        #expect(statistics.cacheMisses == 2, "b changed, and a depends on it")
    }

    /// A cgo package whose free wrapper lives in a header its preamble includes: editing the header (the
    /// package's own files untouched) analyses the package again.
    @Test func editingAnIncludedHeaderAnalysesThePackageAgain() throws {
        let root = try Harness.temporaryDirectory()
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: cache) }
        try "module example.com/c\n\ngo 1.22\n".write(to: root.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try """
            package c

            /*
            #include "wrap.h"
            */
            import "C"

            func Print(s string) {
            \tp := C.CString(s)
            \tdefer C.release(p)
            }

            """.write(to: root.appendingPathComponent("c.go"), atomically: true, encoding: .utf8)
        let header = root.appendingPathComponent("wrap.h")
        try "#include <stdlib.h>\nstatic void release(char *s) { free(s); }\n".write(to: header, atomically: true, encoding: .utf8)
        let pattern = root.path + "/..."
        let (cold, _) = Self.run([pattern], cache: cache)
        #expect(!cold.contains("GL102"), "the header's wrapper frees: \(cold)")
        // The wrapper no longer frees: only the header changed.
        try "static void release(char *s) { (void)s; }\n".write(to: header, atomically: true, encoding: .utf8)
        let (warm, statistics) = Self.run([pattern], cache: cache)
        #expect(warm.contains("GL102"), "\(warm)")
        #expect(statistics.cacheMisses == 1 && statistics.cacheHits == 0)
    }

    /// One input of the cache key changed, nothing else: the warm run must print what an uncached run prints
    /// now, and differ from the cold run (issue 28 item 2: one test per input).
    static func expectChangeIsSeen(_ name: String, in root: URL, select: [String]? = nil,
                                   change: () throws -> Void) throws {
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let pattern = root.path + "/..."
        func lint(_ cacheDirectory: URL?) -> String {
            LintSession.run(LintSessionTests.request([pattern]) {
                $0.format = .json
                $0.select = select
                $0.cacheDirectory = cacheDirectory?.path
            }).report ?? ""
        }
        let cold = lint(cache)
        try change()
        let warm = lint(cache)
        let uncached = lint(nil)
        #expect(warm == uncached, "\(name): the warm run served stale results")
        #expect(warm != cold, "\(name): the change was meant to change the findings")
    }

    /// An imported package's file, reached through a symlink, edited without changing its size or modification time.
    @Test func dependencyContentIsKeyedThroughSymlinksNotMetadata() throws {
        let root = try Self.module()
        defer { try? FileManager.default.removeItem(at: root) }
        // b/b.go is a link to a helper kept elsewhere in the module.
        let shared = root.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let target = shared.appendingPathComponent("fetch.go.txt")
        let leaking = Self.wrapper(closes: false).replacingOccurrences(of: "\treturn resp, err", with: "\t// keep the body opened\n\treturn resp, err")
        let closing = Self.wrapper(closes: false).replacingOccurrences(of: "\treturn resp, err", with: "\tdefer resp.Body.Close()\n\treturn resp, err")
        #expect(leaking.utf8.count == closing.utf8.count)
        try leaking.write(to: target, atomically: true, encoding: .utf8)
        let link = root.appendingPathComponent("b/b.go")
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: target.path)
        try Self.expectChangeIsSeen("dependency through a symlink", in: root) {
            let handle = try FileHandle(forWritingTo: target)  // in place: same inode, size and (reset) time
            try handle.write(contentsOf: Data(closing.utf8))
            try handle.close()
            try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: target.path)
        }
    }

    /// The `go` line of the go.mod above the package's directory (GL301 speaks only before Go 1.23).
    @Test func goLineOfTheOwningModuleIsKeyed() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Harness.write(["go.mod": "module example.com/t\n\ngo 1.22\n", "deep/pkg/w.go": """
            package pkg

            import "time"

            func Wait(c <-chan int) {
            	for {
            		select {
            		case <-c:
            		case <-time.After(time.Minute):
            			return
            		}
            	}
            }

            """], under: root)
        try Self.expectChangeIsSeen("go line", in: root) {
            try Harness.write(["go.mod": "module example.com/t\n\ngo 1.23\n"], under: root)
        }
    }

    /// The golangci-lint configuration decides whether a stale `//nolint:bodyclose` is GL001: enabling bodyclose there
    /// must reach cached packages below it.
    @Test func theGolangciConfigurationIsKeyed() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Harness.write(["go.mod": "module example.com/t\n\ngo 1.22\n", "pkg/p.go": """
            package pkg

            func f() {
            	println("x") //nolint:bodyclose // from when bodyclose ran here
            }

            """], under: root)
        try Self.expectChangeIsSeen("golangci-lint configuration", in: root) {
            try Harness.write([".golangci.yml": "linters:\n  enable: [bodyclose]\n"], under: root)
        }
    }

    /// A go.mod added between the package and its module root: a new module, where b's wrapper is not an import.
    @Test func aNestedModuleBoundaryIsKeyed() throws {
        let root = try Self.module()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.expectChangeIsSeen("nested go.mod", in: root.appendingPathComponent("a")) {
            try "module example.com/a\n\ngo 1.22\n".write(to: root.appendingPathComponent("a/go.mod"), atomically: true, encoding: .utf8)
        }
        // No import involved: a package under cmd/ is command code (GL204 stays silent there) only while cmd/ is
        // inside its module; a go.mod in cmd/tool makes it a module of its own, where the select blocks a library.
        let tool = root.appendingPathComponent("cmd/tool")
        try FileManager.default.createDirectory(at: tool, withIntermediateDirectories: true)
        try "package tool\n\nfunc Serve() {\n\tgo func() {}()\n\tselect {}\n}\n".write(to: tool.appendingPathComponent("t.go"), atomically: true, encoding: .utf8)
        try Self.expectChangeIsSeen("nested go.mod without imports", in: tool, select: ["GL204"]) {
            try "module example.com/tool\n\ngo 1.22\n".write(to: tool.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        }
    }

    /// The configuration file, and the rule set.
    @Test func configurationAndRuleSetAreKeyed() throws {
        let root = try Self.module()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.expectChangeIsSeen("configuration", in: root) {
            try "ignore: [GL101]\n".write(to: root.appendingPathComponent(".goleaklint.yml"), atomically: true, encoding: .utf8)
        }
        try FileManager.default.removeItem(at: root.appendingPathComponent(".goleaklint.yml"))
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let lint = { (select: [String]) in
            LintSession.run(LintSessionTests.request([root.path + "/..."]) { $0.format = .json; $0.select = select; $0.cacheDirectory = cache.path }).report ?? ""
        }
        let withGL101 = lint(["GL101"])
        #expect(withGL101.contains("GL101") && !lint(["GL102"]).contains("GL101"))
    }

    @Test func corruptEntriesAreIgnoredAndRewritten() throws {
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let (cold, _) = Self.run([Self.rules], cache: cache)
        let entries = FileManager.default.enumerator(atPath: cache.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }
        #expect(!entries.isEmpty)
        for (index, entry) in entries.enumerated() {
            let garbage = index % 2 == 0 ? "{\"key\":\"someone else\",\"findings\":[],\"errors\":[],\"dependencies\":{}}" : "\u{0}not json"
            try garbage.write(toFile: cache.path + "/" + entry, atomically: true, encoding: .utf8)
        }
        let (again, statistics) = Self.run([Self.rules], cache: cache)
        #expect(again == cold && statistics.cacheHits == 0)
        let (warm, warmStatistics) = Self.run([Self.rules], cache: cache)
        #expect(warm == cold && warmStatistics.cacheMisses == 0)
    }

    /// The directory stays under its bound: the oldest entries go first.
    @Test func pruningRemovesTheOldestEntries() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = LintCache(directory: directory.path, salt: 1, maximumBytes: 2_500)
        for index in 0..<5 {
            cache.store(LintCache.Entry(key: "k\(index)aaaa", findings: [], errors: [FileError(path: String(repeating: "x", count: 900), cause: "c")],
                                        dependencies: [:]))
            let path = directory.path + "/k\(index)/k\(index)aaaa.json"
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000 + index))], ofItemAtPath: path)
        }
        cache.prune()
        let left = FileManager.default.enumerator(atPath: directory.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }
        #expect(Set(left.map { ($0 as NSString).lastPathComponent }) == ["k3aaaa.json", "k4aaaa.json"], "\(left)")
    }

    /// A run that wrote nothing lists nothing (a warm run must not grow with the cache); a writing run adds to the
    /// recorded total and lists the entries only when that total passes the bound.
    @Test func pruningListsEntriesOnlyWhenTheRecordedTotalPassesTheBound() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func entry(_ name: String) -> LintCache.Entry {
            LintCache.Entry(key: name, findings: [], errors: [FileError(path: String(repeating: "x", count: 900), cause: "c")], dependencies: [:])
        }
        let first = LintCache(directory: directory.path, salt: 1, maximumBytes: 2_500)
        first.store(entry("aa1111"))
        first.prune()
        let index = directory.appendingPathComponent(LintCache.sizeIndexName)
        let recorded = try String(contentsOf: index, encoding: .utf8).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(recorded.count == 2 && recorded[0] > 900 && recorded[0] < 1_500, "\(recorded)")
        // An entry the index does not know of (another tool's junk, or a lost addition): a run that writes nothing
        // leaves it, and so does a writing run whose recorded total stays under the bound.
        let stray = directory.appendingPathComponent("zz/zzzz.json")
        try FileManager.default.createDirectory(at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(count: 5_000).write(to: stray)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000)], ofItemAtPath: stray.path)
        LintCache(directory: directory.path, salt: 1, maximumBytes: 2_500).prune()
        #expect(FileManager.default.fileExists(atPath: stray.path))
        let second = LintCache(directory: directory.path, salt: 1, maximumBytes: 2_500)
        second.store(entry("bb2222"))
        second.prune()
        #expect(FileManager.default.fileExists(atPath: stray.path))
        // The third entry takes the recorded total over the bound: now the listing finds the stray, the oldest, and removes it.
        let third = LintCache(directory: directory.path, salt: 1, maximumBytes: 2_500)
        third.store(entry("cc3333"))
        third.prune()
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(FileManager.default.fileExists(atPath: directory.path + "/cc/cc3333.json"))
        let after = try String(contentsOf: index, encoding: .utf8).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(after.first.map { $0 <= 2_500 } == true && after.last == 0, "\(after)")
    }

    @Test func concurrentRunsShareTheCache() throws {
        let cache = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let expected = LintSession.run(LintSessionTests.request([Self.rules]) { $0.format = .json }).report ?? ""
        let reports = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let (report, _) = Self.run([Self.rules], cache: cache)
            reports.withLock { $0.append(report) }
        }
        #expect(reports.withLock { $0 }.allSatisfy { $0 == expected })
        #expect(Self.run([Self.rules], cache: cache).1.cacheMisses == 0)
    }
}
