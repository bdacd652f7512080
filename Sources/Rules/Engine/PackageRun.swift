import Dispatch

/// One package's analyses in progress: made from the configured rules (each rule's gate decides whether it
/// runs), fed one file's tree at a time, finished once. The CLI's `Linter` drives one per package; the editor
/// (`EditorPackage`) keeps one that has walked every file but the open buffer, and walks the buffer last.
final class PackageRun {
    let package: PackageContext
    private let analyses: [PackageAnalysis]
    private let sinks: [Diagnostics]
    /// `Rule.declarationTriggers` of the rules that run: files containing one are read first.
    let triggers: [String]
    /// Some analysis walks bodies (a package every rule's gate turned away needs no declarations).
    let walksBodies: Bool
    private let measuresRules: Bool
    private let honorsPeerDirectives: Bool
    private(set) var suppressions: [Suppression] = []
    /// Time per analysis (only read with `measuresRules`).
    private(set) var timings: [Double]
    /// Most files of a package activate the same analyses: their dispatch table is built once.
    private var tables: [[Int]: DispatchTable] = [:]

    init(rules: [Linter.ConfiguredRule], package: PackageContext, measuresRules: Bool, honorsPeerDirectives: Bool) {
        self.package = package
        self.measuresRules = measuresRules
        self.honorsPeerDirectives = honorsPeerDirectives
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
        self.analyses = analyses
        self.sinks = sinks
        self.triggers = triggers
        timings = [Double](repeating: 0, count: analyses.count)
        walksBodies = analyses.contains { !$0.kinds.isEmpty || !$0.leaveKinds.isEmpty }
    }

    /// Files whose declarations rules need before any walk come first (their order is kept otherwise).
    func ordered<File>(_ files: [File], bytes: (File) -> [UInt8]) -> [File] {
        let first = files.map { file in triggers.contains { ByteSearch.contains(bytes(file), $0) } }
        return files.indices.filter { first[$0] }.map { files[$0] } + files.indices.filter { !first[$0] }.map { files[$0] }
    }

    /// Every analysis's package phase, then the findings with the package's directives applied.
    func finish(audit: SuppressionAudit) -> [Finding] {
        for (index, analysis) in analyses.enumerated() {
            let started = DispatchTime.now()
            analysis.finishPackage()
            timings[index] += started.secondsElapsed
        }
        let package = package
        return audit.apply(sinks.flatMap(\.findings), suppressions, peersRunning: { package.peerLinterSetup.runs($0) })
    }

    /// Seconds per rule code, for `--stats`.
    var ruleSeconds: [String: Double] {
        var seconds: [String: Double] = [:]
        for (index, sink) in sinks.enumerated() { seconds[sink.doc.code, default: 0] += timings[index] }
        return seconds
    }

    /// The one walk over a file: each named node goes to the analyses that asked for its kind; comments
    /// are read for suppression directives on the way. With `measuresRules`, time per analysis is
    /// summed into `timings` (a clock read per dispatch: only for --stats).
    func walk(_ file: GoFile) {
        var active: [Int] = []
        for (index, analysis) in analyses.enumerated() {
            let started = DispatchTime.now()
            if analysis.beginFile(file) { active.append(index) }
            timings[index] += started.secondsElapsed
        }
        let analyses = active.map { self.analyses[$0] }
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
            return
        }
        let context = WalkContext(file: file, package: package)
        var localTimings = [Double](repeating: 0, count: analyses.count)
        let measures = measuresRules, honorsPeerDirectives = honorsPeerDirectives
        let comment = Kind.comment
        // The analyses each slot dispatches to, resolved once: the per-node loop indexes one array.
        let enterAnalyses = table.enterTargets.map { analyses[$0] }
        let leaveAnalyses = table.leaveTargets.map { analyses[$0] }
        /// Calls each analysis at `targets` (positions in `analyses`, whose indices among the active ones are
        /// `indices`), timing each with `measuresRules`.
        @inline(__always) func dispatch(_ targets: Range<Int>, _ analyses: [PackageAnalysis], _ indices: [Int],
                                        _ call: (PackageAnalysis) -> Void) {
            guard measures else {
                for position in targets { call(analyses[position]) }
                return
            }
            for position in targets {
                let started = DispatchTime.now()
                call(analyses[position])
                localTimings[indices[position]] += started.secondsElapsed
            }
        }
        let tree = file.tree
        var found: [Suppression] = []
        TreeWalk.walkNamed(file.root, enter: { raw, kind in
            if kind == comment {
                if let directive = Suppression.parse(raw.node(in: tree), file: file), honorsPeerDirectives || !directive.isPeer {
                    found.append(directive)
                }
                return false
            }
            context.push(raw, kind: kind)
            let targets = table.entering(kind)
            if !targets.isEmpty {
                // The `Node` (which retains the tree) is made only for nodes some analysis asked for.
                let node = raw.node(in: tree)
                dispatch(targets, enterAnalyses, table.enterTargets) { $0.enter(node, context) }
            }
            return true
        }, leave: {
            let targets = table.leaving(context.currentKind)
            if !targets.isEmpty {
                let node = context.current
                dispatch(targets, leaveAnalyses, table.leaveTargets) { $0.leave(node, context) }
            }
            context.pop()
        })
        suppressions += found
        for (position, analysis) in analyses.enumerated() {
            let started = DispatchTime.now()
            analysis.endFile(file)
            timings[active[position]] += localTimings[position] + started.secondsElapsed
        }
    }
}

/// Node kind → indices of the analyses that asked for it: one flat list and a (start, end) pair per
/// kind, so a lookup allocates nothing. A class, not a struct: the walk's closures read it for every node, and
/// reading a captured struct retained and released each of its four arrays every time (8 reference-count
/// operations per named node; 5.41 → 5.28 G instructions on net/http).
final class DispatchTable {
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
