import Foundation
import Synchronization

/// Whether a function runs once per process, judged from who calls it across its module (bytes, no parse,
/// no types). GL203 asks it of the function that holds a `go` statement: an endless goroutine that its
/// constructor starts once per process (`NewDaemon` called from `cmd/dockerd`, a log package's cleaner
/// created for a package variable, a shim's set-up called from its `main`) is a background service, not a
/// leak; one started per object or per request is.
///
/// A function runs once when it has at least one caller and every caller is once-per-process code: a
/// package-level `var` initializer, `init`, `main` or another entry point or set-up function by name
/// (`StartupNames`), command code (`CommandCode`), or, up to `maxDepth` levels up, a function that itself
/// runs once. Any other use answers no: a caller elsewhere, the function used as a value (`NewFs: NewFs`,
/// registered and called who knows how often), too many call sites, or none found (called through an
/// interface from outside the module). Test files are not callers: findings are about production code.
///
/// A call inside a func literal counts as a call of the function around it: cobra's `RunE` and a plugin's
/// `InitFn` run once, which is the common case in the development set; a callback run per event from
/// once-per-process code is a known miss (the goroutine it starts is taken for a service).
///
/// Name-based, so conservative where names collide: a same-named method of another type counts as a caller,
/// which can only make the answer "no" (the finding stays). gofmt'd code is assumed: top-level declarations
/// start at column 0.
public final class ModuleCallers: Sendable {
    struct SourceFile: Sendable {
        let path: String
        let directory: String
        let packageName: String
        /// Import path → the name the file gives it when written (`x "a/b"`); unaliased imports are absent.
        let aliases: [String: String]
        /// Every import path of the file.
        let imports: Set<String>
    }

    struct Module: Sendable {
        let root: String
        let path: String
        let files: [SourceFile]
        /// Indices into `files`, in file order: the files of each package (directory and package name), and the
        /// files importing each import path. A question reads these, not the whole module: with a question per
        /// package, scanning every file for each made a 500-package module quadratic.
        let filesOfPackage: [String: [Int]]
        let importers: [String: [Int]]

        init(root: String, path: String, files: [SourceFile]) {
            self.root = root
            self.path = path
            self.files = files
            var filesOfPackage: [String: [Int]] = [:]
            var importers: [String: [Int]] = [:]
            for (index, file) in files.enumerated() {
                filesOfPackage[Self.packageKey(file.directory, file.packageName), default: []].append(index)
                for path in file.imports { importers[path, default: []].append(index) }
            }
            self.filesOfPackage = filesOfPackage
            self.importers = importers
        }

        static func packageKey(_ directory: String, _ packageName: String) -> String { directory + "\u{0}" + packageName }
    }

    /// Module file lists by root, read once per run. Answers are not shared between queries: a chain cut
    /// by a cycle or the depth limit answers "no" at that depth only, so sharing would make an answer
    /// depend on which package asked first (and output on thread timing).
    private let modules = Mutex([String: Module?]())

    static let maxDepth = 6
    static let maxCallSites = 24

    public init() {}

    /// Whether `function` of the package `packageName` in `directory` runs once per process; `receiver` is
    /// the receiver's type name for a method (`Syncer` of `func (s *Syncer) start()`, "" when unknown), nil
    /// for a function. `moduleRoot` is the directory of the nearest go.mod and `modulePath` its module path.
    public func runsOncePerProcess(function: String, receiver: String?, directory: String, packageName: String,
                                   moduleRoot: String, modulePath: String) -> Bool {
        guard let module = module(root: moduleRoot, path: modulePath) else { return false }
        var query = Query(module: module, strict: false)
        return query.runsOnce(Function(name: function, receiver: receiver, directory: directory, packageName: packageName), depth: 0)
    }

    /// The strict question the resource rules ask (issue 25): is `function` reached only from a program's
    /// start-up — `main.main`, an `init`, a package variable's initializer, a function that parses the command
    /// line — through calls none of which sits in a loop, and is it never used as a value (a registered handler
    /// runs per request)? Names decide nothing here: a function of package `main` or named `setupX` counts only
    /// through its callers. The answer is the call chain from the entry (`["main", "run", "loadConfig"]`), nil
    /// when the function may run more than once.
    public func oncePerProcessChain(function: String, receiver: String?, directory: String, packageName: String,
                                    moduleRoot: String, modulePath: String) -> [String]? {
        guard let module = module(root: moduleRoot, path: modulePath) else { return nil }
        var query = Query(module: module, strict: true)
        var current = Function(name: function, receiver: receiver, directory: directory, packageName: packageName)
        guard query.runsOnce(current, depth: 0) else { return nil }
        var chain = [current.displayName]
        while case .calledBy(let caller)? = query.reasons[current], chain.count <= Self.maxDepth {
            chain.insert(caller.displayName, at: 0)
            current = caller
        }
        if case .initializer? = query.reasons[current] { chain.insert("package initialization", at: 0) }
        if case .commandHandler? = query.reasons[current] { chain.insert("command handler", at: 0) }
        return chain
    }

    /// The top-level function whose body holds byte `offset` of a gofmt'd file (the last line before it that
    /// starts at column 0 with `func `); nil outside functions.
    public static func enclosingFunction(at offset: Int, in bytes: [UInt8]) -> (name: String, receiver: String?)? {
        var end = min(offset, bytes.count)
        while end > 0 {
            let newline = bytes[..<end].lastIndex(of: 0x0A)
            let lineStart = newline.map { $0 + 1 } ?? 0
            let line = bytes[lineStart...].prefix { $0 != 0x0A }
            end = newline ?? 0
            if line.starts(with: "func ".utf8) { return declaredFunction(String(decoding: line, as: UTF8.self)) }
            if line.first == UInt8(ascii: "}") || ["var", "type", "const", "import"].contains(where: { line.starts(with: ($0 + " ").utf8) }) {
                return nil
            }
        }
        return nil
    }

    /// A function (`receiver` nil) or method of one package.
    struct Function: Hashable {
        let name: String
        let receiver: String?
        let directory: String
        let packageName: String

        /// `run`, or `Server.run` for a method.
        var displayName: String { receiver.map { $0.isEmpty ? name : "\($0).\(name)" } ?? name }
    }

    /// Why a function runs once (strict queries): it is an entry itself, its callers are package
    /// initializers only, or (the first of) its callers runs once.
    enum Reason {
        case entry
        case initializer
        case commandHandler
        case calledBy(Function)
    }

    enum CallSite {
        /// Package initializer, or command code.
        case once
        /// Registered as a CLI command's handler in a package-level declaration (`var runCommand = cli.Command{
        /// Action: func(…) { … } }`): once, for the command the process runs.
        case commandHandler
        /// Inside a loop of its function: runs again and again, however often the function runs (for strict
        /// questions also inside a callback literal, which runs as often as it is called).
        case repeated
        case inFunction(Function)
    }

    /// One question, answered by walking up the callers: its own memo, cycle guard and file reads.
    private struct Query {
        let module: Module
        /// Entries are `main.main`, `init` and command-line parsers only, and a call in package main is placed
        /// in its function like any other (see `oncePerProcessChain`).
        let strict: Bool
        var answers: [Function: Bool] = [:]
        var reasons: [Function: Reason] = [:]
        var visiting: Set<Function> = []
        var sources: [String: [UInt8]] = [:]

        init(module: Module, strict: Bool) { self.module = module; self.strict = strict }

        mutating func runsOnce(_ function: Function, depth: Int) -> Bool {
            if strict {
                if function.receiver == nil, function.name == "init" || (function.name == "main" && function.packageName == "main") {
                    reasons[function] = .entry
                    return true
                }
            } else if StartupNames.runsOnce(function.name) || function.packageName == "main" {
                return true
            }
            if let known = answers[function] { return known }
            // A cycle or a long chain: no evidence of once.
            guard depth < ModuleCallers.maxDepth, visiting.insert(function).inserted else { return false }
            defer { visiting.remove(function) }
            var answer = parsesCommandLine(function)
            var reason = Reason.entry
            if !answer, let sites = callSites(of: function), !sites.isEmpty, sites.count <= ModuleCallers.maxCallSites {
                answer = true
                reason = .initializer
                for site in sites {
                    switch site {
                    case .once: continue
                    case .commandHandler:
                        if case .initializer = reason { reason = .commandHandler }
                        continue
                    case .repeated: answer = false
                    case .inFunction(let caller):
                        answer = runsOnce(caller, depth: depth + 1)
                        if answer, case .initializer = reason { reason = .calledBy(caller) }
                    }
                    if !answer { break }
                }
            }
            answers[function] = answer
            if answer { reasons[function] = reason }
            return answer
        }

        private mutating func source(_ file: SourceFile) -> [UInt8]? {
            if let known = sources[file.path] { return known }
            let bytes = try? SourceReader.read(file.path)
            sources[file.path] = bytes
            return bytes
        }

        private func isMember(_ file: SourceFile, of function: Function) -> Bool {
            file.directory == function.directory && file.packageName == function.packageName
        }

        /// A function that parses the process's command line (`flag.Parse()`, itself or through a function
        /// of its package) is a program's entry, whatever its name (`run` of a shim library, called from the
        /// shim binaries' `main`): flags are parsed once per process.
        private mutating func parsesCommandLine(_ function: Function) -> Bool {
            let parse = "flag.Parse()"
            let members = module.filesOfPackage[Module.packageKey(function.directory, function.packageName)] ?? []
            let sources = members.map { module.files[$0] }.compactMap { source($0) }
            // Most packages never parse flags: answer from bytes before splitting any text.
            guard sources.contains(where: { ByteSearch.contains($0, parse) }) else { return false }
            var bodies: [String: String] = [:]
            for bytes in sources {
                for (declaration, body) in GoText.topLevelFunctions(in: bytes) {
                    guard let declared = ModuleCallers.declaredFunction(declaration) else { continue }
                    bodies[declared.name, default: ""] += ([Substring(declaration)] + body).joined(separator: "\n")
                }
            }
            guard let body = bodies[function.name] else { return false }
            if body.contains(parse) { return true }
            return bodies.contains { other in other.key != function.name && other.value.contains(parse) && calls(other.key, in: body) }
        }

        /// `name(` in `text` as a whole name (not `rename(`, not `x.name(`).
        private func calls(_ name: String, in text: String) -> Bool {
            var rest = text[...]
            while let range = rest.range(of: name + "(") {
                let before = text[..<range.lowerBound].last
                if before.map({ !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) ?? true { return true }
                rest = rest[range.upperBound...]
            }
            return false
        }

        /// Every call of the function in the module's non-test files, or nil when the name is used other
        /// than in a call (a function value) or a site cannot be placed.
        private mutating func callSites(of function: Function) -> [CallSite]? {
            let exported = function.name.first?.isUppercase == true
            let importPath = ModuleCallers.importPath(of: function.directory, in: module)
            var sites: [CallSite] = []
            // Only the function's own package and (for an exported one) the files importing it can call it.
            var candidates = module.filesOfPackage[Module.packageKey(function.directory, function.packageName)] ?? []
            if exported, let importPath { candidates += module.importers[importPath] ?? [] }
            for file in Set(candidates).sorted().map({ module.files[$0] }) {
                var qualifier: String?
                if !isMember(file, of: function) {
                    // Another package calls it as `name.F(`: the import's alias, or the package's own name.
                    guard exported, let importPath, file.imports.contains(importPath) else { continue }
                    qualifier = file.aliases[importPath] ?? function.packageName
                }
                guard let bytes = source(file),
                      let found = ModuleCallers.uses(of: function, qualifier: qualifier, in: bytes, file: file, strict: strict) else { return nil }
                sites += found
                if sites.count > ModuleCallers.maxCallSites { return nil }
            }
            return sites
        }
    }

    /// The calls of `function` in one file (`name(`, `x.name(` for a method, `alias.name(` from another
    /// package), placed in their top-level declaration; nil when the name is used without a call. A method
    /// call whose operand is visibly of another type (`r := newReporter(…); r.start()` when asking about
    /// `(*Syncer).start`) is not a call of ours.
    static func uses(of function: Function, qualifier: String?, in bytes: [UInt8], file: SourceFile, strict: Bool = false) -> [CallSite]? {
        let isMethod = function.receiver != nil
        let needle = Array(((isMethod ? "." : qualifier.map { $0 + "." } ?? "") + function.name).utf8)
        var sites: [CallSite] = []
        var from = 0
        var mask: GoCodeMask?
        var scan = FileScan(bytes: bytes, commandHandlers: CommandHandlers.mayRegister(in: file))
        while from < bytes.count, let hit = MemorySearch.firstIndex(of: needle, in: bytes[from...]) {
            let end = hit + needle.count
            from = end
            if end < bytes.count, GoCodeMask.isIdentifierByte(bytes[end]) { continue }
            // `x.name` for a method (any receiver); otherwise a whole name, not the field of something else.
            if !isMethod, hit > 0, GoCodeMask.isIdentifierByte(bytes[hit - 1]) || bytes[hit - 1] == UInt8(ascii: ".") { continue }
            let lineStart = (bytes[..<hit].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
            let linePrefix = bytes[lineStart..<hit]
            // In a comment or a string: not a use (a string mention is rare and harmless to skip).
            if ByteSearch.contains(linePrefix, "//") || linePrefix.reduce(0, { $0 + ($1 == 0x22 ? 1 : 0) }) % 2 == 1 { continue }
            // The declaration itself (`func name(`; a method's has no dot before its name).
            if linePrefix.elementsEqual("func ".utf8) { continue }
            var next = end
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            guard next < bytes.count, bytes[next] == UInt8(ascii: "(") else {
                // Only now is the file masked (a mention without a call is rare): a word of a raw string (a
                // command's `Description`) or of a block comment is no use at all.
                if mask == nil { mask = GoCodeMask(bytes) }
                if let mask, !mask.isCode[hit] { continue }
                // Handed to a package-level `sync.Once`'s Do (`onceLogDirs.Do(createLogDirs)`): it runs once per
                // process, however often the Do is reached.
                if PackageOnce.runsOnce(after: linePrefix, in: bytes) {
                    sites.append(.once)
                    continue
                }
                // Registered as a command's handler (`Action: load`, `cmd.RunE = run`): the framework runs the one
                // command the process was started for, once, so the registration is the call; any other value
                // use may run it any number of times.
                guard CommandHandlers.registers(linePrefix, in: file),
                      let placement = placement(of: hit, in: bytes, file: file, strict: strict, scan: &scan) else { return nil }
                if case .once = placement.site { sites.append(.commandHandler) } else { sites.append(placement.site) }
                continue
            }
            guard let placement = placement(of: hit, in: bytes, file: file, strict: strict, scan: &scan) else { return nil }
            if let receiver = function.receiver, !receiver.isEmpty, let declarationStart = placement.declarationStart,
               let operandType = typeOfOperand(before: hit, in: bytes, from: declarationStart),
               operandType.lowercased() != receiver.lowercased() {
                continue
            }
            sites.append(placement.site)
        }
        return sites
    }

    /// Where a call sits, with the offset of its function's declaration line (for reading the operand's type).
    private struct Placement {
        let site: CallSite
        var declarationStart: Int?
    }

    /// The top-level declaration holding `offset`: the last line before it that starts at column 0 with a
    /// declaration keyword (`var`, `func`; `type` and `const` hold no calls that run).
    private static func placement(of offset: Int, in bytes: [UInt8], file: SourceFile, strict: Bool, scan: inout FileScan) -> Placement? {
        if !strict, file.packageName == "main" || CommandCode.isCommandDirectory(file.directory) { return Placement(site: .once) }
        guard let declaration = scan.declaration(containing: offset) else { return nil }
        let lineStart = declaration.start
        switch declaration.keyword {
        case .variable:
            // Strict: a call in a callback stored in a variable runs when it is called; a CLI command's handler
            // (`Action: func(…) { … }` of a `cli.Command` variable) once, for the command the process runs.
            let open = scan.openBodies(from: lineStart, to: offset)
            if strict, open.isInCallback { return Placement(site: .repeated) }
            return Placement(site: open.isInHandler ? .commandHandler : .once)
        case .typeOrConstant:
            return nil
        case .function:
            let open = scan.openBodies(from: lineStart, to: offset)
            if open.isInLoop || (strict && open.isInCallback) { return Placement(site: .repeated) }
            let line = bytes[lineStart...].prefix { $0 != 0x0A }
            guard let declared = declaredFunction(String(decoding: line, as: UTF8.self)) else { return nil }
            let caller = Function(name: declared.name, receiver: declared.receiver, directory: file.directory,
                                  packageName: file.packageName)
            return Placement(site: .inFunction(caller), declarationStart: lineStart)
        }
    }

    /// One file's top-level declaration lines, indexed once, and the brace scan of the declaration last asked
    /// about, resumed for the next call in it: placing every call of a file costs one read of the file.
    struct FileScan {
        enum Keyword { case variable, function, typeOrConstant }
        let bytes: [UInt8]
        let commandHandlers: Bool
        private var declarations: [(start: Int, keyword: Keyword)]?
        private var bodies: OpenBodies?

        init(bytes: [UInt8], commandHandlers: Bool) {
            self.bytes = bytes
            self.commandHandlers = commandHandlers
        }

        /// The last column-0 `var `/`var(`/`func `/`type `/`const ` line starting at or before `offset`.
        mutating func declaration(containing offset: Int) -> (start: Int, keyword: Keyword)? {
            if declarations == nil { declarations = Self.index(bytes) }
            let lines = declarations!
            var low = 0, high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if lines[middle].start <= offset { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? lines[low - 1] : nil
        }

        mutating func openBodies(from start: Int, to offset: Int) -> OpenBodies {
            if bodies == nil || bodies!.text.startIndex != start || bodies!.index > offset {
                bodies = OpenBodies(text: bytes[start...], commandHandlers: commandHandlers)
            }
            bodies!.advance(to: offset)
            return bodies!
        }

        static func index(_ bytes: [UInt8]) -> [(start: Int, keyword: Keyword)] {
            var result: [(start: Int, keyword: Keyword)] = []
            var start = 0
            while start < bytes.count {
                let line = bytes[start...]
                if line.starts(with: "func ".utf8) {
                    result.append((start, .function))
                } else if line.starts(with: "var ".utf8) || line.starts(with: "var(".utf8) {
                    result.append((start, .variable))
                } else if line.starts(with: "type ".utf8) || line.starts(with: "const ".utf8) {
                    result.append((start, .typeOrConstant))
                }
                guard let newline = MemorySearch.firstIndex(ofByte: 0x0A, in: bytes, from: start) else { break }
                start = newline + 1
            }
            return result
        }
    }

    /// What encloses the end of `text` (from a declaration's first line to a call): a `for` body, and a func
    /// literal's body that is not the body of a `go` or `defer` statement (a callback: how often it runs is
    /// up to whoever calls it). Braces counted, skipping comments, strings and runes; a literal is `func(` after
    /// the first line with its body's brace on the same line, as gofmt writes it (so a `func()` type is not one).
    /// With `commandHandlers` (the file registers commands with a CLI framework) a literal that is a command's
    /// handler (`Action: func(…`, `RunE: func(…`) is no callback: it runs once, for the command the process runs.
    static func openBodies(_ text: ArraySlice<UInt8>, commandHandlers: Bool) -> (loop: Bool, callback: Bool, handler: Bool) {
        var scan = OpenBodies(text: text, commandHandlers: commandHandlers)
        scan.advance(to: text.endIndex)
        return (scan.isInLoop, scan.isInCallback, scan.isInHandler)
    }

    /// `func (r *T) Name(` → (Name, receiver T); `func Name[T any](` → (Name, nil).
    static func declaredFunction(_ line: String) -> (name: String, receiver: String?)? {
        var rest = Substring(line.dropFirst("func ".count))
        var receiver: String?
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            receiver = receiverType(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        let name = rest.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        return name.isEmpty ? nil : (String(name), receiver)
    }

    /// `s *Syncer` → `Syncer`; `l *List[T]` → `List`; "" when unreadable.
    static func receiverType(_ parameter: String) -> String {
        let type = parameter.split(separator: " ").last.map(String.init) ?? ""
        return String(type.drop { $0 == "*" }.prefix { $0 == "_" || $0.isLetter || $0.isNumber })
    }

    /// The type of `x` in `x.name(` at `offset` when the function visibly says it: `x` is the method's
    /// receiver (`func (x *T)`), or was last assigned `&T{`, `T{`, `new(T)` or `newT(`/`NewT(` before the
    /// call. nil when unknown.
    private static func typeOfOperand(before offset: Int, in bytes: [UInt8], from declarationStart: Int) -> String? {
        var start = offset
        while start > declarationStart, GoCodeMask.isIdentifierByte(bytes[start - 1]) { start -= 1 }
        guard start < offset, start == declarationStart || bytes[start - 1] != UInt8(ascii: ".") else { return nil }
        let operand = String(decoding: bytes[start..<offset], as: UTF8.self)
        let text = String(decoding: bytes[declarationStart..<start], as: UTF8.self)
        let declarationLine = text.prefix { $0 != "\n" }
        if declarationLine.hasPrefix("func ("), let close = declarationLine.firstIndex(of: ")") {
            let parameter = declarationLine[declarationLine.index(declarationLine.startIndex, offsetBy: 6)..<close]
            if parameter.split(separator: " ").first.map(String.init) == operand { return receiverType(String(parameter)) }
        }
        var value: Substring?
        for marker in [operand + " := ", operand + " = "] {
            if let range = text.range(of: marker, options: .backwards), value.map({ range.upperBound > $0.startIndex }) ?? true {
                value = text[range.upperBound...]
            }
        }
        guard var value else { return nil }
        if value.hasPrefix("&") { value = value.dropFirst() }
        if value.hasPrefix("new(") { value = value.dropFirst(4) }
        let name = value.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        let after = value.dropFirst(name.count).first
        if after == "{" || after == ")" { return String(name) }
        if after == "(", name.hasPrefix("new") || name.hasPrefix("New"), name.count > 3 { return String(name.dropFirst(3)) }
        return nil
    }

    static func importPath(of directory: String, in module: Module) -> String? {
        guard directory == module.root || directory.hasPrefix(module.root + "/") else { return nil }
        let relative = String(directory.dropFirst(module.root.count)).drop { $0 == "/" }
        if module.path == "std" { return relative.isEmpty ? nil : String(relative) }
        return relative.isEmpty ? module.path : module.path + "/" + relative
    }

    // MARK: The module's files

    /// Fingerprints by module root, computed once per run (a run reads each module's tree once, not once per
    /// package that asked about callers).
    private let fingerprints = Mutex([String: UInt64]())

    /// `fingerprint(root:)`, once per run and root.
    func runFingerprint(root: String) -> UInt64 {
        if let known = fingerprints.withLock({ $0[root] }) { return known }
        let computed = Self.fingerprint(root: root)
        fingerprints.withLock { $0[root] = computed }
        return computed
    }

    /// A fingerprint of the module's non-test files (paths, sizes, modification times): a cached result
    /// that asked about callers is stale when any of them changed.
    static func fingerprint(root: String) -> UInt64 {
        var text = ""
        for path in goFiles(root: root) {
            text += "\(path) \(FileStatus.of(path)?.fingerprint ?? "-")\n"
        }
        return ByteHash.of(text)
    }

    private func module(root: String, path: String) -> Module? {
        if let known = modules.withLock({ $0[root] }) { return known }
        let module = Self.scan(root: root, path: path)
        modules.withLock { $0[root] = module }
        return module
    }

    /// The module's non-test files with their package clause and imports.
    private static func scan(root: String, path: String) -> Module? {
        var files: [SourceFile] = []
        for file in goFiles(root: root) {
            guard let bytes = try? SourceReader.read(file), let packageName = GoText.packageClauseName(bytes) else { continue }
            let specs = SourceGates.importSpecs(in: bytes)
            var aliases: [String: String] = [:]
            for spec in specs { if let name = spec.name { aliases[spec.path] = name } }
            files.append(SourceFile(path: file, directory: ProjectPaths.parent(of: file), packageName: packageName,
                                    aliases: aliases, imports: Set(specs.map(\.path))))
        }
        return Module(root: root, path: path, files: files)
    }

    /// The module's non-test .go files, found as `root/...` is (`Discovery`: not vendor/, testdata/, hidden
    /// or `_` directories, nor nested modules), in path order.
    private static func goFiles(root: String) -> [String] {
        Discovery(includeTests: false).packages(for: [root + "/..."]).packages.flatMap { $0.files.map(\.path) }.sorted()
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the bytes end with `suffix` (ASCII).
    func hasSuffixBytes(_ suffix: String) -> Bool {
        let bytes = Array(suffix.utf8)
        return count >= bytes.count && self[(endIndex - bytes.count)...].elementsEqual(bytes)
    }
}
