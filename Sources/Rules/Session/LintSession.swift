import Foundation

/// Exit codes (README "Exit codes"): 0 nothing at or above the fail level, 1 findings, 2 usage,
/// configuration or I/O error (2 wins over 1).
public enum ExitStatus {
    public static let clean: Int32 = 0
    public static let findings: Int32 = 1
    public static let trouble: Int32 = 2
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, codeclimate
}

/// `--fix` writes every suggested fix into its file; `--diff` prints them as a unified diff instead.
public enum FixMode: Sendable {
    case apply, diff
}

/// Everything one lint run is asked to do, as the command line (or an editor) states it. The CLI
/// parses arguments into this; tests build it directly and run it in-process.
public struct LintRequest: Sendable {
    public var patterns: [String] = []
    /// `--stdin-filename`: a buffer to lint as if it were this file (its package's other files count).
    public var buffer: (path: String, bytes: [UInt8])?
    public var format: ReportFormat = .text
    public var sourceRoot = "."
    public var sarifCategory: String?
    /// nil: the configuration's `select`, or every rule enabled by default.
    public var select: [String]?
    public var ignore: [String] = []
    public var goVersion: GoVersion?
    /// nil: the configuration's `tests`, or false.
    public var tests: Bool?
    public var includeGenerated = false
    public var configPath: String?
    /// The lowest severity that makes the exit status 1; nil never does.
    public var failLevel: Severity? = .warning
    public var exitZero = false
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    public var includeSuppressed = false
    /// `--no-peer-directives`: other linters' directives (`//nolint:bodyclose`) do not silence our rules.
    public var noPeerDirectives = false
    /// `--audit-peer-directives`: GL001 for a peer directive naming one of our checks that silences nothing of ours.
    public var auditPeerDirectives = false
    public var measuresRules = false
    /// Apply (or show) the suggested fixes.
    public var fix: FixMode?
    /// `--baseline FILE`: report only findings that are not in this earlier report.
    public var baselinePath: String?
    /// `--write-baseline FILE`: write this run's findings as a baseline.
    public var writeBaselinePath: String?
    /// `--shard K/N`: lint only this shard's packages.
    public var shard: Shard?
    /// `--new-from-rev REV` / `--new-from-patch FILE`: report only findings on lines changed since.
    public var newFromRevision: String?
    public var newFromPatch: String?
    /// Where per-package results are kept between runs; nil: no cache (the CLI's default is
    /// `LintCache.defaultDirectory`, `--no-cache` turns it off).
    public var cacheDirectory: String?

    public init() {}
}

/// What a run produced: the rendered report, the messages for stderr, and the exit status.
public struct LintOutcome: Sendable {
    /// nil when the run stopped before linting (configuration, grammar): nothing to write.
    public let report: String?
    /// One line each, without the `goleaklint: ` prefix.
    public let messages: [String]
    public let exitStatus: Int32
    /// The findings the report shows.
    public let findings: [Finding]
    public let statistics: LintStatistics
}

/// One lint run from request to report: configuration, discovery, linting, filtering, rendering and
/// the exit status. No output is written here, so every CLI behaviour can be tested in-process.
public enum LintSession {
    public static func run(_ request: LintRequest) -> LintOutcome {
        func failure(_ message: String) -> LintOutcome {
            LintOutcome(report: nil, messages: [message], exitStatus: ExitStatus.trouble, findings: [],
                        statistics: LintStatistics())
        }
        let setup: Setup
        do { setup = try Setup(request) } catch { return failure("\(error)") }
        var baseline: Baseline?
        if let path = request.baselinePath {
            do { baseline = try Baseline.load(path) } catch { return failure("\(error)") }
        }
        var changed: ChangedLines?
        do {
            if let revision = request.newFromRevision { changed = try ChangedLines.since(revision, in: searchDirectory(request)) }
            if let patch = request.newFromPatch { changed = try ChangedLines.fromPatch(patch) }
        } catch { return failure("\(error)") }

        let ruleTypes = setup.ruleTypes
        let discovery = Discovery(includeTests: setup.tests)
        var (packages, discoveryErrors) = request.buffer.map { discovery.packageReplacing($0.path, with: $0.bytes) }
            ?? discovery.packages(for: request.patterns)
        if let shard = request.shard { packages = shard.select(packages) }
        var messages: [String] = []
        if packages.isEmpty && discoveryErrors.isEmpty && request.shard == nil {
            // As the go command says it: not an error, but rarely what was meant.
            let patterns = request.patterns.isEmpty ? ["./..."] : request.patterns
            messages.append("warning: \(patterns.joined(separator: " ")) matched no Go files")
        }
        let cache = request.cacheDirectory.map { LintCache(directory: $0, salt: cacheSalt(request, ruleTypes: ruleTypes)) }
        let linter = setup.linter(cache: cache)
        var result = linter.lint(packages)
        if let cache {
            result.statistics.cacheHits = cache.hits
            result.statistics.cacheMisses = cache.misses
            cache.prune()
        }
        let errors = (discoveryErrors + result.errors).sorted { ($0.path, $0.cause) < ($1.path, $1.cause) }
        messages += errors.map { "\($0.path): \($0.cause)" }

        let shownBuffer = request.buffer.map { (path: Discovery.displayPath($0.path), bytes: $0.bytes) }
        var findings = setup.shown(result.findings, buffer: shownBuffer)
        if let path = request.writeBaselinePath {
            let accepted = findings.filter { !$0.isSuppressed }
            do {
                try AtomicFile.write(Array(Baseline.render(accepted, rules: ruleTypes.map { $0.doc }).utf8), to: path)
                messages.append("wrote a baseline of \(accepted.count) finding\(accepted.count == 1 ? "" : "s") to \(path)")
            } catch {
                return failure("cannot write the baseline \(path): \(error)")
            }
        }
        if let changed { findings.removeAll { !changed.contains($0) } }
        if let baseline {
            let before = findings.count
            findings = baseline.newFindings(findings)
            if before > findings.count { messages.append("baseline: \(before - findings.count) known finding(s) not reported") }
        }

        var fixReport: String?
        if let mode = request.fix {
            let fixed = FixSession.run(mode, findings: findings, digests: result.digests, buffer: shownBuffer)
            messages += fixed.messages
            if mode == .diff { fixReport = fixed.diff }
            findings = fixed.remaining
        }

        let report = Report(findings: findings, errors: errors, rules: ruleTypes.map { $0.doc })
        let rendered = fixReport ?? reporter(request, buffer: shownBuffer).render(report)
        var status = ExitStatus.clean
        if !errors.isEmpty {
            status = ExitStatus.trouble
        } else if request.writeBaselinePath != nil {
            // Writing a baseline records the findings as accepted: the run did what was asked.
            status = ExitStatus.clean
        } else if let threshold = request.failLevel, !request.exitZero,
                  findings.contains(where: { !$0.isSuppressed && $0.severity >= threshold }) {
            status = ExitStatus.findings
        }
        return LintOutcome(report: rendered, messages: messages, exitStatus: status, findings: findings,
                           statistics: result.statistics)
    }

    /// What a request asks for once its configuration is read: the rules, their options, and the linter they make.
    /// The CLI makes one per run; the editor (`EditorWorkspace`) one per configuration it has seen.
    struct Setup {
        let request: LintRequest
        let configuration: Configuration
        let ruleTypes: [any Rule.Type]
        let tests: Bool

        init(_ request: LintRequest) throws {
            try GoGrammar.checkCompatibility()
            self.request = request
            configuration = try loadConfiguration(request)
            ruleTypes = Registry.enabledRules(select: request.select ?? configuration.select ?? [],
                                              ignore: request.ignore + configuration.ignore)
            tests = request.tests ?? configuration.tests ?? false
        }

        func linter(cache: LintCache? = nil) -> Linter {
            Linter(ruleTypes: ruleTypes, options: configuration.ruleOptions, jobs: request.jobs,
                   goVersionOverride: request.goVersion ?? configuration.goVersion,
                   includeGenerated: request.includeGenerated || configuration.includeGenerated == true,
                   measuresRules: request.measuresRules, recordsDigests: request.fix != nil, cache: cache,
                   reportsTestSupport: tests, oncePerProcess: configuration.oncePerProcess ?? .note,
                   honorsPeerDirectives: !request.noPeerDirectives, auditsPeerDirectives: request.auditPeerDirectives)
        }

        /// The findings a report shows: configured excludes and (unless asked for) suppressed findings removed,
        /// only the buffer's when one is linted, each with its fingerprint.
        func shown(_ all: [Finding], buffer: (path: String, bytes: [UInt8])?) -> [Finding] {
            var findings = all.filter { !configuration.excludes($0) }
            if !request.includeSuppressed { findings.removeAll(where: \.isSuppressed) }
            if let buffer { findings.removeAll { $0.range.path != buffer.path } }
            Baseline.fingerprint(&findings) { path in
                if let buffer, buffer.path == path { return buffer.bytes }
                return try? SourceReader.read(path)
            }
            return findings
        }
    }

    /// Everything besides a package's own files that its results depend on: this build of the tool
    /// (version, and the executable's size and modification time, so a rebuilt binary never reads an
    /// older one's results), the configuration file's bytes, and the options of this run.
    static func cacheSalt(_ request: LintRequest, ruleTypes: [any Rule.Type]) -> UInt64 {
        var parts = [Project.version]
        if let executable = Bundle.main.executablePath, let status = FileStatus.of(executable) {
            parts.append("\(executable) \(status.fingerprint)")
        }
        let configuration = request.configPath ?? Configuration.find(from: searchDirectory(request))
        if let configuration, let bytes = try? SourceReader.read(configuration) {
            parts.append(configuration + "=" + String(ByteHash.of(bytes), radix: 16))
        }
        parts += ruleTypes.map { $0.doc.code }
        parts += ["peers=\(!request.noPeerDirectives)/\(request.auditPeerDirectives)", "select=\(request.select ?? [])", "ignore=\(request.ignore)", "go=\(request.goVersion.map { "\($0)" } ?? "-")",
                  "tests=\(request.tests.map { "\($0)" } ?? "-")", "generated=\(request.includeGenerated)"]
        return ByteHash.of(parts.joined(separator: "\u{1F}"))
    }

    /// The directory the configuration search starts from: the first pattern's (or the buffer's).
    static func searchDirectory(_ request: LintRequest) -> String {
        guard let first = request.buffer?.path ?? request.patterns.first else { return "." }
        var path = first
        if path.hasSuffix("/...") { path = String(path.dropLast(4)) } else if path == "..." { path = "." }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    static func loadConfiguration(_ request: LintRequest) throws -> Configuration {
        if let path = request.configPath { return try Configuration.load(path: path) }
        if let found = Configuration.find(from: searchDirectory(request)) { return try Configuration.load(path: found) }
        return Configuration()
    }

    static func reporter(_ request: LintRequest, buffer: (path: String, bytes: [UInt8])?) -> any Reporter {
        switch request.format {
        case .text: return TextReporter()
        case .json: return JsonReporter()
        case .github: return GitHubReporter()
        case .codeclimate: return CodeClimateReporter()
        case .sarif:
            return SarifReporter(sourceRoot: request.sourceRoot, category: SarifCategory.automationID(base: request.sarifCategory, shard: request.shard)) { path in
                if let buffer, buffer.path == path { return buffer.bytes }
                return try? SourceReader.read(path)
            }
        }
    }
}
