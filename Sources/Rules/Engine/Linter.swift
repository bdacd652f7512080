import Foundation
import Synchronization
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
public struct FileError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
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
    /// Time inside each rule's analysis (walk callbacks and package phase), by code; measured per
    /// dispatch only when `Linter.measuresRules` is set.
    public var ruleSeconds: [String: Double] = [:]
    /// Packages whose results came from the cache, and those analysed (set by the session).
    public var cacheHits = 0
    public var cacheMisses = 0

    mutating func add(_ other: LintStatistics) {
        files += other.files; bytes += other.bytes; parseSeconds += other.parseSeconds
        walkSeconds += other.walkSeconds; packageSeconds += other.packageSeconds
        ruleSeconds.merge(other.ruleSeconds, uniquingKeysWith: +)
    }
}

public struct LintResult: Sendable {
    /// In report order.
    public var findings: [Finding]
    /// Sorted by path.
    public var errors: [FileError]
    public var statistics: LintStatistics
    /// `ByteHash` of every file's bytes as read, by display path (only with `recordsDigests`): `--fix`
    /// writes only to files still the same.
    public var digests: [String: UInt64] = [:]
}

/// Runs rules over packages: one walk per file dispatching nodes by kind, packages in parallel on
/// worker threads (one parser each), output sorted so it is the same for any thread count.
public final class Linter: Sendable {
    public struct ConfiguredRule: Sendable {
        public let rule: any Rule
        public let severity: Severity
        public init(rule: any Rule, severity: Severity) { self.rule = rule; self.severity = severity }
    }

    private let rules: [ConfiguredRule]
    private let jobs: Int
    private let goVersionOverride: GoVersion?
    private let includeGenerated: Bool
    private let audit: SuppressionAudit
    /// Signatures of imported packages of the same module, shared by every worker (locked inside).
    private let imported = ImportedDeclarations()
    /// Stack of each worker thread. Every walk is iterative, so a small stack suffices even for a file
    /// nested 100 000 levels deep; tests prove it by running with a small one.
    public let workerStackSize: Int
    /// How many source bytes a worker parses between two returns of freed memory to the system.
    static let releaseEveryBytes = 8 << 20
    /// Source bytes of a package up to which its trees stay in memory between the declarations pass and the walk
    /// (512 KiB; tests lower it to take the large-package path).
    let retainedTreeBudget: Int

    /// Time every rule callback (for --stats); off by default because it reads the clock per dispatch.
    public let measuresRules: Bool

    /// What resource leaks in once-per-process code become (`OncePerProcess`).
    public let oncePerProcess: OncePerProcessPolicy

    /// Report findings in test support files (`TestSupport`); off when tests are, as `_test.go` files are then
    /// not read at all.
    public let reportsTestSupport: Bool

    /// Honour other linters' directives for our equivalent rules (`//nolint:bodyclose`, `//lint:ignore SA1015`);
    /// off with `--no-peer-directives`.
    public let honorsPeerDirectives: Bool

    /// Hash every file's bytes as read (for `--fix`).
    public let recordsDigests: Bool

    /// Per-package results on disk (nil: no cache).
    public let cache: LintCache?

    /// Makes each worker's parser (tests inject one that fails, to prove no failure is silent).
    private let makeParser: @Sendable () throws -> Parser

    public init(rules: [ConfiguredRule], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                goVersionOverride: GoVersion? = nil, includeGenerated: Bool = false,
                measuresRules: Bool = false, recordsDigests: Bool = false, cache: LintCache? = nil,
                workerStackSize: Int = 16 << 20, reportsTestSupport: Bool = true,
                oncePerProcess: OncePerProcessPolicy = .note, honorsPeerDirectives: Bool = true,
                auditsPeerDirectives: Bool = false, retainedTreeBudget: Int = 512 << 10,
                makeParser: @escaping @Sendable () throws -> Parser = { try Parser() }) {
        self.makeParser = makeParser
        self.retainedTreeBudget = retainedTreeBudget
        self.oncePerProcess = oncePerProcess
        self.honorsPeerDirectives = honorsPeerDirectives
        self.reportsTestSupport = reportsTestSupport
        self.cache = cache
        self.measuresRules = measuresRules
        self.recordsDigests = recordsDigests
        self.workerStackSize = workerStackSize
        self.rules = rules
        self.jobs = max(1, jobs)
        self.goVersionOverride = goVersionOverride
        self.includeGenerated = includeGenerated
        var enabled: [String: Severity] = [:]
        for configured in rules { enabled[configured.rule.doc.code] = configured.severity }
        self.audit = SuppressionAudit(enabled: enabled, auditsPeerDirectives: auditsPeerDirectives && honorsPeerDirectives)
    }

    /// Every enabled rule with its default severity and the given options.
    public convenience init(ruleTypes: [any Rule.Type], options: [String: RuleOptions] = [:], jobs: Int = 1,
                            goVersionOverride: GoVersion? = nil, includeGenerated: Bool = false,
                            measuresRules: Bool = false, recordsDigests: Bool = false, cache: LintCache? = nil,
                            workerStackSize: Int = 16 << 20, reportsTestSupport: Bool = true,
                            oncePerProcess: OncePerProcessPolicy = .note, honorsPeerDirectives: Bool = true,
                            auditsPeerDirectives: Bool = false, retainedTreeBudget: Int = 512 << 10) {
        let configured = ruleTypes.map { type -> ConfiguredRule in
            let ruleOptions = options[type.doc.code] ?? RuleOptions()
            return ConfiguredRule(rule: type.init(options: ruleOptions),
                                  severity: ruleOptions.severity ?? type.doc.severity)
        }
        self.init(rules: configured, jobs: jobs, goVersionOverride: goVersionOverride,
                  includeGenerated: includeGenerated, measuresRules: measuresRules, recordsDigests: recordsDigests,
                  cache: cache, workerStackSize: workerStackSize, reportsTestSupport: reportsTestSupport,
                  oncePerProcess: oncePerProcess, honorsPeerDirectives: honorsPeerDirectives,
                  auditsPeerDirectives: auditsPeerDirectives, retainedTreeBudget: retainedTreeBudget)
    }

    /// Hands out package indices to workers and collects their outputs by index (so the merge order
    /// never depends on which thread finished first).
    private final class WorkQueue: Sendable {
        private struct State {
            var next = 0
            var outputs: [PackageOutput?]
            /// Why a worker could not start (its packages are left to the others, or reported as errors).
            var workerFailures: [String] = []
        }
        private let state: Mutex<State>

        init(count: Int) { state = Mutex(State(outputs: Array(repeating: nil, count: count))) }

        func take() -> Int? {
            state.withLock { state in
                guard state.next < state.outputs.count else { return nil }
                state.next += 1
                return state.next - 1
            }
        }

        func store(_ output: PackageOutput, at index: Int) { state.withLock { $0.outputs[index] = output } }
        func workerFailed(_ cause: String) { state.withLock { $0.workerFailures.append(cause) } }
        var outputs: [PackageOutput?] { state.withLock { $0.outputs } }
        var workerFailures: [String] { state.withLock { $0.workerFailures } }
    }

    public func lint(_ packages: [PackageInput]) -> LintResult {
        // Biggest packages first (by file count, known without reading): a big package taken last would
        // leave the other workers idle while it finishes. Outputs are stored by index, so the order of work
        // never shows in the results.
        let order = packages.indices.sorted { (packages[$0].files.count, $1) > (packages[$1].files.count, $0) }
        let queue = WorkQueue(count: packages.count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, packages.count)) {
            group.enter()
            // Threads of our own: a known, generous stack, whatever the platform's default is.
            let thread = Thread { [self] in
                defer { group.leave() }
                let parser: Parser
                do { parser = try makeParser() } catch {
                    queue.workerFailed("\(error)")  // never silent: see the package errors below
                    return
                }
                var bytesSinceRelease = 0
                while let index = queue.take() {
                    let output = lintPackage(packages[order[index]], parser: parser)
                    bytesSinceRelease += output.statistics.bytes
                    queue.store(output, at: order[index])
                    // Trimming costs a walk of the allocator's arenas: do it per few MB parsed, not per package.
                    if bytesSinceRelease >= Self.releaseEveryBytes {
                        MemoryRelease.returnFreedMemory()
                        bytesSinceRelease = 0
                    }
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
        var digests: [String: UInt64] = [:]
        for (index, output) in outputs.enumerated() {
            guard let output else {
                // No worker could take this package (every one failed to start): an error, exit 2.
                let cause = queue.workerFailures.first ?? "no worker processed it"
                errors.append(FileError(path: packages[index].directory, cause: "package not analysed: \(cause)"))
                continue
            }
            findings += output.findings
            errors += output.errors
            statistics.add(output.statistics)
            digests.merge(output.digests) { first, _ in first }
        }
        findings.sort(by: Finding.reportOrder)
        errors.sort { ($0.path, $0.cause) < ($1.path, $1.cause) }
        return LintResult(findings: findings, errors: errors, statistics: statistics, digests: digests)
    }

    fileprivate struct PackageOutput {
        var findings: [Finding] = []
        var errors: [FileError] = []
        var statistics = LintStatistics()
        var digests: [String: UInt64] = [:]
    }

    /// A file read and checked, not parsed yet.
    private struct ReadFile {
        let source: SourceFile
        let bytes: [UInt8]
        let packageName: String
    }

    private func lintPackage(_ input: PackageInput, parser: Parser) -> PackageOutput {
        var output = PackageOutput()
        let goVersion = goVersionOverride ?? input.goVersion
        var files: [ReadFile] = []
        for source in input.files.sorted(by: { $0.displayPath < $1.displayPath }) {
            let bytes: [UInt8]
            do {
                bytes = try source.contents ?? SourceReader.read(source.path)
            } catch {
                output.errors.append(FileError(path: source.displayPath, cause: "\(error)"))
                continue
            }
            if recordsDigests { output.digests[source.displayPath] = ByteHash.of(bytes) }
            switch SourceChecks.check(bytes) {
            case .ok: break
            case .refuse(let cause):
                output.errors.append(FileError(path: source.displayPath, cause: cause))
                continue
            case .damaged(let cause):
                output.errors.append(FileError(path: source.displayPath, cause: cause))
            }
            // Generated code is skipped by default (its author cannot act on findings), before parsing.
            if !includeGenerated && FileClassification.isGenerated(bytes) { continue }
            files.append(ReadFile(source: source, bytes: bytes, packageName: GoText.packageClauseName(bytes) ?? ""))
        }
        let headers = cgoHeaders(of: files, directory: input.directory)
        // An unchanged package (same files, same included headers, same dependencies, same salt) gets its
        // stored results.
        var cacheKey: String?
        if let cache {
            let inputs = files.map { ($0.source.displayPath, $0.bytes) } + headers.map { ("#include " + $0.path, $0.bytes) }
            // The owning module (root and path) too: a go.mod added between the package and its old module root
            // moves the package to another module, with other imports and callers.
            let module = imported.module(of: input.directory).map { $0.root + "=" + $0.path } ?? "-"
            let key = cache.key(directory: input.directory, module: module, goVersion: goVersion, files: inputs)
            if let entry = cache.load(key, fingerprint: { self.imported.dependencyFingerprint(of: $0, from: input.directory) }) {
                output.findings = entry.findings
                output.errors += entry.errors
                output.statistics.files += files.count
                output.statistics.bytes += files.reduce(0) { $0 + $1.bytes.count }
                return output
            }
            cacheKey = key
        }
        let errorsBeforeAnalysis = output.errors.count
        var dependencies: [String: UInt64] = [:]
        // Files with different package clauses in one directory (`foo` and `foo_test`) are separate packages.
        var order: [String] = []
        var byName: [String: [ReadFile]] = [:]
        for file in files {
            if byName[file.packageName] == nil { order.append(file.packageName) }
            byName[file.packageName, default: []].append(file)
        }
        files.removeAll()
        for name in order {
            let members = byName.removeValue(forKey: name) ?? []
            let context = PackageContext(directory: input.directory, name: name, sources: members.map(\.bytes),
                                         goVersion: goVersion, imported: imported, cgoHeaders: headers)
            var findings = analyse(context, members, parser: parser, output: &output)
            if !reportsTestSupport {
                let support = Set(members.filter { !$0.source.displayPath.hasSuffix("_test.go") && TestSupport.isTestSupport($0.bytes) }
                                         .map(\.source.displayPath))
                if !support.isEmpty { findings.removeAll { support.contains($0.range.path) } }
            }
            output.findings += findings
            // What the results depend on, for the cache entry only (a module-wide fingerprint reads its whole tree).
            guard cache != nil else { continue }
            for path in context.importsConsulted.union(context.semanticDependencies) {
                dependencies[path] = imported.dependencyFingerprint(of: path, from: input.directory)
            }
        }
        if let cache, let cacheKey {
            cache.store(LintCache.Entry(key: cacheKey, findings: output.findings,
                                        errors: Array(output.errors[errorsBeforeAnalysis...]), dependencies: dependencies))
        }
        return output
    }

    /// The headers the cgo files' preambles include from inside the package's module (or its directory when
    /// it has no go.mod): inputs of the package's results like its own files.
    private func cgoHeaders(of files: [ReadFile], directory: String) -> [CgoHeaders.Header] {
        let cgoSources = files.map(\.bytes).filter { ByteSearch.contains($0, "import \"C\"") }
        guard !cgoSources.isEmpty else { return [] }
        let standardized = ProjectPaths.absolute(directory)
        let boundary = imported.module(of: standardized)?.root ?? standardized
        return CgoHeaders.included(by: cgoSources, packageDirectory: standardized, boundary: boundary)
    }

    /// Parses and walks a package's files one at a time, freeing each tree after its walk, so memory
    /// does not grow with package size. Files that rules need declarations from before any walk
    /// (`Rule.declarationTriggers`, e.g. a same-package function returning `*http.Response`) are parsed
    /// and read first.
    private func analyse(_ package: PackageContext, _ files: [ReadFile], parser: Parser,
                         output: inout PackageOutput) -> [Finding] {
        var analyses: [PackageAnalysis] = []
        var sinks: [Diagnostics] = []
        var triggers: [String] = []
        for configured in rules {
            let diagnostics = Diagnostics(doc: configured.rule.doc, severity: configured.severity)
            if let analysis = configured.rule.makeAnalysis(for: package, diagnostics: diagnostics) {
                analyses.append(analysis)
                sinks.append(diagnostics)
                triggers += type(of: configured.rule).declarationTriggers
            }
        }
        var timings = [Double](repeating: 0, count: analyses.count)
        // Rules gated out of this package leave nothing to walk for: no declarations to read either.
        let walksBodies = analyses.contains { !$0.kinds.isEmpty || !$0.leaveKinds.isEmpty }
        func parse(_ file: ReadFile, readsDeclarations: Bool = true) -> GoFile? {
            let started = DispatchTime.now()
            guard let tree = parser.parse(file.bytes) else {
                output.errors.append(FileError(path: file.source.displayPath, cause: "tree-sitter could not parse the file"))
                return nil
            }
            output.statistics.parseSeconds += started.secondsElapsed
            output.statistics.files += 1
            output.statistics.bytes += file.bytes.count
            let goFile = GoFile(path: file.source.displayPath, tree: tree, goVersion: package.goVersion)
            if walksBodies && readsDeclarations { package.declarations.add(goFile) }
            return goFile
        }
        var suppressions: [Suppression] = []
        // Most files of a package activate the same analyses: their dispatch table is built once.
        var tables: [[Int]: DispatchTable] = [:]
        func walkFile(_ file: GoFile) {
            let started = DispatchTime.now()
            suppressions += walk(file, package: package, analyses: analyses, tables: &tables, timings: &timings)
            output.statistics.walkSeconds += started.secondsElapsed
        }
        let needsDeclarationsFirst = { (file: ReadFile) in
            triggers.contains { ByteSearch.contains(file.bytes, $0) }
        }
        // Every file is parsed (and its top-level declarations read) before any is walked, so the semantic
        // core sees the whole package from the first question. Trees are kept for the walk up to a budget of
        // source bytes; a giant package's other files are parsed again when their turn comes.
        let ordered = files.filter(needsDeclarationsFirst) + files.filter { !needsDeclarationsFirst($0) }
        let packageBytes = ordered.reduce(0) { $0 + $1.bytes.count }
        if !walksBodies {
            // No rule walks this package (gated out): one tree at a time, no declarations to read.
            for file in ordered { if let parsed = parse(file) { walkFile(parsed) } }
        } else if packageBytes <= retainedTreeBudget {
            // A package of ordinary size: every tree is kept until the package is done (all of them are alive
            // after parsing anyway, so the peak is the same), and the semantic core's facts are read from them
            // on its first question — a package no rule asks about never has them read.
            let parsedFiles = ordered.compactMap { parse($0) }
            package.pendingDeclarations = { [unowned package] in
                for parsed in parsedFiles { package.factsBuilder.add(parsed) }
            }
            for parsed in parsedFiles { walkFile(parsed) }
        } else {
            // A large package: every file's declarations are read first, from its skeleton (bodies blanked, a cheap
            // parse with the file's offsets), so each walk sees the whole package as in a small one — never only
            // the files that happen to sort before it. The skeletons are kept (they hold few nodes) for the
            // semantic core's facts, read on its first question; files are then parsed and walked one at a time,
            // so memory stays that of one full tree.
            var skeletons: [GoFile] = []
            for file in ordered {
                guard let tree = parser.parseDeclarations(file.bytes) else { continue }
                let skeleton = GoFile(path: file.source.displayPath, tree: tree, goVersion: package.goVersion)
                package.declarations.add(skeleton)
                skeletons.append(skeleton)
            }
            package.pendingDeclarations = { [unowned package] in
                for skeleton in skeletons { package.factsBuilder.add(skeleton) }
            }
            for file in ordered {
                if let parsed = parse(file, readsDeclarations: false) { walkFile(parsed) }
            }
        }
        let packageStarted = DispatchTime.now()
        for (index, analysis) in analyses.enumerated() {
            let started = DispatchTime.now()
            analysis.finishPackage()
            timings[index] += started.secondsElapsed
        }
        package.pendingDeclarations = nil  // releases the trees it kept
        output.statistics.packageSeconds += packageStarted.secondsElapsed
        for (index, sink) in sinks.enumerated() { output.statistics.ruleSeconds[sink.doc.code, default: 0] += timings[index] }
        let findings = audit.apply(sinks.flatMap(\.findings), suppressions)
        guard oncePerProcess != .warning, !findings.isEmpty else { return findings }
        let sources = Dictionary(files.map { ($0.source.displayPath, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return OncePerProcess.apply(oncePerProcess, to: findings, package: package, sources: sources)
    }

    /// The one walk over a file: each named node goes to the analyses that asked for its kind; comments
    /// are read for suppression directives on the way. With `measuresRules`, time per analysis is
    /// summed into `timings` (a clock read per dispatch: only for --stats).
    private func walk(_ file: GoFile, package: PackageContext, analyses allAnalyses: [PackageAnalysis],
                      tables: inout [[Int]: DispatchTable], timings: inout [Double]) -> [Suppression] {
        var active: [Int] = []
        for (index, analysis) in allAnalyses.enumerated() {
            let started = DispatchTime.now()
            if analysis.beginFile(file) { active.append(index) }
            timings[index] += started.secondsElapsed
        }
        let analyses = active.map { allAnalyses[$0] }
        let table: DispatchTable
        if let known = tables[active] {
            table = known
        } else {
            table = DispatchTable(analyses)
            tables[active] = table
        }
        // Nothing asked for a node and no directive can be in the file: the walk would find nothing.
        if table.isEmpty, !ByteSearch.contains(file.source, "goleaklint:"), !ByteSearch.contains(file.source, "nolint") {
            for analysis in analyses { analysis.endFile(file) }
            return []
        }
        let context = WalkContext(file: file, package: package)
        var suppressions: [Suppression] = []
        var localTimings = [Double](repeating: 0, count: analyses.count)
        let measures = measuresRules
        let comment = Kind.comment
        func dispatch(_ targets: Range<Int>, _ list: [Int], _ call: (PackageAnalysis) -> Void) {
            for position in targets {
                let index = list[position]
                if measures {
                    let started = DispatchTime.now()
                    call(analyses[index])
                    localTimings[index] += started.secondsElapsed
                } else {
                    call(analyses[index])
                }
            }
        }
        let tree = file.tree
        TreeWalk.walkNamed(file.root, enter: { raw, kind in
            if kind == comment {
                if let directive = Suppression.parse(raw.node(in: tree), file: file), honorsPeerDirectives || !directive.isPeer {
                    suppressions.append(directive)
                }
                return false
            }
            context.push(raw, kind: kind)
            let targets = table.entering(kind)
            if !targets.isEmpty {
                // The `Node` (which retains the tree) is made only for nodes some analysis asked for.
                let node = raw.node(in: tree)
                dispatch(targets, table.enterTargets) { $0.enter(node, context) }
            }
            return true
        }, leave: {
            let targets = table.leaving(context.currentKind)
            if !targets.isEmpty {
                let node = context.current
                dispatch(targets, table.leaveTargets) { $0.leave(node, context) }
            }
            context.pop()
        })
        for (position, analysis) in analyses.enumerated() {
            let started = DispatchTime.now()
            analysis.endFile(file)
            timings[active[position]] += localTimings[position] + started.secondsElapsed
        }
        return suppressions
    }
}

/// Node kind → indices of the analyses that asked for it: one flat list and a (start, end) pair per
/// kind, so a lookup allocates nothing.
private struct DispatchTable {
    /// No analysis asked for any kind.
    let isEmpty: Bool
    private let enterRanges: [Range<Int>]
    private let leaveRanges: [Range<Int>]
    let enterTargets: [Int]
    let leaveTargets: [Int]
    private let errorSlot: Int

    /// Built per package (its analyses depend on its gates): flat counting arrays, not an array per kind, so the
    /// table costs little next to a small package's walk.
    init(_ analyses: [PackageAnalysis]) {
        isEmpty = analyses.allSatisfy { $0.kinds.isEmpty && $0.leaveKinds.isEmpty }
        var largest = 0
        for analysis in analyses {
            for kind in analysis.kinds where kind != Kind.error { largest = max(largest, Int(kind)) }
            for kind in analysis.leaveKinds where kind != Kind.error { largest = max(largest, Int(kind)) }
        }
        let size = largest + 2
        errorSlot = size - 1
        (enterRanges, enterTargets) = Self.build(analyses, size: size) { $0.kinds }
        (leaveRanges, leaveTargets) = Self.build(analyses, size: size) { $0.leaveKinds }
    }

    /// For each slot, the indices of the analyses that asked for its kind, in analysis order.
    private static func build(_ analyses: [PackageAnalysis], size: Int,
                              _ kindsOf: (PackageAnalysis) -> [KindID]) -> (ranges: [Range<Int>], targets: [Int]) {
        var pairs: [(slot: Int, index: Int)] = []
        var counts = [Int](repeating: 0, count: size)
        for (index, analysis) in analyses.enumerated() {
            for kind in Set(kindsOf(analysis)) {
                let slot = kind == Kind.error ? size - 1 : Int(kind)
                pairs.append((slot, index))
                counts[slot] += 1
            }
        }
        var starts = [Int](repeating: 0, count: size + 1)
        for slot in 0..<size { starts[slot + 1] = starts[slot] + counts[slot] }
        var targets = [Int](repeating: 0, count: pairs.count)
        var next = starts
        for pair in pairs {  // appended in analysis order: each slot keeps it
            targets[next[pair.slot]] = pair.index
            next[pair.slot] += 1
        }
        return ((0..<size).map { starts[$0]..<starts[$0 + 1] }, targets)
    }

    @inline(__always) private func slot(_ kind: KindID) -> Int? {
        if kind == Kind.error { return errorSlot }
        return Int(kind) < errorSlot ? Int(kind) : nil
    }

    /// Positions in `enterTargets` of the analyses that want to enter nodes of `kind`.
    @inline(__always) func entering(_ kind: KindID) -> Range<Int> {
        guard let slot = slot(kind) else { return 0..<0 }
        return enterRanges[slot]
    }

    @inline(__always) func leaving(_ kind: KindID) -> Range<Int> {
        guard let slot = slot(kind) else { return 0..<0 }
        return leaveRanges[slot]
    }
}

extension DispatchTime {
    var secondsElapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - uptimeNanoseconds) / 1e9 }
}
