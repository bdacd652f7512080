import ArgumentParser
import Foundation
import Rules

extension Severity: ExpressibleByArgument {}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, none
    var severity: Severity? { Severity(rawValue: rawValue) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint Go packages (the default command).")

    @Argument(help: "Packages: ./... (default), dir, dir/..., file.go")
    var patterns: [String] = []

    @Option(help: "Output format: text | json (JSON Lines, staticcheck's shape) | sarif (2.1.0) | github (annotations).")
    var format: OutputFormat = .text

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
        if stdinFilename != nil, !patterns.isEmpty {
            throw ValidationError("--stdin-filename lints one buffer: give no patterns with it")
        }
    }

    static func split(_ list: String?) -> [String] {
        (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The directory the configuration search starts from: the first pattern's.
    private var searchDirectory: String {
        guard let first = stdinFilename ?? patterns.first else { return "." }
        var path = first
        if path.hasSuffix("/...") { path = String(path.dropLast(4)) } else if path == "..." { path = "." }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    private func loadConfiguration() throws -> Configuration {
        do {
            if let config { return try Configuration.load(path: config) }
            if let found = Configuration.find(from: searchDirectory) { return try Configuration.load(path: found) }
            return Configuration()
        } catch {
            printError("\(error)")
            throw ExitCode(Exit.trouble)
        }
    }

    func run() throws {
        do { try GoGrammar.checkCompatibility() } catch {
            printError("\(error)")
            throw ExitCode(Exit.trouble)
        }
        let started = Date()
        let configuration = try loadConfiguration()
        let selected = select.map(Self.split) ?? configuration.select ?? []
        let ignored = Self.split(ignore) + configuration.ignore
        let ruleTypes = Registry.enabledRules(select: selected, ignore: ignored)
        let discovery = Discovery(includeTests: tests ?? configuration.tests ?? false)

        var packages: [PackageInput]
        var discoveryErrors: [FileError]
        var stdinBuffer: (path: String, bytes: [UInt8])?
        if let stdinFilename {
            // The same cap as files on disk: a runaway pipe is an error, not an out-of-memory crash.
            let limit = SourceReader.maximumSize
            var data = Data()
            while data.count <= limit {
                let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            guard data.count <= limit else {
                printError("\(stdinFilename): standard input is larger than \(limit / 1024 / 1024) MiB")
                throw ExitCode(Exit.trouble)
            }
            let bytes = Array(data)
            stdinBuffer = (Discovery.displayPath(stdinFilename), bytes)
            (packages, discoveryErrors) = discovery.packageReplacing(stdinFilename, with: bytes)
        } else {
            (packages, discoveryErrors) = discovery.packages(for: patterns)
        }
        if packages.isEmpty && discoveryErrors.isEmpty {
            // As the go command says it: not an error, but rarely what was meant.
            printError("warning: \((patterns.isEmpty ? ["./..."] : patterns).joined(separator: " ")) matched no Go files")
        }
        let linter = Linter(ruleTypes: ruleTypes, options: configuration.ruleOptions, jobs: jobs,
                            goVersionOverride: goVersion.flatMap(GoVersion.init) ?? configuration.goVersion,
                            includeGenerated: includeGenerated || configuration.includeGenerated == true,
                            measuresRules: stats)
        let result = linter.lint(packages)
        let errors = (discoveryErrors + result.errors).sorted { ($0.path, $0.cause) < ($1.path, $1.cause) }
        for error in errors { printError("\(error.path): \(error.cause)") }

        var findings = result.findings.filter { !configuration.excludes($0) }
        if !includeSuppressed { findings.removeAll(where: \.isSuppressed) }
        if let stdinFilename {
            let shown = Discovery.displayPath(stdinFilename)
            findings.removeAll { $0.range.path != shown }
        }
        let report = Report(findings: findings, errors: errors, rules: ruleTypes.map { $0.doc })
        let rendered = reporter(stdinBuffer: stdinBuffer).render(report)
        var writeFailed = false
        if let output {
            do { try OutputFile.writeAtomically(rendered, to: output) } catch {
                printError("cannot write \(output): \(error)")
                writeFailed = true
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if stats { printStatistics(result, shown: findings, elapsed: Date().timeIntervalSince(started)) }

        if !errors.isEmpty || writeFailed { throw ExitCode(Exit.trouble) }
        if let threshold = failLevel.severity, !exitZero,
           findings.contains(where: { !$0.isSuppressed && $0.severity >= threshold }) {
            throw ExitCode(Exit.findings)
        }
    }

    private func reporter(stdinBuffer: (path: String, bytes: [UInt8])?) -> any Reporter {
        switch format {
        case .text: return TextReporter()
        case .json: return JsonReporter()
        case .github: return GitHubReporter()
        case .sarif:
            return SarifReporter(sourceRoot: sourceRoot, category: sarifCategory) { path in
                if let stdinBuffer, stdinBuffer.path == path { return stdinBuffer.bytes }
                return try? SourceReader.read(path)
            }
        }
    }

    private func printStatistics(_ result: LintResult, shown: [Finding], elapsed: TimeInterval) {
        let statistics = result.statistics
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
        var counts: [String: Int] = [:]
        for finding in shown { counts[finding.code, default: 0] += 1 }
        for code in Set(counts.keys).union(statistics.ruleSeconds.keys).sorted() {
            lines.append(String(format: "%@: %.3fs, %d finding(s)", code, statistics.ruleSeconds[code] ?? 0, counts[code] ?? 0))
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

enum OutputFile {
    /// Writes to a temporary file beside the destination, then renames: readers never see half a report.
    /// A destination that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is
    /// written in place: renaming over it would replace the device itself.
    static func writeAtomically(_ contents: String, to path: String) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot open for writing"])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(contents.utf8))
            return
        }
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
