import Foundation
import Testing
@testable import Rules

/// The demo module is the product's showcase: every `// leak: GLxxx` comment in it must be found, and
/// nothing else (its realistic clean code must stay silent).
struct DemoTests {
    static let demo = Harness.testdata.appendingPathComponent("demo")

    struct Mark: Hashable, CustomStringConvertible {
        let path: String
        let line: Int
        let code: String
        var description: String { "\(path):\(line) \(code)" }
    }

    @Test func findingsAreExactlyTheMarkedLeaks() throws {
        var expected = Set<Mark>()
        var packages: [PackageInput] = []
        for directory in FixtureTests.packageDirectories(under: Self.demo) {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".go") }.sorted()
            var files: [SourceFile] = []
            for name in names {
                let path = directory.appendingPathComponent(name).path
                files.append(SourceFile(path: path, displayPath: path))
                let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
                for (index, line) in lines.enumerated() {
                    guard let marker = line.range(of: "// leak: ") else { continue }
                    for code in line[marker.upperBound...].split(separator: ",") {
                        expected.insert(Mark(path: path, line: index + 1, code: code.trimmingCharacters(in: .whitespaces)))
                    }
                }
            }
            packages.append(PackageInput(directory: directory.path, files: files,
                                         goVersion: GoModLocator().version(forDirectory: directory.path)))
        }
        // Every rule, opt-in ones (GL401) included: the demo has a leak of each. (`make lint` shows the
        // default set: testdata/demo/expected.txt.)
        let result = Linter(ruleTypes: Registry.enabledRules(select: ["ALL"], ignore: []), jobs: 2).lint(packages)
        #expect(result.errors.isEmpty)
        let actual = Set(result.findings.map { Mark(path: $0.range.path, line: $0.range.start.line, code: $0.code) })
        #expect(actual.subtracting(expected).isEmpty, "Noisy: \(actual.subtracting(expected).sorted { $0.description < $1.description })")
        #expect(expected.subtracting(actual).isEmpty, "Missing: \(expected.subtracting(actual).sorted { $0.description < $1.description })")
    }

    /// The demo shows every core rule at least once.
    @Test func demoHasALeakOfEveryCoreRule() throws {
        let text = try FileManager.default.subpathsOfDirectory(atPath: Self.demo.path)
            .filter { $0.hasSuffix(".go") }
            .map { try String(contentsOfFile: Self.demo.appendingPathComponent($0).path, encoding: .utf8) }
            .joined()
        for doc in Registry.allDocs where doc.category != "meta" {
            #expect(text.contains("// leak: \(doc.code)"), "the demo has no \(doc.code) leak")
        }
    }
}
