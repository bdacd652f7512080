import ArgumentParser
import Foundation
import Rules

extension Severity: ExpressibleByArgument {}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, none
    var severity: Severity? { Severity(rawValue: rawValue) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint Go packages (the default command).")

    @Argument(help: "Packages: ./... (default), dir, dir/..., file.go")
    var patterns: [String] = []

    @Option(help: "Output format: text.")
    var format: OutputFormat = .text

    @Option(help: "Write the report to FILE (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Rules to run: codes, names or prefixes, comma-separated (GL1,GL201,unclosed-response-body).")
    var select: String?

    @Option(help: "Rules to skip: codes, names or prefixes, comma-separated.")
    var ignore: String?

    @Option(name: .customLong("go-version"), help: "Go version to assume (1.N), overriding go.mod.")
    var goVersion: String?

    @Flag(inversion: .prefixedNo, help: "Include _test.go files.")
    var tests = true

    @Flag(help: "Also lint files marked '// Code generated … DO NOT EDIT.'.")
    var includeGenerated = false

    @Option(help: "Lowest severity that makes the exit code 1: error|warning|note|none.")
    var failLevel: FailLevel = .warning

    @Flag(help: "Exit 0 even when there are findings (errors still exit 2).")
    var exitZero = false

    @Option(help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print files, bytes, time and findings per rule on stderr.")
    var stats = false

    func validate() throws {
        if let goVersion, GoVersion(goVersion) == nil {
            throw ValidationError("--go-version must look like 1.N, got '\(goVersion)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for selector in Self.split(select) + Self.split(ignore) where !Registry.isKnownSelector(selector) {
            throw ValidationError("unknown rule '\(selector)' (see 'goleaklint rules')")
        }
    }

    static func split(_ list: String?) -> [String] {
        (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        try GoGrammar.checkCompatibility()
        let started = Date()
        let discovery = Discovery(includeTests: tests)
        let (packages, discoveryErrors) = discovery.packages(for: patterns)
        let ruleTypes = Registry.enabledRules(select: Self.split(select), ignore: Self.split(ignore))
        let linter = Linter(ruleTypes: ruleTypes, jobs: jobs, goVersionOverride: goVersion.flatMap(GoVersion.init),
                            includeGenerated: includeGenerated)
        let result = linter.lint(packages)
        let errors = (discoveryErrors + result.errors).sorted { ($0.path, $0.cause) < ($1.path, $1.cause) }
        for error in errors { printError("\(error.path): \(error.cause)") }

        let report = Report(findings: result.findings, errors: errors, rules: ruleTypes.map { $0.doc })
        let rendered = TextReporter().render(report)
        var writeFailed = false
        if let output {
            do { try OutputFile.writeAtomically(rendered, to: output) } catch {
                printError("cannot write \(output): \(error)")
                writeFailed = true
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if stats { printStatistics(result, elapsed: Date().timeIntervalSince(started)) }

        if !errors.isEmpty || writeFailed { throw ExitCode(Exit.trouble) }
        if let threshold = failLevel.severity, !exitZero,
           result.findings.contains(where: { !$0.isSuppressed && $0.severity >= threshold }) {
            throw ExitCode(Exit.findings)
        }
    }

    private func printStatistics(_ result: LintResult, elapsed: TimeInterval) {
        let statistics = result.statistics
        var lines = [String(format: "files: %d, bytes: %d, time: %.3fs (parse %.3fs, walk %.3fs, package %.3fs)",
                            statistics.files, statistics.bytes, elapsed, statistics.parseSeconds,
                            statistics.walkSeconds, statistics.packageSeconds)]
        var counts: [String: Int] = [:]
        for finding in result.findings { counts[finding.code, default: 0] += 1 }
        for code in counts.keys.sorted() { lines.append("\(code): \(counts[code]!) finding(s)") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

enum OutputFile {
    /// Writes to a temporary file beside the destination, then renames: readers never see half a report.
    static func writeAtomically(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
