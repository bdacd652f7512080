import Foundation
import Testing
@testable import Rules

/// A package is analysed on one of two paths: a small one keeps every tree between reading declarations and
/// walking, a large one (over `retainedTreeBudget`) reads declarations from skeletons and parses each file again
/// for its walk. Which path a package takes, and in which order its files come, must never change a finding:
/// before the skeleton pass, a large package's walk saw only the declarations of files parsed before it, so in
/// Go's net/http a test helper's `cst.c.Do` was a client call in files sorting after its declaration and
/// nothing in files sorting before.
struct PackagePathTests {
    static let corpora = ["rules", "demo", "semantic"].map { Harness.testdata.appendingPathComponent($0).path + "/..." }

    static func findings(budget: Int, _ packages: [PackageInput]) -> [String] {
        let linter = Linter(ruleTypes: Registry.allRules, jobs: 2, retainedTreeBudget: budget)
        return linter.lint(packages).findings.map { "\($0.code) \($0.range.path):\($0.range.start.line):\($0.range.start.column) \($0.message)" }
    }

    /// A finding (by its prefix) on the small path (budget Int.max), the skeleton path (0), and the mixed path: a
    /// budget of `keptWhole`'s size keeps that file whole (a skeleton saves least on it) and reads the rest from
    /// skeletons.
    static func expectOnEveryPath(_ finding: String, files names: [String], keptWhole: String, in root: URL) throws {
        let files = names.map { SourceFile(path: root.appendingPathComponent($0).path, displayPath: $0) }
        let package = PackageInput(directory: root.path, files: files, goVersion: nil)
        let keptSize = try Data(contentsOf: root.appendingPathComponent(keptWhole)).count
        for budget in [Int.max, 0, keptSize] {
            let found = findings(budget: budget, [package])
            #expect(found.contains { $0.hasPrefix(finding) }, "budget \(budget): \(found)")
        }
    }

    @Test func theLargePackagePathFindsWhatTheSmallOneFinds() {
        let (packages, errors) = Discovery(includeTests: true).packages(for: Self.corpora)
        #expect(errors.isEmpty)
        let small = Self.findings(budget: Int.max, packages)
        let large = Self.findings(budget: 0, packages)
        #expect(small.count > 100)
        let onlySmall = Set(small).subtracting(large).sorted().prefix(5), onlyLarge = Set(large).subtracting(small).sorted().prefix(5)
        let same = small == large
        #expect(same, "only on the small path: \(Array(onlySmall)); only on the large path: \(Array(onlyLarge))")
        // A large package that keeps some trees whole (a budget smaller than most packages, larger than some files).
        let mixed = Self.findings(budget: 3000, packages)
        let onlyMixed = Set(mixed).subtracting(small).sorted().prefix(5), notMixed = Set(small).subtracting(mixed).sorted().prefix(5)
        #expect(mixed == small, "only when some trees are kept: \(Array(onlyMixed)); missing then: \(Array(notMixed))")
    }

    /// A file kept whole in a large package gives the semantic core its facts as a skeleton would: a wrapper declared
    /// there (a function returning `*os.File`) makes its caller's unclosed file a finding on every path.
    @Test func aFileKeptWholeGivesItsFacts() throws {
        let root = try Harness.temporaryDirectory()
        try Harness.write([
            "a_use.go": """
                package logs

                func write(line string) {
                	f, err := openLog("/tmp/app.log")
                	if err != nil {
                		return
                	}
                	f.WriteString(line)
                	println("written", line, "to the log file, which this function forgets to close afterwards")
                }
                """,
            "z_open.go": """
                package logs

                import "os"

                type level int

                const (
                	info level = iota
                	warn
                )

                func openLog(path string) (*os.File, error) { return os.Create(path) }
                """,
        ], under: root)
        try Self.expectOnEveryPath("GL103 a_use.go:4:", files: ["a_use.go", "z_open.go"], keptWhole: "z_open.go", in: root)
    }

    /// The files kept whole are those a skeleton saves least on, while they fit the budget; ties keep file order.
    @Test func aLargePackageKeepsTheFilesWithLeastInsideBodies() {
        let sizes = [1000, 400, 400, 300, 2000]
        let skipped: [[Range<Int>]] = [[0..<900], [], [0..<100], [0..<150], [0..<100]]
        // Shares skipped: 0.9, 0, 0.25, 0.5, 0.05 → order 1, 4, 2, 3, 0.
        #expect(Linter.filesKeptWhole(sizes, skipped: skipped, budget: 1100) == [1, 2, 3])
        #expect(Linter.filesKeptWhole(sizes, skipped: skipped, budget: 2400) == [1, 4])
        #expect(Linter.filesKeptWhole(sizes, skipped: skipped, budget: 0).isEmpty)
        #expect(Linter.filesKeptWhole([10, 10], skipped: [[], []], budget: 10) == [0])
    }

    /// The use sorts before the declaration it needs (a struct field's client type, through a dot import as in
    /// net/http's tests), on both paths.
    @Test func aDeclarationInALaterFileIsKnownToAnEarlierOne() throws {
        let root = try Harness.temporaryDirectory()
        try Harness.write([
            "a_use.go": """
                package web

                import . "net/http"

                func fetch(req *Request) int {
                	s := newServer()
                	res, err := s.c.Do(req)
                	if err != nil {
                		return 0
                	}
                	return res.StatusCode
                }
                """,
            "z_types.go": """
                package web

                import . "net/http"

                type server struct {
                	c *Client
                }

                func newServer() *server { return &server{c: DefaultClient} }
                """,
        ], under: root)
        try Self.expectOnEveryPath("GL101 a_use.go:7:", files: ["a_use.go", "z_types.go"], keptWhole: "z_types.go", in: root)
    }
}
