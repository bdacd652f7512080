import ArgumentParser
import Foundation
import Rules

/// Writes every rule's triggering examples that get a fix, before and after the real fix planner, as small Go
/// modules (`make conformance` vets both with the pinned toolchain: a fix must not add a compile or vet error).
struct DebugFixExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug-fix-examples",
        abstract: "Write each triggering example with a fix, before and after --fix, as Go modules (make conformance).",
        shouldDisplay: false)
    @Argument(help: "the directory to write CODE-N/before and CODE-N/after into") var output: String

    func run() throws {
        try GoGrammar.checkCompatibility()
        var written = 0
        for rule in Registry.allRules {
            for (index, example) in rule.doc.triggering.enumerated() {
                let source = Array(String(example.code.filter { $0 != Example.marker }).utf8)
                let file = SourceFile(path: example.fileName, displayPath: example.fileName, contents: source)
                let linter = Linter(ruleTypes: [rule], options: [rule.doc.code: example.options], jobs: 1,
                                    goVersionOverride: example.goVersion)
                let findings = linter.lint([PackageInput(directory: ".", files: [file], goVersion: example.goVersion)]).findings
                    .filter { $0.fix != nil && !$0.isSuppressed }
                guard !findings.isEmpty else { continue }
                // The planner --fix uses: one pass, overlapping fixes left for the next run.
                let plan = FixPlan(findings)
                let fixed = FixPlan.apply(plan.edits[example.fileName] ?? [], to: source)
                let directory = "\(output)/\(rule.doc.code)-\(index + 1)"
                let goLine = example.goVersion.map { "\($0)" } ?? "1.22"
                for (side, bytes) in [("before", source), ("after", fixed)] {
                    let module = directory + "/" + side
                    try FileManager.default.createDirectory(atPath: module, withIntermediateDirectories: true)
                    try Data("module example.com/ex\n\ngo \(goLine)\n".utf8).write(to: URL(fileURLWithPath: module + "/go.mod"))
                    try Data(bytes).write(to: URL(fileURLWithPath: module + "/" + example.fileName))
                }
                written += 1
            }
        }
        print("\(written) examples with fixes")
    }
}
