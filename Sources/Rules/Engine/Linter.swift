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

    let rules: [ConfiguredRule]
    private let jobs: Int
    let goVersionOverride: GoVersion?
    private let includeGenerated: Bool
    let audit: SuppressionAudit
    /// Signatures of imported packages of the same module, shared by every worker (locked inside).
    let imported = ImportedDeclarations()
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
    struct ReadFile {
        let source: SourceFile
        let bytes: [UInt8]
        let packageName: String
    }

    /// A file's bytes (`contents`, or read from its path) if it is to be analysed, with the error that goes with
    /// it: nil for a file that cannot be read, that the checks refuse, or that is generated (skipped by default,
    /// as its author cannot act on findings).
    func read(_ source: SourceFile, bytes given: [UInt8]? = nil) -> (file: ReadFile?, bytes: [UInt8]?, error: FileError?) {
        let bytes: [UInt8]
        do {
            bytes = try given ?? source.contents ?? SourceReader.read(source.path)
        } catch {
            return (nil, nil, FileError(path: source.displayPath, cause: "\(error)"))
        }
        var error: FileError?
        switch SourceChecks.check(bytes) {
        case .ok: break
        case .refuse(let cause): return (nil, bytes, FileError(path: source.displayPath, cause: cause))
        case .damaged(let cause): error = FileError(path: source.displayPath, cause: cause)
        }
        if !includeGenerated && FileClassification.isGenerated(bytes) { return (nil, bytes, error) }
        return (ReadFile(source: source, bytes: bytes, packageName: GoText.packageClauseName(bytes) ?? ""), bytes, error)
    }

    private func lintPackage(_ input: PackageInput, parser: Parser) -> PackageOutput {
        var output = PackageOutput()
        let goVersion = goVersionOverride ?? input.goVersion
        var files: [ReadFile] = []
        for source in input.files.sorted(by: { $0.displayPath < $1.displayPath }) {
            let (file, bytes, error) = read(source)
            if recordsDigests, let bytes { output.digests[source.displayPath] = ByteHash.of(bytes) }
            if let error { output.errors.append(error) }
            if let file { files.append(file) }
        }
        let headers = cgoHeaders(of: files, directory: input.directory)
        // An unchanged package (same files, same included headers, same dependencies, same salt) gets its
        // stored results.
        var cacheKey: String?
        if let cache {
            let inputs = files.map { ($0.source.displayPath, $0.bytes) } + headers.map { ("#include " + $0.path, $0.bytes) }
            // The owning module (root and path) too: a go.mod added between the package and its old module root
            // moves the package to another module, with other imports and callers.
            // And the golangci-lint configuration, which decides whether a stale peer directive is reported.
            let module = (imported.module(of: input.directory).map { $0.root + "=" + $0.path } ?? "-")
                + " golangci=" + imported.peerLinters.fingerprint(directory: input.directory)
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
    func cgoHeaders(of files: [ReadFile], directory: String) -> [CgoHeaders.Header] {
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
        // Known before the analyses are made: they decide by it whether they may keep nodes.
        package.keepsTreesUntilFinish = files.reduce(0) { $0 + $1.bytes.count } <= retainedTreeBudget
        let run = PackageRun(rules: rules, package: package, measuresRules: measuresRules,
                             honorsPeerDirectives: honorsPeerDirectives)
        let walksBodies = run.walksBodies
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
        func walkFile(_ file: GoFile) {
            let started = DispatchTime.now()
            run.walk(file)
            output.statistics.walkSeconds += started.secondsElapsed
        }
        // Every file is parsed (and its top-level declarations read) before any is walked, so the semantic
        // core sees the whole package from the first question. Trees are kept for the walk up to a budget of
        // source bytes; a giant package's other files are parsed again when their turn comes.
        let ordered = run.ordered(files) { $0.bytes }
        if !walksBodies {
            // No rule walks this package (gated out): one tree at a time, no declarations to read.
            for file in ordered { if let parsed = parse(file) { walkFile(parsed) } }
        } else if package.keepsTreesUntilFinish {
            // A package of ordinary size: every tree is kept until the package is done (all of them are alive
            // after parsing anyway, so the peak is the same), and the semantic core's facts are read from them
            // on its first question — a package no rule asks about never has them read.
            var parsedFiles: [GoFile] = [], declarationFiles: [GoFile] = []
            for file in ordered {
                guard let parsed = parse(file, readsDeclarations: false) else { continue }
                let declarations = Self.declarationFile(of: parsed, bytes: file.bytes, parser: parser)
                package.declarations.add(declarations)
                parsedFiles.append(parsed)
                declarationFiles.append(declarations)
            }
            package.pendingDeclarations = { [unowned package] in
                for file in declarationFiles { package.factsBuilder.add(file) }
            }
            for parsed in parsedFiles { walkFile(parsed) }
        } else {
            // A large package: every file's declarations and facts are read first, so each walk sees the whole
            // package as in a small one — never only the files that happen to sort before it. Up to the budget,
            // files are parsed in full and their trees kept for the walk (as in a small package); the others give
            // a parse that skips bodies (`Parser.parseDeclarations`, with the file's offsets) and are parsed again
            // for their walk, one at a time, so memory stays that of the budget plus one full tree. The files kept
            // are those a skeleton saves least on (least inside bodies: a file of types and constants has nothing
            // to skip), so the extra parsing is smallest.
            let regions = ordered.map { DeclarationSkeleton.blankedRegions($0.bytes) }
            let kept = Self.filesKeptWhole(ordered.map(\.bytes.count), skipped: regions, budget: retainedTreeBudget)
            var keptTrees: [Int: GoFile] = [:]
            var unparsable: Set<Int> = []
            for (index, file) in ordered.enumerated() {
                if kept.contains(index) {
                    guard let parsed = parse(file, readsDeclarations: false) else { unparsable.insert(index); continue }
                    let declarations = Self.declarationFile(of: parsed, bytes: file.bytes, parser: parser)
                    package.declarations.add(declarations)
                    package.factsBuilder.add(declarations)
                    keptTrees[index] = parsed
                    continue
                }
                guard let tree = parser.parseDeclarations(file.bytes, skipping: regions[index]) else { continue }
                let skeleton = GoFile(path: file.source.displayPath, tree: tree, goVersion: package.goVersion)
                package.declarations.add(skeleton)
                package.factsBuilder.add(skeleton)
            }
            for (index, file) in ordered.enumerated() where !unparsable.contains(index) {
                if let parsed = keptTrees.removeValue(forKey: index) ?? parse(file, readsDeclarations: false) { walkFile(parsed) }
            }
        }
        let packageStarted = DispatchTime.now()
        let findings = run.finish(audit: audit)
        package.pendingDeclarations = nil  // releases the trees it kept
        output.statistics.packageSeconds += packageStarted.secondsElapsed
        output.statistics.ruleSeconds.merge(run.ruleSeconds, uniquingKeysWith: +)
        return Self.afterAnalysis(findings, oncePerProcess: oncePerProcess, package: package,
                                  sources: files.map { ($0.source.displayPath, $0.bytes) })
    }

    /// Which files of a large package keep their full tree from the declaration pass to their walk: by the share
    /// of the file a skeleton would skip, smallest first (ties in file order), while their bytes fit the budget.
    static func filesKeptWhole(_ sizes: [Int], skipped: [[Range<Int>]], budget: Int) -> Set<Int> {
        let skippedBytes = skipped.map { $0.reduce(0) { $0 + $1.count } }
        let byLeastSkipped = sizes.indices.sorted {
            // skipped/size compared without division: a.skipped * b.size < b.skipped * a.size
            let left = skippedBytes[$0] * max(sizes[$1], 1), right = skippedBytes[$1] * max(sizes[$0], 1)
            return left != right ? left < right : $0 < $1
        }
        var kept: Set<Int> = [], used = 0
        for index in byLeastSkipped where used + sizes[index] <= budget {
            kept.insert(index)
            used += sizes[index]
        }
        return kept
    }

    /// Where a file's declarations are read from: its tree, or — when the tree has errors — a parse that skips the
    /// bodies (`Parser.parseDeclarations`), so that a statement half typed in one body (`n := len(`, whose error
    /// the parser's recovery stretches to the end of the file) does not hide every declaration after it. For a
    /// file without errors both give the same declarations (`DeclarationSkeletonTests`).
    static func declarationFile(of parsed: GoFile, bytes: [UInt8], parser: Parser) -> GoFile {
        guard parsed.root.hasError, let tree = parser.parseDeclarations(bytes) else { return parsed }
        return GoFile(path: parsed.path, tree: tree, goVersion: parsed.goVersion)
    }

    /// What every analysed package's findings go through: once-per-process code's resource leaks become notes
    /// (or go) as configured.
    static func afterAnalysis(_ findings: [Finding], oncePerProcess: OncePerProcessPolicy, package: PackageContext,
                              sources: [(path: String, bytes: [UInt8])]) -> [Finding] {
        guard oncePerProcess != .warning, !findings.isEmpty else { return findings }
        let sources = Dictionary(sources.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return OncePerProcess.apply(oncePerProcess, to: findings, package: package, sources: sources)
    }
}

extension DispatchTime {
    var secondsElapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - uptimeNanoseconds) / 1e9 }
}
