/// The whole pipeline on one in-memory file, as the fuzzer and its regression tests drive it:
/// parse → every rule → every reporter. Returns the concatenated renderings.
public enum FuzzPipeline {
    public static func run(_ bytes: [UInt8], linter: Linter, path: String = "fuzz.go") -> String {
        let file = SourceFile(path: path, displayPath: path, contents: bytes)
        let result = linter.lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
        let report = Report(findings: result.findings, errors: result.errors, rules: Registry.allDocs)
        let reporters: [any Reporter] = [
            TextReporter(), JsonReporter(), GitHubReporter(),
            SarifReporter(sourceRoot: ".", category: "fuzz") { $0 == path ? bytes : nil },
        ]
        return reporters.map { $0.render(report) }.joined()
    }
}
