import Foundation
import Testing
@testable import Rules

/// Golden files for every format over one fixture tree with findings of every rule (multibyte text, tabs,
/// CRLF, repeated lines, a suppressed finding, an unreadable file); GitHub's line hashes checked against
/// the reference implementation; the SARIF checked by `validate-sarif`.
/// GOLEAKLINT_UPDATE_GOLDEN=1 rewrites the goldens (review the diff).
@Suite(.serialized)
struct ReporterTests {
    static let golden = Harness.testdata.appendingPathComponent("golden")
    static let validator = Harness.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/validate-sarif")
    static let rootPlaceholder = "file:///SRCROOT/"

    static func report() -> Report {
        let source = golden.appendingPathComponent("src")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? []).filter { $0.hasSuffix(".go") }.sorted()
        let files = names.map { SourceFile(path: source.appendingPathComponent($0).path, displayPath: "src/\($0)") }
        let rules = Registry.enabledRules(select: [], ignore: [])
        let result = Linter(ruleTypes: rules, jobs: 1).lint([PackageInput(directory: "src", files: files, goVersion: nil)])
        // Fingerprints as the session sets them: the goldens pin their format and values.
        var findings = result.findings
        Baseline.fingerprint(&findings) { try? SourceReader.read(golden.appendingPathComponent($0).path) }
        return Report(findings: findings, errors: result.errors, rules: rules.map { $0.doc })
    }

    static func sarif(_ report: Report) -> String {
        SarifReporter(sourceRoot: golden.path, category: SarifCategory.automationID(base: "goleaklint/golden", shard: nil), workingDirectory: golden.path) { path in
            try? SourceReader.read(golden.appendingPathComponent(path).path)
        }.render(report)
    }

    /// SARIF columns are UTF-16 code units, checked without any golden: `é` is 2 bytes but 1 unit, `𝄞`
    /// 4 bytes but 2 units.
    @Test func sarifColumnsAreUTF16() throws {
        let source = "package p\n\nimport \"net/http\"\n\nfunc f(u string) { _ = \"é𝄞\"; http.Get(u) }\n"
        let bytes = Array(source.utf8)
        let findings = Harness.lint(source, fileName: "m.go", rules: [UnclosedResponseBodyRule.self])
        let finding = try #require(findings.first)
        let prefix = "func f(u string) { _ = \"é𝄞\"; "
        #expect(finding.range.start.column == prefix.utf8.count + 1, "byte column")
        let text = SarifReporter(sourceRoot: ".", workingDirectory: ".") { _ in bytes }
            .render(Report(findings: findings, errors: [], rules: [UnclosedResponseBodyRule.doc]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        let result = try #require((runs.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startColumn"] as? Int == prefix.utf16.count + 1)
        #expect(prefix.utf16.count + 1 != prefix.utf8.count + 1)
    }

    static func renderings() -> [String: String] {
        let report = Self.report()
        let rootURI = "file://" + SarifReporter.percentEncoded(golden.standardizedFileURL.path + "/")
        return [
            "report.txt": TextReporter().render(report),
            "report.jsonl": JsonReporter().render(report),
            "report.github": GitHubReporter().render(report),
            "report.codeclimate.json": CodeClimateReporter().render(report),
            "report.sarif": sarif(report).replacingOccurrences(of: rootURI, with: rootPlaceholder),
        ]
    }

    @Test(arguments: ["report.txt", "report.jsonl", "report.github", "report.sarif", "report.codeclimate.json"])
    func matchesGolden(_ name: String) throws {
        let rendered = try #require(Self.renderings()[name])
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GOLEAKLINT_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == expected, "\(name) differs from its golden; GOLEAKLINT_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func goldenTreeHasFindingsOfEveryRule() {
        let codes = Set(Self.report().findings.map(\.code))
        for doc in Registry.allDocs where doc.enabledByDefault {
            #expect(codes.contains(doc.code), "the golden tree has no \(doc.code) finding")
        }
        #expect(!Self.report().errors.isEmpty, "the golden tree has an unreadable file")
    }

    // MARK: Formats in detail

    /// GitLab keeps one Code Quality issue per fingerprint: every issue's is unique, and every issue has
    /// the fields GitLab reads.
    @Test func codeClimateIssuesHaveUniqueFingerprints() throws {
        let rendered = CodeClimateReporter().render(Self.report())
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [[String: Any]])
        #expect(!issues.isEmpty)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count)
        for issue in issues {
            #expect(issue["check_name"] is String && issue["description"] is String)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String && (location["lines"] as? [String: Any])?["begin"] is Int)
        }
    }

    @Test func jsonLinesAreOneObjectPerFindingWithStaticcheckKeys() throws {
        let lines = JsonReporter().render(Self.report()).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["code", "severity", "location", "end", "message", "related", "name", "url"] {
                #expect(object[key] != nil, "missing \(key)")
            }
            let location = try #require(object["location"] as? [String: Any])
            #expect(location["file"] is String && location["line"] is Int && location["column"] is Int)
            #expect(["error", "warning", "note", "ignored"].contains(object["severity"] as? String ?? ""))
        }
    }

    @Test func jsonEscaping() {
        var bytes: [UInt8] = []
        JSONValue.quote("a\"b\\c\nd\te\u{01}é日\u{2028}", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\nd\te\u0001é日\u2028""#)
        var moreBytes: [UInt8] = []
        JSONValue.quote("\u{7F}\u{1F}\u{2029}\u{08}\u{0C}\r…end", into: &moreBytes)
        let more = String(decoding: moreBytes, as: UTF8.self)
        #expect(more == #""\u007f\u001f\u2029\b\f\r…end""#, "\(more)")
    }

    @Test func githubEscaping() {
        #expect(GitHubReporter.escapeData("50%\r\nnext") == "50%25%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test func utf16Columns() {
        let columns = SourceColumns(Array("a\n日本x\n😀y".utf8))
        #expect(columns.utf16Column(line: 1, byteColumn: 2) == 2)
        #expect(columns.utf16Column(line: 2, byteColumn: 7) == 3)  // after two 3-byte characters
        #expect(columns.utf16Column(line: 3, byteColumn: 5) == 3)  // after one surrogate pair
    }

    @Test func sarifIsEmptyArrayWithoutFindingsAndListsEveryRule() throws {
        let rules = Registry.enabledRules(select: [], ignore: []).map { $0.doc }
        let text = SarifReporter(sourceRoot: "/tmp") { _ in nil }.render(Report(findings: [], errors: [], rules: rules))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [[String: Any]])?.map { $0["id"] as? String ?? "" } == rules.map(\.code))
    }

    // MARK: Against the reference tools

    static func runValidator(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            Issue.record("validate-sarif not found at \(validator.path) (../shared must sit beside the repository)")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = validator
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Sources that stress the hash: multibyte text, CRLF, repeated lines, tabs, blank lines, a missing
    /// final newline, lines longer than the 100-unit window, astral characters.
    static let hashSources: [String: [UInt8]] = [
        "multibyte.go": Array("package p\n\n// 日本語のコメント\nvar s = \"ünïcödé 😀\"\n".utf8),
        "crlf.go": Array("package p\r\n\r\nfunc f() {\r\n\treturn\r\n}\r\n".utf8),
        "duplicates.go": Array("package p\n\nfunc f() {\n\tx++\n\tx++\n\tx++\n}\n\nfunc g() {\n\tx++\n}\n".utf8),
        "tabs.go": Array("package p\n\n\t\tvar a = 1\n  \t var b = 2\n\n\n".utf8),
        "nonewline.go": Array("package p\nvar x = 1".utf8),
        "long.go": Array(("package p\nvar long = \"" + String(repeating: "abcdefghij", count: 30) + "\"\nvar z = 1\n").utf8),
    ]

    @Test func lineHashesMatchGitHubsAlgorithm() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var sources = Self.hashSources
        for name in ["leaks.go", "cgo.go"] {
            sources[name] = try SourceReader.read(Self.golden.appendingPathComponent("src/\(name)").path)
        }
        for (name, bytes) in sources.sorted(by: { $0.key < $1.key }) {
            let path = directory.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let (status, output) = try Self.runValidator(["--line-hashes", path])
            try #require(status == 0, "\(output)")
            var expected: [Int: String] = [:]
            for line in output.split(separator: "\n") {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }).map(String.init)
                guard parts.count >= 3, let number = Int(parts[0]) else { continue }
                expected[number] = parts[1] + ":" + parts[2]
            }
            #expect(!expected.isEmpty, "no hashes parsed for \(name): \(output.prefix(200))")
            #expect(LineHash.hashes(of: bytes) == expected, "\(name)")
        }
    }

    @Test func sarifPassesTheValidatorWithFingerprints() throws {
        let file = try Harness.temporaryDirectory().appendingPathComponent("golden.sarif")
        try Self.sarif(Self.report()).write(to: file, atomically: true, encoding: .utf8)
        let (status, output) = try Self.runValidator(["--src-root", Self.golden.path, file.path])
        #expect(status == 0, "\(output)")
        #expect(!output.lowercased().contains("error"), "\(output)")
    }
}
