import ArgumentParser
import Foundation
import Rules

extension Severity: ExpressibleByArgument {}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, none
    var severity: Severity? { Severity(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint Go packages (the default command).")

    @Argument(help: "Packages: ./... (default), dir, dir/..., file.go")
    var patterns: [String] = []

    @Option(help: "Output format: text | json (JSON Lines, staticcheck's shape) | sarif (2.1.0) | github (annotations) | codeclimate (GitLab Code Quality).")
    var format: ReportFormat = .text

    @Option(help: "SARIF: the directory result URIs are relative to (%SRCROOT%; default: the current directory).")
    var sourceRoot: String = "."

    @Option(help: "SARIF: automationDetails.id, GitHub's category for this analysis.")
    var sarifCategory: String?

    @Option(help: "Write the report to FILE (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Rules to run: codes, names or prefixes, comma-separated (GL1,GL201,unclosed-response-body).")
    var select: String?

    @Option(help: "Rules to skip: codes, names or prefixes, comma-separated.")
    var ignore: String?

    @Option(name: .customLong("go-version"), help: "Go version to assume (1.N), overriding go.mod.")
    var goVersion: String?

    @Flag(inversion: .prefixedNo, help: "Include _test.go files (default: exclude; a leak in a test ends with the test process).")
    var tests: Bool?

    @Flag(help: "Also lint files marked '// Code generated … DO NOT EDIT.'.")
    var includeGenerated = false

    @Option(help: "Configuration file (default: .goleaklint.yml found upward from the first pattern).")
    var config: String?

    @Option(help: "Lowest severity that makes the exit code 1: error|warning|note|none.")
    var failLevel: FailLevel = .warning

    @Flag(help: "Exit 0 even when there are findings (errors still exit 2).")
    var exitZero = false

    @Option(help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Lint source read from stdin as if it were this file (its package's other files still count).")
    var stdinFilename: String?

    @Flag(help: "Also report findings silenced by suppression directives (severity 'ignored' in JSON).")
    var includeSuppressed = false

    @Flag(help: "Ignore other linters' directives (//nolint:bodyclose, //lint:ignore SA1015 …) for our equivalent rules.")
    var noPeerDirectives = false

    @Flag(help: "GL001 for peer directives (//nolint:bodyclose, //lint:ignore SA1015) that silence none of our findings, even where golangci-lint's configuration still runs that linter.")
    var auditPeerDirectives = false

    @Flag(help: "Print files, bytes, time and findings per rule on stderr.")
    var stats = false

    @Flag(help: "Apply every suggested fix in place (atomically, only to files unchanged since they were read), then report what is left.")
    var fix = false

    @Flag(help: "Print the suggested fixes as a unified diff instead of the report; change nothing.")
    var diff = false

    @Option(help: "Report only findings not in this earlier report (goleaklint JSON Lines or SARIF, with fingerprints).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write this run's findings to FILE as a baseline (JSON Lines).")
    var writeBaseline: String?

    @Option(help: "Lint shard K of N (1-based): a stable, byte-balanced part of the packages, for a CI matrix.")
    var shard: String?

    @Option(name: .customLong("new-from-rev"), help: "Report only findings on lines changed since this git revision (and in untracked files).")
    var newFromRev: String?

    @Option(name: .customLong("cache-dir"), help: "Where per-package results are kept between runs (default: $XDG_CACHE_HOME/goleaklint).")
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache.")
    var noCache = false

    @Option(name: .customLong("new-from-patch"), help: "Report only findings on lines a unified diff adds (paths relative to the current directory).")
    var newFromPatch: String?

    func validate() throws {
        if let goVersion, GoVersion(goVersion) == nil {
            throw ValidationError("--go-version must look like 1.N, got '\(goVersion)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for selector in Self.split(select) + Self.split(ignore) where !Registry.isKnownSelector(selector) {
            throw ValidationError("unknown rule '\(selector)' (see 'goleaklint rules')")
        }
        if fix && diff { throw ValidationError("--fix and --diff exclude each other") }
        if newFromRev != nil && newFromPatch != nil { throw ValidationError("--new-from-rev and --new-from-patch exclude each other") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 <= K <= N, got '\(shard)'") }
        if fix, stdinFilename != nil { throw ValidationError("--fix cannot write a buffer read from stdin: use --diff") }
        if stdinFilename != nil, !patterns.isEmpty {
            throw ValidationError("--stdin-filename lints one buffer: give no patterns with it")
        }
    }

    static func split(_ list: String?) -> [String] {
        (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The request this command line states (stdin is read by `run`).
    var request: LintRequest {
        var request = LintRequest()
        request.patterns = patterns
        request.format = format
        request.sourceRoot = sourceRoot
        request.sarifCategory = sarifCategory
        request.select = select.map(Self.split)
        request.ignore = Self.split(ignore)
        request.goVersion = goVersion.flatMap(GoVersion.init)
        request.tests = tests
        request.includeGenerated = includeGenerated
        request.configPath = config
        request.failLevel = failLevel.severity
        request.exitZero = exitZero
        request.jobs = jobs
        request.includeSuppressed = includeSuppressed
        request.noPeerDirectives = noPeerDirectives
        request.auditPeerDirectives = auditPeerDirectives
        request.measuresRules = stats
        request.fix = fix ? .apply : diff ? .diff : nil
        request.baselinePath = baseline
        request.shard = shard.flatMap(Shard.init)
        request.newFromRevision = newFromRev
        request.newFromPatch = newFromPatch
        request.cacheDirectory = noCache ? nil : (cacheDir ?? LintCache.defaultDirectory)
        request.writeBaselinePath = writeBaseline
        return request
    }

    func run() throws {
        let started = Date()
        var request = self.request
        if let stdinFilename { request.buffer = (stdinFilename, try readStandardInput(for: stdinFilename)) }
        let outcome = LintSession.run(request)
        for message in outcome.messages { printError(message) }
        guard let report = outcome.report else { throw ExitCode(outcome.exitStatus) }
        var writeFailed = false
        if let output {
            do { try AtomicFile.write(Array(report.utf8), to: output) } catch {
                printError("cannot write \(output): \(error)")
                writeFailed = true
            }
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        if stats { printStatistics(outcome, elapsed: Date().timeIntervalSince(started)) }
        let status = writeFailed ? Exit.trouble : outcome.exitStatus
        if status != Exit.clean { throw ExitCode(status) }
    }

    /// Standard input, with the same size cap as files on disk: a runaway pipe is an error, not an
    /// out-of-memory crash.
    private func readStandardInput(for path: String) throws -> [UInt8] {
        let limit = SourceReader.maximumSize
        var data = Data()
        while data.count <= limit {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        guard data.count <= limit else {
            printError("\(path): standard input is larger than \(limit / 1024 / 1024) MiB")
            throw ExitCode(Exit.trouble)
        }
        return Array(data)
    }

    private func printStatistics(_ outcome: LintOutcome, elapsed: TimeInterval) {
        let statistics = outcome.statistics
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let megabytes = Double(statistics.bytes) / 1_048_576
        var lines = [
            String(format: "files: %d, bytes: %d (%.1f MB), wall: %.3fs, %.1f MB/s", statistics.files, statistics.bytes,
                   megabytes, elapsed, elapsed > 0 ? megabytes / elapsed : 0),
            String(format: "cpu: parse %.3fs, walk %.3fs (rules included), package phase %.3fs", statistics.parseSeconds,
                   statistics.walkSeconds, statistics.packageSeconds),
            String(format: "peak RSS: %.1f MiB", Double(usage.ru_maxrss) / 1024),
        ]
        if statistics.cacheHits + statistics.cacheMisses > 0 {
            lines.append("cache: \(statistics.cacheHits) package(s) reused, \(statistics.cacheMisses) analysed")
        }
        var counts: [String: Int] = [:]
        for finding in outcome.findings { counts[finding.code, default: 0] += 1 }
        for code in Set(counts.keys).union(statistics.ruleSeconds.keys).sorted() {
            lines.append(String(format: "%@: %.3fs, %d finding(s)", code, statistics.ruleSeconds[code] ?? 0, counts[code] ?? 0))
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
