import Foundation
import Testing
@testable import Rules

/// Test support outside `_test.go` (issue 25): helpers that take tests' own types are reported only with
/// `--tests`; a file importing `testing` just to ask `testing.Testing()` stays production code.
struct TestSupportTests {
    static let package = Harness.testdata.appendingPathComponent("rules/unclosed-file/testsupport").path

    static func files(_ findings: [Finding]) -> Set<String> {
        Set(findings.map { URL(fileURLWithPath: $0.range.path).lastPathComponent })
    }

    @Test func helpersFollowTheTestsFlag() {
        let without = LintSession.run(LintSessionTests.request([Self.package]) { $0.select = ["GL103"]; $0.tests = false })
        #expect(Self.files(without.findings) == ["store.go", "mode.go"])
        let with = LintSession.run(LintSessionTests.request([Self.package]) { $0.select = ["GL103"]; $0.tests = true })
        #expect(Self.files(with.findings) == ["store.go", "mode.go", "helpers.go"])
    }

    @Test func classificationReadsImportsAndTestTypes() {
        func classify(_ text: String) -> Bool { TestSupport.isTestSupport(Array(text.utf8)) }
        #expect(classify("package p\n\nimport \"testing\"\n\nfunc H(tb testing.TB) {}\n"))
        #expect(classify("package p\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc M(m *testing.M) { os.Exit(m.Run()) }\n"))
        #expect(!classify("package p\n\nimport \"testing\"\n\nvar underTest = testing.Testing()\n"))
        // The types named without the import: a comment or another package's `testing`.
        #expect(!classify("package p\n\n// takes a *testing.T in tests\nfunc H() {}\n"))
        #expect(!classify("package p\n\nimport \"example.com/x/testing\"\n\nfunc H(t *testing.T) {}\n"))
        #expect(!classify("package p\n\nimport \"testing\"\n\nfunc H(t *mytesting.T) { _ = testing.Short() }\n"))
    }
}

/// The name an unaliased import is known by (goimports' assumption, which formatted code keeps true).
struct ImportNameTests {
    @Test(arguments: [
        ("net/http", "http"), ("github.com/hashicorp/go-dbw", "dbw"), ("gopkg.in/yaml.v3", "yaml"),
        ("github.com/jackc/pgx/v5", "pgx"), ("k8s.io/client-go", "client"), ("github.com/mattn/go-sqlite3", "sqlite3"),
        ("example.com/v2", "example"), ("github.com/x/my_pkg", "my_pkg"),
    ])
    func assumedName(path: String, name: String) {
        #expect(ImportTable.defaultName(of: path) == name)
    }
}
