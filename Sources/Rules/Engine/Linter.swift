import Foundation
import Dispatch

/// One source file to lint: where to read it, how to name it in reports, and optional contents
/// (for `--stdin-filename`).
public struct SourceFile: Sendable {
    public let path: String
    public let displayPath: String
    public let contents: [UInt8]?
    public init(path: String, displayPath: String, contents: [UInt8]? = nil) {
        self.path = path; self.displayPath = displayPath; self.contents = contents
    }
}

/// The files of one directory: files with the same package clause form a package.
public struct PackageInput: Sendable {
    public let directory: String
    public let files: [SourceFile]
    public let goVersion: GoVersion?
    public init(directory: String, files: [SourceFile], goVersion: GoVersion?) {
        self.directory = directory; self.files = files; self.goVersion = goVersion
    }
}

/// A file that could not be analysed, and why (one line).
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let cause: String
    public init(path: String, cause: String) { self.path = path; self.cause = cause }
    public var description: String { "\(path): \(cause)" }
}

public struct LintStatistics: Sendable {
    public var files = 0
    public var bytes = 0
    public var parseSeconds = 0.0
    public var walkSeconds = 0.0
    public var packageSeconds = 0.0

    mutating func add(_ other: LintStatistics) {
        files += other.files; bytes += other.bytes; parseSeconds += other.parseSeconds
        walkSeconds += other.walkSeconds; packageSeconds += other.packageSeconds
    }
}

public struct LintResult: Sendable {
    /// In report order.
    public var findings: [Finding]
    /// Sorted by path.
    public var errors: [FileError]
    public var statistics: LintStatistics
}

/// Runs rules over packages: one walk per file dispatching nodes by kind, packages in parallel on
/// worker threads (one parser each), output sorted so it is the same for any thread count.
public final class Linter: @unchecked Sendable {
    public struct ConfiguredRule {
        public let rule: any Rule
        public let severity: Severity
        public init(rule: any Rule, severity: Severity) { self.rule = rule; self.severity = severity }
    }

    private let rules: [ConfiguredRule]
    private let jobs: Int
    private let goVersionOverride: GoVersion?
    private let includeGenerated: Bool
    private let audit: SuppressionAudit
    /// Stack of each worker thread. Every walk is iterative, so a small stack suffices even for a file
    /// nested 100 000 levels deep; tests prove it by running with a small one.
    public var workerStackSize = 16 << 20

    public init(rules: [ConfiguredRule], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                goVersionOverride: GoVersion? = nil, includeGenerated: Bool = false) {
        self.rules = rules
        self.jobs = max(1, jobs)
        self.goVersionOverride = goVersionOverride
        self.includeGenerated = includeGenerated
        var enabled: [String: Severity] = [:]
        for configured in rules { enabled[configured.rule.doc.code] = configured.severity }
        self.audit = SuppressionAudit(enabled: enabled)
    }

    /// Every enabled rule with its default severity and the given options.
    public convenience init(ruleTypes: [any Rule.Type], options: [String: RuleOptions] = [:], jobs: Int = 1,
                            goVersionOverride: GoVersion? = nil, includeGenerated: Bool = false) {
        let configured = ruleTypes.map { type -> ConfiguredRule in
            let ruleOptions = options[type.doc.code] ?? RuleOptions()
            return ConfiguredRule(rule: type.init(options: ruleOptions),
                                  severity: ruleOptions.severity ?? type.doc.severity)
        }
        self.init(rules: configured, jobs: jobs, goVersionOverride: goVersionOverride,
                  includeGenerated: includeGenerated)
    }

    /// Hands out package indices to workers and collects their outputs by index (so the merge order
    /// never depends on which thread finished first).
    private final class WorkQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        private(set) var outputs: [PackageOutput?]

        init(count: Int) { self.count = count; outputs = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ output: PackageOutput, at index: Int) {
            lock.lock(); defer { lock.unlock() }
            outputs[index] = output
        }
    }

    public func lint(_ packages: [PackageInput]) -> LintResult {
        let queue = WorkQueue(count: packages.count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, packages.count)) {
            group.enter()
            // Threads of our own: a known, generous stack, whatever the platform's default is.
            let thread = Thread { [self] in
                defer { group.leave() }
                guard let parser = try? Parser() else { return }
                while let index = queue.take() {
                    queue.store(lintPackage(packages[index], parser: parser), at: index)
                }
            }
            thread.stackSize = workerStackSize
            thread.start()
        }
        group.wait()
        let outputs = queue.outputs

        var findings: [Finding] = []
        var errors: [FileError] = []
        var statistics = LintStatistics()
        for output in outputs {
            guard let output else { continue }
            findings += output.findings
            errors += output.errors
            statistics.add(output.statistics)
        }
        findings.sort(by: Finding.reportOrder)
        errors.sort { ($0.path, $0.cause) < ($1.path, $1.cause) }
        return LintResult(findings: findings, errors: errors, statistics: statistics)
    }

    fileprivate struct PackageOutput {
        var findings: [Finding] = []
        var errors: [FileError] = []
        var statistics = LintStatistics()
    }

    private func lintPackage(_ input: PackageInput, parser: Parser) -> PackageOutput {
        var output = PackageOutput()
        let goVersion = goVersionOverride ?? input.goVersion
        var files: [GoFile] = []
        for source in input.files.sorted(by: { $0.displayPath < $1.displayPath }) {
            let bytes: [UInt8]
            do {
                bytes = try source.contents ?? SourceReader.read(source.path)
            } catch {
                output.errors.append(FileError(path: source.displayPath, cause: "\(error)"))
                continue
            }
            switch SourceChecks.check(bytes) {
            case .ok: break
            case .refuse(let cause):
                output.errors.append(FileError(path: source.displayPath, cause: cause))
                continue
            case .damaged(let cause):
                output.errors.append(FileError(path: source.displayPath, cause: cause))
            }
            let started = DispatchTime.now()
            guard let tree = parser.parse(bytes) else {
                output.errors.append(FileError(path: source.displayPath, cause: "tree-sitter could not parse the file"))
                continue
            }
            output.statistics.parseSeconds += started.secondsElapsed
            output.statistics.files += 1
            output.statistics.bytes += bytes.count
            let file = GoFile(path: source.displayPath, tree: tree, goVersion: goVersion)
            // Generated code is skipped by default: its author cannot act on findings.
            if file.isGenerated && !includeGenerated { continue }
            files.append(file)
        }
        // Files with different package clauses in one directory (`foo` and `foo_test`) are separate packages.
        var order: [String] = []
        var byName: [String: [GoFile]] = [:]
        for file in files {
            if byName[file.packageName] == nil { order.append(file.packageName) }
            byName[file.packageName, default: []].append(file)
        }
        files.removeAll()
        for name in order {
            let context = PackageContext(directory: input.directory, name: name, files: byName[name] ?? [],
                                         goVersion: goVersion)
            byName[name] = nil
            output.findings += analyse(context, statistics: &output.statistics)
        }
        return output
    }

    private func analyse(_ package: PackageContext, statistics: inout LintStatistics) -> [Finding] {
        var analyses: [PackageAnalysis] = []
        var sinks: [Diagnostics] = []
        for configured in rules {
            let diagnostics = Diagnostics(doc: configured.rule.doc, severity: configured.severity)
            if let analysis = configured.rule.makeAnalysis(for: package, diagnostics: diagnostics) {
                analyses.append(analysis)
                sinks.append(diagnostics)
            }
        }
        let walkStarted = DispatchTime.now()
        var suppressions: [Suppression] = []
        for file in package.files {
            suppressions += walk(file, package: package, analyses: analyses.filter { $0.beginFile(file) })
        }
        statistics.walkSeconds += walkStarted.secondsElapsed
        let packageStarted = DispatchTime.now()
        for analysis in analyses { analysis.finishPackage() }
        statistics.packageSeconds += packageStarted.secondsElapsed
        return audit.apply(sinks.flatMap(\.findings), suppressions)
    }

    /// The one walk over a file: each named node goes to the analyses that asked for its kind; comments
    /// are read for suppression directives on the way.
    private func walk(_ file: GoFile, package: PackageContext, analyses: [PackageAnalysis]) -> [Suppression] {
        let table = DispatchTable(analyses)
        let context = WalkContext(file: file, package: package)
        var suppressions: [Suppression] = []
        TreeWalk.walk(file.root, enter: { node in
            guard node.isNamed else { return false }
            if node.is(Kind.comment) {
                if let directive = Suppression.parse(node, file: file) { suppressions.append(directive) }
                return false
            }
            context.push(node)
            for index in table.entering(node.kind) { analyses[index].enter(node, context) }
            return true
        }, leave: { node in
            guard node.isNamed, !node.is(Kind.comment) else { return }
            for index in table.leaving(node.kind) { analyses[index].leave(node, context) }
            context.pop()
        })
        for analysis in analyses { analysis.endFile(file) }
        return suppressions
    }
}

/// Node kind → indices of the analyses that asked for it, as flat arrays indexed by kind.
private struct DispatchTable {
    private var enter: [[Int]]
    private var leave: [[Int]]
    private let errorSlot: Int

    init(_ analyses: [PackageAnalysis]) {
        let kinds = analyses.flatMap { $0.kinds + $0.leaveKinds }.filter { $0 != Kind.error }
        let size = Int(kinds.max() ?? 0) + 2
        errorSlot = size - 1
        enter = Array(repeating: [], count: size)
        leave = Array(repeating: [], count: size)
        for (index, analysis) in analyses.enumerated() {
            for kind in Set(analysis.kinds) { enter[kind == Kind.error ? errorSlot : Int(kind)].append(index) }
            for kind in Set(analysis.leaveKinds) { leave[kind == Kind.error ? errorSlot : Int(kind)].append(index) }
        }
    }

    @inline(__always) private func slot(_ kind: KindID) -> Int? {
        if kind == Kind.error { return errorSlot }
        return Int(kind) < errorSlot ? Int(kind) : nil
    }

    @inline(__always) func entering(_ kind: KindID) -> [Int] { slot(kind).map { enter[$0] } ?? [] }
    @inline(__always) func leaving(_ kind: KindID) -> [Int] { slot(kind).map { leave[$0] } ?? [] }
}

extension DispatchTime {
    var secondsElapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - uptimeNanoseconds) / 1e9 }
}
