/// The package-wide analysis behind GL401 (maps) and GL402 (slices): package-level containers that
/// ordinary functions grow and nothing in the package ever shrinks. One walk records, by variable, the
/// growing writes and whether anything shrinks or resets it; the package phase drops what grows only at
/// start-up or in registries, and reports the rest.
final class GlobalGrowthAnalysis: PackageAnalysis {
    enum Container {
        /// Maps and `sync.Map`s, grown by new keys (GL401).
        case map
        /// Slices, grown by `s = append(s, …)` (GL402).
        case slice
    }

    /// How many write sites a finding lists as related locations.
    static let relatedWriteLimit = 3

    let container: Container
    let package: PackageContext
    let diagnostics: Diagnostics

    /// A write that adds a key (maps) or an element (slices), with where its key comes from.
    struct WriteSite {
        let range: SourceRange
        let function: String
        /// The key's origin, or (while the trees are kept) the key to trace when the package phase asks.
        var key: ValueOrigin
        var pendingKey: (tracer: ValueOriginTracer, node: Node)?
    }
    /// Package-wide facts, by the hash of the variable's name (`ByteHash`): no String per identifier.
    private var writes: [UInt64: (name: String, sites: [WriteSite])] = [:]
    private var shrunk: Set<UInt64> = []

    private final class Frame {
        var declared: Set<UInt64> = []
        /// Names compared with `len(…)` in an `if` of this function: writes here are bounded.
        var lengthGuarded: Set<UInt64> = []
        let name: String
        let nameHash: UInt64
        let isInit: Bool
        /// The function a declaration declares (nil for a func literal): whose returns summarise its results.
        var reference: FunctionRef?
        /// The receiver's name, by hash, in a method: `all = append(all, m)` registers the value itself.
        var receiver: UInt64?
        init(name: String, isInit: Bool) {
            self.name = name; self.isInit = isInit; nameHash = ByteHash.of(name)
        }
    }
    /// Called name → the functions that call it directly, by name hash (every plain call is recorded:
    /// comparing hashes is cheaper than asking whether the name is a package function): writes in a
    /// function called only from `init`, `main` or `TestMain` (directly or through such functions)
    /// happen once, at start-up.
    private var callers: [UInt64: Set<UInt64>] = [:]
    /// Names passed as values (`http.HandleFunc("/", serve)`): such functions run later, whoever
    /// mentions them.
    private var usedAsValues: Set<UInt64> = []
    /// Functions handed to a package-level `sync.Once`'s `Do` (`once.Do(initMime)`): start-up roots, run once.
    private var onceRoots: Set<UInt64> = []
    /// Function → the package-level variables it is stored in (`osInitMime = initMimeUnix`): it runs wherever
    /// they are called, so their callers are its callers.
    private var storedIn: [UInt64: Set<UInt64>] = [:]
    private lazy var variableNameHashes = Set(package.declarations.variables.keys.map(ByteHash.of))
    private var frames: [Frame] = []
    private var file: GoFile!
    /// Functions that append their own receiver (`func (m *Metric) Publish() { all = append(all, m) }`):
    /// self-registration, one entry per value the program defines.
    private var selfRegistering: Set<String> = []

    /// The package-level names that may be such containers (read from bytes by the rule's gate): a
    /// file that mentions none of them is not walked. Its calls would only add callers to the start-up
    /// graph, and a missing non-start-up caller can only hide a finding, never make one.
    private let candidates: [[UInt8]]
    /// Whether the file being walked names a candidate at all.
    private var mentionsCandidate = false
    /// Maps: report writes whose keys are of unknown origin too (`unknown-keys: true`), not only input.
    private let reportsUnknownKeys: Bool
    /// Maps: where keys come from, followed through the package's parameters and results.
    private let sites: ValueOriginSites
    private let origins: ValueOriginResolver
    private var tracer: ValueOriginTracer?
    private var siteFile: ValueOriginSites.SiteFile?
    /// Whether this file's tree outlives its walk (`PackageContext.keepsTreesUntilFinish`).
    private let keepsTrees: Bool
    /// Parses a released file again when its calls are asked about (a giant package only).
    private lazy var reparser: Parser? = try? Parser()

    init(_ container: Container, candidates: [String], package: PackageContext, diagnostics: Diagnostics,
         reportsUnknownKeys: Bool = false) {
        self.container = container
        self.candidates = candidates.map { Array($0.utf8) }
        self.package = package
        self.diagnostics = diagnostics
        self.reportsUnknownKeys = reportsUnknownKeys
        keepsTrees = package.keepsTreesUntilFinish
        sites = ValueOriginSites()
        origins = ValueOriginResolver(sites: sites)
    }

    var kinds: [KindID] {
        switch container {
        case .map:
            return [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration,
                    Kind.varSpec, Kind.rangeClause, Kind.assignmentStatement, Kind.incStatement, Kind.decStatement,
                    Kind.callExpression, Kind.ifStatement, Kind.returnStatement]
        case .slice:
            return [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration,
                    Kind.varSpec, Kind.rangeClause, Kind.assignmentStatement, Kind.callExpression, Kind.ifStatement,
                    Kind.unaryExpression]
        }
    }
    var leaveKinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

    func beginFile(_ file: GoFile) -> Bool {
        self.file = file
        tracer = nil
        siteFile = nil
        let source = file.source[...]
        mentionsCandidate = candidates.contains { MemorySearch.contains(source, $0) }
        // Maps walk every file: key provenance follows the package's calls and returns across files.
        return container == .map || mentionsCandidate
    }

    /// This file for `ValueOriginSites`: its walk's tracer while its tree is kept, else a way to parse it again.
    private func siteFile(_ walk: WalkContext) -> ValueOriginSites.SiteFile {
        if let siteFile { return siteFile }
        let made: ValueOriginSites.SiteFile
        if keepsTrees {
            made = ValueOriginSites.SiteFile(tracer: tracer(walk))
        } else {
            let (path, source, goVersion) = (file.path, file.source, file.goVersion)
            made = ValueOriginSites.SiteFile { [unowned self] in
                guard let tree = self.reparser?.parse(source) else { return nil }
                let reopened = GoFile(path: path, tree: tree, goVersion: goVersion)
                let semantics = FileSemantics(file: reopened, environment: self.package.semantics.environment)
                return ValueOriginTracer(semantics: { semantics }, vocabulary: MapKeyVocabulary(), declarations: self.package.declarations)
            }
        }
        siteFile = made
        return made
    }

    private func tracer(_ walk: WalkContext) -> ValueOriginTracer {
        if let tracer { return tracer }
        let made = ValueOriginTracer(semantics: { walk.semantics }, vocabulary: MapKeyVocabulary(), declarations: package.declarations)
        tracer = made
        return made
    }

    func enter(_ node: Node, _ walk: WalkContext) {
        // A file that never names a candidate cannot write, shrink or guard one: only its functions and calls
        // count (the start-up graph, and the calls and returns provenance follows).
        if !mentionsCandidate {
            switch node.kind {
            case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral: enterFunction(node, walk)
            case Kind.callExpression:
                call(node, walk)
                if container == .map { recordPackageCall(node, walk) }
            case Kind.returnStatement: recordReturn(node, walk)
            case Kind.assignmentStatement, Kind.varSpec: noteStoredFunctions(node)
            default: break
            }
            return
        }
        if node.is(Kind.assignmentStatement) || node.is(Kind.varSpec) { noteStoredFunctions(node) }
        switch node.kind {
        case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
            enterFunction(node, walk)
        case Kind.shortVarDeclaration, Kind.varSpec, Kind.rangeClause:
            guard let frame = frames.last else { return }
            frame.declared.formUnion(walk.declaredNameHashes(node))
        case Kind.assignmentStatement:
            assignment(node, walk)
        case Kind.incStatement, Kind.decStatement:
            if let target = node.namedChild(0) { write(through: target, at: node, walk) }
        case Kind.callExpression:
            call(node, walk)
            if container == .map { recordPackageCall(node, walk) }
        case Kind.returnStatement:
            recordReturn(node, walk)
        case Kind.ifStatement:
            noteLengthGuards(node)
        case Kind.unaryExpression:
            addressTaken(node)
        default:
            break
        }
    }

    func leave(_ node: Node, _ walk: WalkContext) { frames.removeLast() }

    // MARK: Scopes

    private func enterFunction(_ node: Node, _ walk: WalkContext) {
        let name = node.child(Field.name)?.text ?? ""
        // A func literal inside init that init calls itself (`f := func…; f(…)`) runs during init too;
        // one started as a goroutine or handed to a call (a handler) runs later. (A hook that writes a
        // constant key, R-401d, is bounded by its key.)
        // So does one returned (`return func(w, r) {…}`: a handler made by its function, run per request).
        let runsLater = walk.parent.map { $0.is(Kind.argumentList) } == true
            || walk.ancestor(2)?.is(Kind.goStatement) == true
            || walk.parent?.is(Kind.returnStatement) == true
            || (walk.parent?.is(Kind.expressionList) == true && walk.ancestor(2)?.is(Kind.returnStatement) == true)
        let inheritsInit = node.is(Kind.funcLiteral) && frames.last?.isInit == true && !runsLater
        // A literal that init or main hands on (a handler) runs later, any number of times: it must not
        // pass for start-up code by its enclosing function's name.
        let outer = frames.last?.name ?? ""
        let returned = runsLater && walk.parent.map { !$0.is(Kind.argumentList) } == true && walk.ancestor(2)?.is(Kind.goStatement) != true
        let literalName = runsLater && (returned || ["init", "main", "TestMain"].contains(outer)) ? "a func literal in \(outer)" : outer
        let frame = Frame(name: node.is(Kind.funcLiteral) ? literalName : name,
                          isInit: (node.is(Kind.functionDeclaration) && name == "init") || inheritsInit)
        frame.declared.formUnion(walk.signature(of: node).nameHashes)
        // Only functions with a result that can be a key: `error` and `bool` results summarise nothing.
        if let result = node.child(Field.result), !Self.onlyErrorsOrBools(result) {
            frame.reference = ValueOriginTracer.reference(of: node)
        }
        if node.is(Kind.methodDeclaration), let receiver = walk.signature(of: node).receiver.first?.name {
            frame.receiver = receiver.textHash
        }
        frames.append(frame)
    }

    /// `error`, `(bool, error)`, `(ok bool)`: results no key is made of.
    static func onlyErrorsOrBools(_ result: Node) -> Bool {
        let types = result.is(Kind.parameterList)
            ? result.codeChildren.compactMap { $0.child(Field.type) }
            : [result]
        return types.allSatisfy { $0.textEquals("error") || $0.textEquals("bool") }
    }

    /// The hash of the package-level name an identifier refers to, or nil for a local (or a
    /// non-identifier).
    private func globalName(_ node: Node) -> UInt64? {
        let node = unparenthesized(node)
        guard node.is(Kind.identifier), !frames.isEmpty else { return nil }
        let name = node.textHash
        return frames.contains { $0.declared.contains(name) } ? nil : name
    }

    // MARK: Events

    private func assignment(_ node: Node, _ walk: WalkContext) {
        guard let left = node.child(Field.left) else { return }
        let values = node.child(Field.right)?.namedChildren ?? []
        for (index, target) in left.namedChildren.enumerated() {
            if container == .map, target.is(Kind.indexExpression), let operand = target.child(Field.operand) {
                write(through: target, at: node, operand: operand, walk)
            } else if let name = globalName(target) {
                if container == .slice, index < values.count, Self.appendsTo(target, values[index]) {
                    if let frame = frames.last, !frame.isInit, !isLengthGuarded(name) {
                        if let receiver = frame.receiver, Self.appendedValues(values[index]).contains(where: {
                            $0.is(Kind.identifier) && $0.textHash == receiver
                        }) {
                            selfRegistering.insert(frame.name)
                        }
                        recordWrite(name, text: unparenthesized(target).text, at: file.range(of: node), in: frame, key: nil, walk)
                    }
                } else if frames.last?.isInit == false {
                    shrunk.insert(name)  // reassigned: reset, truncated or replaced
                }
            }
        }
    }

    /// `s = append(s, …)`: the value appends to the very name it is assigned to. (`s = append(s[:0], …)`
    /// truncates first: a reset.)
    static func appendsTo(_ target: Node, _ value: Node) -> Bool {
        let value = unparenthesized(value)
        guard value.is(Kind.callExpression), let function = value.child(Field.function), function.textEquals("append"),
              let first = value.child(Field.arguments)?.namedChild(0).map(unparenthesized) else { return false }
        return first.is(Kind.identifier) && first.textHash == unparenthesized(target).textHash
    }

    /// The values an `append(s, a, b…)` call adds (every argument after the first), parentheses and `&` removed.
    static func appendedValues(_ call: Node) -> [Node] {
        let arguments = unparenthesized(call).child(Field.arguments)?.namedChildren.filter { !$0.is(Kind.comment) } ?? []
        return arguments.dropFirst().map { value in
            let value = unparenthesized(value)
            if value.is(Kind.unaryExpression), let operand = value.child(Field.operand) { return unparenthesized(operand) }
            return value
        }
    }

    private func isLengthGuarded(_ name: UInt64) -> Bool {
        frames.contains { $0.lengthGuarded.contains(name) }
    }

    private func write(through target: Node, at statement: Node, operand: Node? = nil, _ walk: WalkContext) {
        guard container == .map, target.is(Kind.indexExpression), let operand = operand ?? target.child(Field.operand),
              let frame = frames.last, !frame.isInit, let name = globalName(operand) else { return }
        if isLengthGuarded(name) { return }
        guard let key = target.child(Field.index) else { return }
        recordWrite(name, text: unparenthesized(operand).text, at: file.range(of: statement), in: frame, key: key, walk)
    }

    private func recordWrite(_ name: UInt64, text: String, at range: SourceRange, in frame: Frame, key: Node?, _ walk: WalkContext) {
        var site = WriteSite(range: range, function: frame.name, key: .unknown)
        if let key {
            // Traced now only when the tree goes away after this walk (`ValueOriginSites`).
            if keepsTrees { site.pendingKey = (tracer(walk), key) } else { site.key = tracer(walk).origin(of: key) }
        }
        writes[name, default: (text, [])].sites.append(site)
    }

    /// A call of a function of this package: what it is passed, for key provenance through its parameters.
    private func recordPackageCall(_ call: Node, _ walk: WalkContext) {
        guard !frames.isEmpty, call.child(Field.arguments)?.namedChildCount ?? 0 > 0,
              let function = call.child(Field.function).map(unparenthesized) else { return }
        // By name first: most calls are of other packages' functions, and resolving one builds a binder.
        let declarations = package.declarations
        let nameHash: UInt64
        if function.is(Kind.identifier) {
            nameHash = function.textHash
            guard declarations.functionNameHashes.contains(nameHash) else { return }
        } else {
            guard function.is(Kind.selectorExpression), let method = function.child(Field.field),
                  declarations.methodNameHashes.contains(method.textHash) else { return }
            nameHash = method.textHash
        }
        sites.noteCall(call, nameHash: nameHash, in: siteFile(walk))
    }

    /// A return of a function of this package (not of a func literal): what its results are made of.
    private func recordReturn(_ node: Node, _ walk: WalkContext) {
        guard container == .map, let function = frames.last?.reference, !node.codeChildren.isEmpty else { return }
        sites.noteReturn(node, of: function, in: siteFile(walk))
    }

    /// `&s` lets another function reset the slice through the pointer: counted as a possible shrink.
    private func addressTaken(_ node: Node) {
        guard let op = node.child(Field.operator), op.textEquals("&"),
              let operand = node.child(Field.operand), let name = globalName(operand) else { return }
        shrunk.insert(name)
    }

    private func call(_ call: Node, _ walk: WalkContext) {
        guard !frames.isEmpty, let function = call.child(Field.function) else { return }
        let arguments = call.child(Field.arguments)
        let functions = package.declarations.functionNameHashes
        if function.is(Kind.identifier) {
            let hash = function.textHash
            // A package-level function variable's calls count too: a function stored in it is called there.
            if functions.contains(hash) || variableNameHashes.contains(hash) { callers[hash, default: []].insert(frames[0].nameHash) }
        }
        // `once.Do(initMime)` on a package-level sync.Once: initMime runs once per process.
        if function.is(Kind.selectorExpression), function.child(Field.field)?.textEquals("Do") == true,
           let operand = function.child(Field.operand), operand.is(Kind.identifier),
           package.declarations.variables[operand.text]?.typeText?.replacingOccurrences(of: " ", with: "") == "sync.Once",
           let argument = arguments?.codeChildren.first, argument.is(Kind.identifier), functions.contains(argument.textHash) {
            onceRoots.insert(argument.textHash)
        }
        arguments?.forEachNamedChild { argument in
            guard argument.is(Kind.identifier) else { return }
            let hash = argument.textHash
            if functions.contains(hash) {
                usedAsValues.insert(hash)
                if container == .map { sites.noteUseAsValue(FunctionRef(receiver: nil, name: argument.text)) }
            }
        }
        // A slice handed to a function by value cannot be reset by it; only maps go on below, and only in a file
        // that names a candidate.
        guard container == .map, mentionsCandidate else { return }
        if function.is(Kind.identifier) {
            if function.textEquals("delete") || function.textEquals("clear") {
                if let first = arguments?.namedChild(0), let name = globalName(first) { shrunk.insert(name) }
                return
            }
            if function.textEquals("len") || function.textEquals("cap") { return }
        }
        if function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
           let method = function.child(Field.field), operand.is(Kind.identifier) {
            if method.textEquals("Store") || method.textEquals("LoadOrStore") || method.textEquals("Swap") {
                if let name = globalName(operand), let frame = frames.last, !frame.isInit, !isLengthGuarded(name),
                   let key = arguments?.codeChildren.first {
                    recordWrite(name, text: operand.text, at: file.range(of: call), in: frame, key: key, walk)
                }
            } else if method.textEquals("Delete") || method.textEquals("LoadAndDelete")
                        || method.textEquals("CompareAndDelete") || method.textEquals("Clear") {
                if let name = globalName(operand) { shrunk.insert(name) }
            }
        }
        // Handed to another function, which may evict: counted as a possible shrink (low noise).
        arguments?.forEachNamedChild { argument in
            if argument.is(Kind.identifier), let name = globalName(argument) { shrunk.insert(name) }
        }
    }

    /// `v = f` or `var v = f` with `f` a function of this package: `f` runs where `v` is called.
    private func noteStoredFunctions(_ node: Node) {
        // Most assignments store something else: hash lookups on the right-hand names before any list is built.
        guard let right = node.child(node.is(Kind.varSpec) ? Field.value : Field.right) else { return }
        let functionNames = package.declarations.functionNameHashes
        var storesFunction = right.is(Kind.identifier) && functionNames.contains(right.textHash)
        if right.is(Kind.expressionList) {
            right.forEachNamedChild { if $0.is(Kind.identifier), functionNames.contains($0.textHash) { storesFunction = true } }
        }
        guard storesFunction else { return }
        let targets = (node.is(Kind.varSpec) ? LocalDeclarations.specNames(node) : node.child(Field.left)?.codeChildren) ?? []
        let valueList = node.child(node.is(Kind.varSpec) ? Field.value : Field.right)
        let values = valueList.map { $0.is(Kind.expressionList) ? $0.codeChildren : [$0] } ?? []
        guard targets.count == values.count else { return }
        let functions = package.declarations.functionNameHashes
        for (target, value) in zip(targets, values) where target.is(Kind.identifier) && value.is(Kind.identifier)
            && functions.contains(value.textHash) && variableNameHashes.contains(target.textHash) {
            storedIn[value.textHash, default: []].insert(target.textHash)
        }
    }

    /// `if len(m) < limit { m[k] = v }` or `if len(m) >= limit { return }`: writes in this function
    /// are bounded by the check.
    private func noteLengthGuards(_ node: Node) {
        guard let frame = frames.last, let condition = node.child(Field.condition) else { return }
        TreeWalk.forEach(condition) { child in
            if child.is(Kind.callExpression), let function = child.child(Field.function), function.textEquals("len"),
               let argument = child.child(Field.arguments)?.namedChild(0), argument.is(Kind.identifier) {
                frame.lengthGuarded.insert(argument.textHash)
            }
            return !child.is(Kind.funcLiteral)
        }
    }

    // MARK: Package phase

    func finishPackage() {
        let startup = startupFunctions()
        for (key, entry) in writes.sorted(by: { $0.value.name < $1.value.name }) where !shrunk.contains(key) {
            let name = entry.name
            // In source order (path, then offset): the editor walks its file last, the CLI in order.
            let sites = entry.sites.sorted { ($0.range.path, $0.range.startByte) < ($1.range.path, $1.range.startByte) }
            guard let variable = package.declarations.variables[name] else { continue }
            switch container {
            case .map:
                guard Self.isMap(variable) else { continue }
                // Keys of a type with a bounded set of values (`reflect.Type`, bool, an enum), by the map's resolved type:
                // a shortcut past tracing each key, whose own type the tracer asks first anyway.
                if hasBoundedKeyType(name) { continue }
            case .slice:
                guard Self.isSlice(variable) else { continue }
                // Hooks and callbacks (`[]func()`): registered by the program's code, a few per call site.
                if Self.isHookSlice(variable) { continue }
                // Test support (`internal/testutil`): lives as long as a test binary.
                if Self.isTestSupport(variable.filePath) { continue }
            }
            // Written only at start-up, or by registries (`RegisterCompressor`, `AddParams`,
            // `MustRegister`, self-registering values): grows with the program's code, not its input.
            // Also written only from functions that run once per process across the module (`main → Main →
            // enableProfilers`): bounded by the program's start-up, not its input.
            let runsLater: (String) -> Bool = {
                !(Self.isRegistration($0) || startup.contains($0) || self.selfRegistering.contains($0)
                    || self.runsOnceAcrossModule($0))
            }
            switch container {
            case .map:
                reportMap(name, variable, writes: sites, runsLater: runsLater)
            case .slice:
                guard sites.contains(where: { runsLater($0.function) }) else { continue }
                let shown = Array(sites.prefix(Self.relatedWriteLimit))
                var writers: [String] = []
                for site in shown where !site.function.isEmpty && !writers.contains(site.function) { writers.append(site.function) }
                var whereText = writers.isEmpty ? "" : " in " + writers.joined(separator: ", ")
                if sites.count > shown.count { whereText += " (\(sites.count) writes in all)" }
                diagnostics.report(
                    variable.location,
                    "package-level slice '\(name)' only grows: it is appended to\(whereText) but nothing in the package "
                        + "truncates, resets or replaces it; cap its length (drop the oldest), reset it when consumed, "
                        + "or keep it in the value that owns its lifetime",
                    related: shown.map { RelatedLocation($0.range, "'\(name)' grows here") })
            }
        }
    }

    /// GL401's verdict on a map's writes after start-up: reported when some key comes from input (a request, a
    /// connection, a message, the clock, a generated ID), named in the message; keys of unknown origin only
    /// with `unknown-keys: true`.
    private func reportMap(_ name: String, _ variable: PackageDeclarations.Variable, writes: [WriteSite],
                           runsLater: (String) -> Bool) {
        // Keys first (cheap on bounded ones), start-up last (it may ask the module's callers).
        let judged = writes.map { site in
            (site: site, verdict: origins.verdict(site.pendingKey.map { $0.tracer.origin(of: $0.node) } ?? site.key))
        }
        // Input read at start-up (a configuration file loaded once) is as bounded as the start-up itself.
        let inputs = judged.filter {
            guard case .input(let source, _) = $0.verdict else { return false }
            return runsLater($0.site.function) && runsLater(source.function)
        }
        let reported = inputs.isEmpty && reportsUnknownKeys
            ? judged.filter { $0.verdict == .unknown && runsLater($0.site.function) } : inputs
        guard !reported.isEmpty else { return }
        let shown = Array(reported.prefix(Self.relatedWriteLimit))
        let because: String
        if case .input(let source, let through) = ValueOriginResolver.combine(inputs.map(\.verdict)) {
            let via = through.isEmpty ? "" : " (through " + through.joined(separator: ", ") + ")"
            because = "its keys come from \(source.expression) (\(source.kind)) in \(source.function)\(via)"
        } else {
            var writers: [String] = []
            for write in shown where !write.site.function.isEmpty && !writers.contains(write.site.function) {
                writers.append(write.site.function)
            }
            because = "it gets keys of unknown origin" + (writers.isEmpty ? "" : " in " + writers.joined(separator: ", "))
        }
        let more = reported.count > shown.count ? " (\(reported.count) writes in all)" : ""
        diagnostics.report(
            variable.location,
            "package-level map '\(name)' only grows: \(because)\(more), and nothing in the package deletes from, "
                + "clears or resets it; evict entries (delete, or a size cap) or use a bounded cache",
            related: shown.map { RelatedLocation($0.site.range, "'\(name)' gets a new key here") })
    }

    /// `Register…`, `register…`, `MustRegister…`, and exported `Add…`/`Must…` followed by a word
    /// (`AddParamsForCurve`, `MustParse…`): registries, growing with the program's code. A plain `add`
    /// helper is not one.
    static func isRegistration(_ function: String) -> Bool {
        if ["Register", "register", "MustRegister", "mustRegister"].contains(where: { function.hasPrefix($0) }) { return true }
        if StartupNames.isSetUp(function) { return true }
        // Callback registration: `OnExit(f)`, `OnReloaded(cb)`.
        if function.hasPrefix("On"), let next = function.dropFirst(2).first, next.isUppercase { return true }
        for prefix in ["Add", "Must"] where function.hasPrefix(prefix) {
            let rest = function.dropFirst(prefix.count)
            if let next = rest.first, next.isUppercase { return true }
        }
        return false
    }

    /// Whether a plain function of this package (not a method, not a func literal) runs once per process by its
    /// callers across the module (`PackageContext.oncePerProcessChain`, the strict question).
    private func runsOnceAcrossModule(_ function: String) -> Bool {
        guard !function.isEmpty, function.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else { return false }
        if let known = onceAcrossModule[function] { return known }
        let answer = package.oncePerProcessChain(function: function, receiver: nil) != nil
        onceAcrossModule[function] = answer
        return answer
    }
    private var onceAcrossModule: [String: Bool] = [:]

    /// Functions that run only at start-up: `init`, `main`, `TestMain`, and functions whose every
    /// direct caller is one of them (and that are never used as values).
    private func startupFunctions() -> Set<String> {
        // Sub-command entry points are named like main (`serverMain`, `gatewayMain`): start-up roots too.
        let entryPoints = package.declarations.functions.keys.filter(StartupNames.isEntryPoint)
        let functions = Set(package.declarations.functions.keys.map(ByteHash.of))
        var startup: Set<UInt64> = Set((["init", "main", "TestMain"] + entryPoints).map(ByteHash.of)).union(onceRoots.intersection(functions))
        // A function's callers, with those of the variables it is stored in.
        var effective = callers.filter { functions.contains($0.key) }
        for (function, variables) in storedIn {
            for variable in variables { effective[function, default: []].formUnion(callers[variable] ?? []) }
        }
        var changed = true
        while changed {
            changed = false
            for (function, callerSet) in effective where !startup.contains(function)
                && !usedAsValues.contains(function) && !callerSet.isEmpty && callerSet.isSubset(of: startup) {
                startup.insert(function)
                changed = true
            }
        }
        return Set(package.declarations.functions.keys.filter { startup.contains(ByteHash.of($0)) } + ["init", "main", "TestMain"])
    }

    /// Whether the map's key type has few values, as GL401's vocabulary judges a key's own type (an unknown type
    /// leaves the judgement to each key).
    private func hasBoundedKeyType(_ name: String) -> Bool {
        let environment = package.semantics.environment
        guard case .map(let key, _) = environment.underlying(environment.current.variableType(name, environment: environment))
        else { return false }
        return MapKeyVocabulary().isBounded(type: key, environment: environment)
    }

    static func isMap(_ variable: PackageDeclarations.Variable) -> Bool {
        let type = variable.typeText?.replacingOccurrences(of: " ", with: "") ?? ""
        let value = variable.valueHead?.replacingOccurrences(of: " ", with: "") ?? ""
        if type.hasPrefix("map[") || type.hasSuffix("sync.Map") { return true }
        return value.hasPrefix("map[") || value.hasPrefix("make(map[") || value.hasPrefix("sync.Map{")
            || value.hasPrefix("&sync.Map{") || value.hasPrefix("new(sync.Map)")
    }

    /// `[]func(…)`, `[]*func()`: a list of hooks.
    static func isHookSlice(_ variable: PackageDeclarations.Variable) -> Bool {
        let type = (variable.typeText ?? variable.valueHead ?? "").replacingOccurrences(of: " ", with: "")
        return type.hasPrefix("[]func(") || type.hasPrefix("[]*func(") || type.hasPrefix("make([]func(")
    }

    /// A file of a test-support package (`testutil`, `testhelper`, `internal/testenv`).
    static func isTestSupport(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        return components.dropLast().contains { ["testutil", "testutils", "testhelper", "testhelpers", "testenv", "testing"].contains($0) }
    }

    /// A slice variable: declared `[]T`, or initialised with a slice literal or `make([]T, …)`. Arrays
    /// (`[4]T`) cannot grow.
    static func isSlice(_ variable: PackageDeclarations.Variable) -> Bool {
        let type = variable.typeText?.replacingOccurrences(of: " ", with: "") ?? ""
        let value = variable.valueHead?.replacingOccurrences(of: " ", with: "") ?? ""
        if type.hasPrefix("[]") { return true }
        return type.isEmpty && (value.hasPrefix("[]") || value.hasPrefix("make([]"))
    }
}
