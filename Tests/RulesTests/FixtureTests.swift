import Foundation
import Testing
@testable import Rules

/// go/analysis-style fixtures: `testdata/rules/<rule>/…/*.go` carry `// want "GL101"` or
/// `// want "GL101: message regexp"` on each line that must get a finding. Every default rule runs on
/// every fixture package; an unwanted finding (Noisy) and an unmet want (Missing) both fail.
struct FixtureTests {
    struct Want: Hashable {
        let path: String
        let line: Int
        let code: String
        /// `// want "GL101@15"`: the finding must also start at this 1-based byte column.
        let column: Int?
        let pattern: String?

        func matches(_ finding: Finding) -> Bool {
            path == finding.range.path && line == finding.range.start.line && code == finding.code
                && (column.map { $0 == finding.range.start.column } ?? true)
                && (pattern.map { finding.message.range(of: $0, options: .regularExpression) != nil } ?? true)
        }
    }

    /// Every directory under `root` holding .go files is one package.
    static func packageDirectories(under root: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var directories = Set<String>()
        for case let url as URL in enumerator where url.pathExtension == "go" {
            directories.insert(url.deletingLastPathComponent().standardizedFileURL.path)
        }
        return directories.sorted().map { URL(fileURLWithPath: $0) }
    }

    static let fixturePackages: [String] = packageDirectories(under: Harness.testdata.appendingPathComponent("rules"))
        .map { String($0.path.dropFirst(Harness.testdata.path.count + 1)) }

    static func lintDirectory(_ directory: URL) -> (findings: [Finding], errors: [FileError]) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".go") }.sorted()
            .map { name -> SourceFile in
                let path = directory.appendingPathComponent(name).path
                return SourceFile(path: path, displayPath: path)
            }
        let version = GoModLocator().version(forDirectory: directory.path)
        // Every rule, opt-in ones included, runs on every fixture.
        let linter = Linter(ruleTypes: Registry.enabledRules(select: ["ALL"], ignore: []), jobs: 1)
        let result = linter.lint([PackageInput(directory: directory.path, files: files, goVersion: version)])
        return (result.findings.filter { !$0.isSuppressed }, result.errors)
    }

    static func wants(in directory: URL) -> [Want] {
        var wants: [Want] = []
        let expression = try! NSRegularExpression(pattern: #""(GL\d{3})(?:@(\d+))?(?::\s*([^"]*))?""#)
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        where name.hasSuffix(".go") {
            let path = directory.appendingPathComponent(name).path
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            for (offset, line) in text.components(separatedBy: "\n").enumerated() {
                guard let marker = line.range(of: "// want ") else { continue }
                let tail = String(line[marker.upperBound...])
                for match in expression.matches(in: tail, range: NSRange(tail.startIndex..., in: tail)) {
                    let code = String(tail[Range(match.range(at: 1), in: tail)!])
                    let column = Range(match.range(at: 2), in: tail).flatMap { Int(tail[$0]) }
                    let pattern = Range(match.range(at: 3), in: tail).map { String(tail[$0]) }
                    wants.append(Want(path: path, line: offset + 1, code: code, column: column, pattern: pattern))
                }
            }
        }
        return wants
    }

    @Test(arguments: fixturePackages)
    func fixture(_ relativePath: String) {
        Self.checkWants(in: Harness.testdata.appendingPathComponent(relativePath))
    }

    /// Lints one package directory with every default rule and records a Noisy issue for each finding
    /// no want asked for and a Missing issue for each want no finding met.
    static func checkWants(in directory: URL) {
        let (findings, errors) = lintDirectory(directory)
        #expect(errors.isEmpty, "\(errors)")
        var unmet = wants(in: directory)
        // Positions are part of the contract: every want names its column (`// want "GL101@15"`).
        for want in unmet where want.column == nil {
            Issue.record("want without a column: \(want.path):\(want.line) \(want.code)")
        }
        var noisy: [Finding] = []
        for finding in findings {
            if let index = unmet.firstIndex(where: { $0.matches(finding) }) {
                unmet.remove(at: index)
            } else {
                noisy.append(finding)
            }
        }
        for finding in noisy {
            Issue.record("Noisy: \(finding.range.path):\(finding.range.start.line):\(finding.range.start.column): \(finding.code) \(finding.message)")
        }
        for want in unmet {
            Issue.record("Missing: \(want.path):\(want.line)\(want.column.map { ":\($0)" } ?? ""): \(want.code)\(want.pattern.map { ": " + $0 } ?? "")")
        }
    }

    @Test func fixturesExistForEveryCoreRule() {
        let names = Set(Self.fixturePackages.compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) })
        for doc in Registry.allDocs where doc.category != "meta" {
            #expect(names.contains(doc.name), "no testdata/rules/\(doc.name) fixtures for \(doc.code)")
        }
    }

    @Test func cleanCodeProducesNothing() {
        let directories = Self.packageDirectories(under: Harness.testdata.appendingPathComponent("clean"))
        #expect(directories.count >= 3, "testdata/clean must hold clean packages, or this test proves nothing")
        for directory in directories {
            let (findings, errors) = Self.lintDirectory(directory)
            #expect(findings.isEmpty, "\(findings.map { "\($0.range.path):\($0.range.start.line) \($0.code)" })")
            #expect(errors.isEmpty)
        }
    }
}
