import Foundation

/// A rule, declared go/analysis-style: its documentation, and a factory for the per-package analysis
/// that the engine feeds. Rules only report findings; they never read files, print, or check
/// suppressions.
public protocol Rule: Sendable {
    static var doc: RuleDoc { get }
    /// Byte strings marking files whose declarations this rule needs before walking any file of the
    /// package (parsed first). Empty for most rules: package-wide facts belong in `finishPackage`.
    static var declarationTriggers: [String] { get }
    init(options: RuleOptions)
    /// The analysis for one package, or nil when the package cannot trigger the rule (a cheap gate).
    func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis?
}

extension Rule {
    public var doc: RuleDoc { Self.doc }
    public static var declarationTriggers: [String] { [] }
}

/// A rule's work on one package. The engine calls, for each file: `beginFile` (return false to skip
/// the file), then `enter` for every node whose kind is in `kinds` (pre-order) and `leave` for those
/// in `leaveKinds` (post-order), then `endFile`; after the last file, `finishPackage`.
/// Nodes must not be kept past `endFile`: keep `SourceRange`s. `kinds` and `leaveKinds` are read once
/// per package (the dispatch table is shared by its files), so they must not change while it is linted.
public protocol PackageAnalysis: AnyObject {
    var kinds: [KindID] { get }
    var leaveKinds: [KindID] { get }
    func beginFile(_ file: GoFile) -> Bool
    func enter(_ node: Node, _ walk: WalkContext)
    func leave(_ node: Node, _ walk: WalkContext)
    func endFile(_ file: GoFile)
    func finishPackage()
}

extension PackageAnalysis {
    public var leaveKinds: [KindID] { [] }
    public func beginFile(_ file: GoFile) -> Bool { true }
    public func leave(_ node: Node, _ walk: WalkContext) {}
    public func endFile(_ file: GoFile) {}
    public func finishPackage() {}
}

/// What a package analysis knows about its package. Files are parsed and walked one at a time (their
/// trees freed after), so `declarations` grows as files are read: complete in `finishPackage`, and
/// during walks complete for the declarations of files matching a rule's `declarationTriggers`.
public final class PackageContext {
    public let directory: String
    public let name: String
    public let declarations = PackageDeclarations()
    public let goVersion: GoVersion?
    /// Exported functions of imported packages of the same module or its vendor/ (read by the engine).
    public let imported: ImportedDeclarations?
    /// The raw bytes of every file of the package, for cheap gates.
    private var sources: [[UInt8]]

    /// A question a rule asked of the package's raw bytes, with its answer. State built on it holds for other
    /// bytes only when they give the same answer: the editor (`EditorPackage`) re-asks every question before it
    /// reuses walks made with an earlier text of the open buffer.
    struct SourceQuestion {
        let answer: AnyHashable
        let ask: ([[UInt8]]) -> AnyHashable
        func holds(for sources: [[UInt8]]) -> Bool { ask(sources) == answer }
    }
    /// Every question asked so far (kept only with `recordsSourceQuestions`).
    private(set) var sourceQuestions: [SourceQuestion] = []
    var recordsSourceQuestions = false

    private func asked<Answer: Hashable>(_ ask: @escaping ([[UInt8]]) -> Answer) -> Answer {
        let answer = ask(sources)
        if recordsSourceQuestions { sourceQuestions.append(SourceQuestion(answer: AnyHashable(answer), ask: { AnyHashable(ask($0)) })) }
        return answer
    }

    /// The open buffer's bytes in place of an earlier text (the editor, once every recorded question holds).
    func replaceSource(at index: Int, with bytes: [UInt8]) { sources[index] = bytes }

    /// The one file whose findings are wanted (the editor's buffer; nil: every file's). A package phase may skip
    /// work whose findings could only land in another file — an acquisition is reported at its own site.
    /// Whether every tree of the package stays alive until its package phase ends: true but for a package over
    /// the linter's tree budget, whose trees are released after each walk. An analysis may keep `Node`s for its
    /// package phase only when this holds.
    public internal(set) var keepsTreesUntilFinish = true
    var reportedPath: String?
    public func wantsFindings(in path: String) -> Bool { reportedPath.map { $0 == path } ?? true }
    /// The C headers the package's cgo preambles include from inside the module (`CgoHeaders`).
    public let cgoHeaders: [CgoHeaders.Header]

    /// Top-level declarations of every file, read by the engine before any walk (the semantic core's input).
    var factsBuilder: PackageFacts.Builder
    /// For a package too large to keep its trees between passes: reads every file's declarations (from
    /// skeletons) into `factsBuilder`. Run on the first question to the semantic core, so a large package that
    /// no rule asks about (most of syscall's and the compiler's generated tables) is parsed once, not twice.
    var pendingDeclarations: (() -> Void)?

    /// The semantic core of this package (facts, type environment), built on the first question: after the
    /// engine has read every file's declarations.
    public var semantics: PackageSemantics {
        if let semanticsStorage { return semanticsStorage }
        if let pending = pendingDeclarations {
            pendingDeclarations = nil
            pending()
        }
        let semantics = PackageSemantics(facts: factsBuilder.build(), index: imported?.facts, directory: standardizedDirectory)
        semanticsStorage = semantics
        return semantics
    }
    private var semanticsStorage: PackageSemantics?
    private let standardizedDirectory: String

    /// Module packages whose facts the semantic core read: what a cached result depends on.
    public var semanticDependencies: Set<String> { semanticsStorage?.environment.consultedModulePackages ?? [] }

    public init(directory: String, name: String, sources: [[UInt8]], goVersion: GoVersion?,
                imported: ImportedDeclarations? = nil, cgoHeaders: [CgoHeaders.Header] = []) {
        self.directory = directory
        self.name = name
        self.sources = sources
        self.cgoHeaders = cgoHeaders
        self.goVersion = goVersion
        self.imported = imported
        let standardized = ProjectPaths.absolute(directory)
        standardizedDirectory = standardized
        let importPath = PackageSemantics.importPath(directory: standardized, module: imported?.module(of: standardized))
        // An external test package (`package dbw_test` beside `package dbw`) is another package: it imports the
        // directory's package by that path, so it is `path_test`, as go/types names it.
        factsBuilder = PackageFacts.Builder(path: name.hasSuffix("_test") ? importPath + "_test" : importPath)
    }

    /// Import paths whose declarations a rule asked for (`importedFunctions`): what a cached result of
    /// this package depends on beyond its own files.
    public private(set) var importsConsulted: Set<String> = []
    /// Which golangci-lint linters run in this package's directory (asked only for a stale peer directive).
    public private(set) lazy var peerLinterSetup: PeerLinterSetup =
        (imported?.peerLinters ?? PeerLinterSetup.Lookup()).setup(of: directory)

    /// The exported functions of an imported package of the same module (or vendored), recorded as a
    /// dependency of this package's results.
    public func importedFunctions(of importPath: String) -> [String: ImportedDeclarations.Function] {
        guard let imported else { return [:] }
        importsConsulted.insert(importPath)
        return imported.functions(of: importPath, from: directory)
    }

    /// Whether `function` of this package runs once per process (`receiver`: the receiver type's name for a
    /// method, "" when unknown; nil for a function), judged from its callers across the module
    /// (`ModuleCallers`); recorded as a dependency on the module's files.
    public func runsOncePerProcess(function: String, receiver: String?) -> Bool {
        let directory = ProjectPaths.absolute(self.directory)
        guard let imported, let module = imported.module(of: directory) else { return false }
        importsConsulted.insert(ImportedDeclarations.moduleCallersKey)
        return imported.callers.runsOncePerProcess(function: function, receiver: receiver, directory: directory,
                                                   packageName: name, moduleRoot: module.root, modulePath: module.path)
    }

    /// The call chain from the program's start-up when `function` of this package runs once per process
    /// (`ModuleCallers.oncePerProcessChain`, the strict question); nil otherwise. Recorded as a dependency on the
    /// module's files.
    public func oncePerProcessChain(function: String, receiver: String?) -> [String]? {
        let directory = ProjectPaths.absolute(self.directory)
        guard let imported, let module = imported.module(of: directory) else { return nil }
        importsConsulted.insert(ImportedDeclarations.moduleCallersKey)
        return imported.callers.oncePerProcessChain(function: function, receiver: receiver, directory: directory,
                                                    packageName: name, moduleRoot: module.root, modulePath: module.path)
    }

    /// The raw bytes of each file, in order (for byte-level reading before any parse, e.g. cgo preambles).
    public var fileSources: [[UInt8]] { asked { $0 } }

    /// Whether any file of the package contains `needle` (a cheap gate before any parsing, e.g. `net/http`).
    /// Whether any file's bytes satisfy `test` (a gate cheaper than a walk).
    public func anySource(where test: @escaping ([UInt8]) -> Bool) -> Bool { asked { $0.contains(where: test) } }

    public func anySourceContains(_ needle: String) -> Bool {
        asked { $0.contains { ByteSearch.contains($0, needle) } }
    }

    /// Import paths of the package's files, read from their import declarations (one pass, shared by
    /// every rule's gate).
    public private(set) lazy var importPaths: Set<String> = asked { $0.reduce(into: []) { $0.formUnion(SourceGates.importPaths(in: $1)) } }

    /// Hashes (`ByteHash`) of every name called as `x.Name(` in the package: rules gate on the calls that
    /// acquire their resources with a few set lookups instead of a scan per name.
    public private(set) lazy var selectorCallHashes: Set<UInt64> = asked { $0.reduce(into: []) { $0.formUnion(SourceGates.selectorCalls(in: $1)) } }

    /// Whether some file imports one of `paths`.
    public func importsAny(_ paths: [String]) -> Bool { paths.contains { importPaths.contains($0) } }

    /// Whether some file imports another package of this package's own module (not the standard library's):
    /// a package can then receive a resource from a module API (`rw.Query(…)` returning `*sql.Rows`) without
    /// importing the resource's package itself.
    public private(set) lazy var importsOwnModule: Bool = {
        guard let module = imported?.module(of: standardizedDirectory), module.path != "std" else { return false }
        return importPaths.contains { $0 == module.path || $0.hasPrefix(module.path + "/") }
    }()

    /// Whether some file calls `x.Name(` for one of `names`.
    public func callsAnySelector(_ names: [String]) -> Bool { names.contains { selectorCallHashes.contains(ByteHash.of($0)) } }

    /// Whether a package-level `var` declaration (a `var` line at column 0, or a line of a `var ( … )`
    /// block) mentions `needle`: a byte-level gate for rules about package variables (GL401 asks for
    /// `map[`). Conservative: it may say yes for a comment, never no for a real declaration.
    public func anyPackageVarMentions(_ needles: [String]) -> Bool {
        packageVarLines.contains { line in needles.contains { ByteSearch.contains(line, $0) } }
    }

    /// Every file's package-level `var` lines, read once for all the rules that ask.
    public private(set) lazy var packageVarLines: [ArraySlice<UInt8>] = asked { $0.flatMap(ByteSearch.packageVarLines) }

    /// Names grown in place (`s = append(s`) in any file, by hash.
    public private(set) lazy var selfAppendTargets: Set<UInt64> = asked { $0.reduce(into: []) {
        $0.formUnion(SourceGates.selfAppendTargets(in: $1))
    } }

    /// Whether the package is command code (`CommandCode`): read once, on first ask.
    public private(set) lazy var isCommandCode: Bool = CommandCode.isCommandDirectory(directory)

    /// Names that `go` statements in any file may start by name (`go run(`, `go s.serve(`), by hash.
    public private(set) lazy var goStartedNames: Set<UInt64> = asked { $0.reduce(into: []) {
        $0.formUnion(SourceGates.goStartedNames(in: $1))
    } }

    /// Names indexed (`m[`) or stored to (`m.Store(`…) in any file, by hash.
    public private(set) lazy var indexedOrStoredNames: Set<UInt64> = asked { $0.reduce(into: []) {
        $0.formUnion(SourceGates.indexedOrStoredNames(in: $1))
    } }

    /// The names each package-level `var` line that mentions one of `needles` declares (`events` of
    /// `var events []Event`, `mu` and `seen` of `mu, seen = …`): candidates for a per-name byte gate, before any
    /// file is parsed. Conservative like `anyPackageVarMentions`.
    public func packageVarNames(mentioning needles: [String]) -> [String] {
        var names: [String] = []
        for line in packageVarLines where needles.contains(where: { ByteSearch.contains(line, $0) }) {
            var rest = line.drop { $0 == 0x20 || $0 == 0x09 }
            if rest.starts(with: Array("var ".utf8)) || rest.starts(with: Array("var\t".utf8)) {
                rest = rest.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 }
            }
            // Every name of `a, b []int`.
            while true {
                let name = rest.prefix { $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 >= 0x80 }
                guard !name.isEmpty else { break }
                names.append(String(decoding: name, as: UTF8.self))
                rest = rest.dropFirst(name.count).drop { $0 == 0x20 || $0 == 0x09 }
                guard rest.first == 0x2C else { break }  // ","
                rest = rest.dropFirst().drop { $0 == 0x20 || $0 == 0x09 }
            }
        }
        return names
    }
}

/// Where a rule's analysis reports. Attaches the rule's code, name and severity.
public final class Diagnostics {
    public let doc: RuleDoc
    public let severity: Severity
    public private(set) var findings: [Finding] = []

    public init(doc: RuleDoc, severity: Severity) {
        self.doc = doc
        self.severity = severity
    }

    public func report(_ range: SourceRange, _ message: String, severity: Severity? = nil,
                       related: [RelatedLocation] = [], fix: Fix? = nil) {
        findings.append(Finding(code: doc.code, name: doc.name, severity: severity ?? self.severity,
                                range: range, message: message, related: related, fix: fix))
    }
}

/// Per-rule options from the configuration (`rules: {GL101: {closers: [...]}}`): lists of strings.
public struct RuleOptions: Sendable {
    public var lists: [String: [String]]
    public var severity: Severity?

    public init(lists: [String: [String]] = [:], severity: Severity? = nil) {
        self.lists = lists
        self.severity = severity
    }

    public func list(_ key: String) -> [String] { lists[key] ?? [] }

    /// A boolean option (`key: true` in the configuration).
    public func flag(_ key: String) -> Bool { lists[key]?.first?.lowercased() == "true" }
}
