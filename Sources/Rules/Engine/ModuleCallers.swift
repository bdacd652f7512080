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
/// Name-based, so conservative where names collide: a same-named method of another type counts as a caller,
/// which can only make the answer "no" (the finding stays). gofmt'd code is assumed: top-level declarations
/// start at column 0.
public final class ModuleCallers: Sendable {
    struct SourceFile: Sendable {
        let path: String
        let directory: String
        let packageName: String
        /// Import path → the name the file refers to it by.
        let imports: [String: String]
    }

    struct Module: Sendable {
        let root: String
        let path: String
        let files: [SourceFile]
    }

    /// Module file lists by root, read once per run. Answers are not shared between queries: a chain cut
    /// by a cycle or the depth limit answers "no" at that depth only, so sharing would make an answer
    /// depend on which package asked first (and output on thread timing).
    private struct State {
        var modules: [String: Module?] = [:]
    }
    private let state = Mutex(State())

    static let maxDepth = 6
    static let maxCallSites = 24

    public init() {}

    /// Whether `function` of the package `packageName` in `directory` runs once per process; `receiver` is
    /// the receiver's type name for a method (`Syncer` of `func (s *Syncer) start()`, "" when unknown), nil
    /// for a function. `moduleRoot` is the directory of the nearest go.mod and `modulePath` its module path.
    public func runsOncePerProcess(function: String, receiver: String?, directory: String, packageName: String,
                                   moduleRoot: String, modulePath: String) -> Bool {
        guard let module = module(root: moduleRoot, path: modulePath) else { return false }
        var visiting = Set<String>()
        var answers: [String: Bool] = [:]
        return runsOnce(function, receiver, directory, packageName, module, depth: 0, visiting: &visiting, answers: &answers)
    }

    private func runsOnce(_ name: String, _ receiver: String?, _ directory: String, _ packageName: String, _ module: Module,
                          depth: Int, visiting: inout Set<String>, answers: inout [String: Bool]) -> Bool {
        if StartupNames.isEntryPoint(name) || StartupNames.isSetUp(name) { return true }
        if packageName == "main" || CommandCode.isHandler(name) { return true }
        let key = "\(directory)\u{0}\(packageName)\u{0}\(name)\u{0}\(receiver ?? "-")"
        if let known = answers[key] { return known }
        // A cycle or a long chain: no evidence of once.
        guard depth < Self.maxDepth, visiting.insert(key).inserted else { return false }
        defer { visiting.remove(key) }
        if parsesCommandLine(name, directory: directory, packageName: packageName, module) {
            answers[key] = true
            return true
        }
        let sites = callSites(of: name, receiver: receiver, directory: directory, packageName: packageName, module)
        var answer = false
        if let sites, !sites.isEmpty, sites.count <= Self.maxCallSites {
            answer = sites.allSatisfy { site in
                switch site {
                case .once: return true
                case .repeated: return false
                case .inFunction(let caller, let callerReceiver, let file):
                    return runsOnce(caller, callerReceiver, file.directory, file.packageName, module, depth: depth + 1,
                                    visiting: &visiting, answers: &answers)
                }
            }
        }
        answers[key] = answer
        return answer
    }

    /// A function that parses the process's command line (`flag.Parse()`, itself or through a function of
    /// its package) is a program's entry, whatever its name (`run` of a shim library, called from the shim
    /// binaries' `main`): flags are parsed once per process.
    private func parsesCommandLine(_ name: String, directory: String, packageName: String, _ module: Module) -> Bool {
        let parse = "flag.Parse()"
        var sources: [[UInt8]] = []
        for file in module.files where file.directory == directory && file.packageName == packageName {
            if let bytes = try? SourceReader.read(file.path) { sources.append(bytes) }
        }
        // Most packages never parse flags: answer from bytes before splitting any text.
        guard sources.contains(where: { ByteSearch.contains($0, parse) }) else { return false }
        var bodies: [String: String] = [:]
        for bytes in sources {
            let text = String(decoding: bytes, as: UTF8.self)
            for declaration in text.components(separatedBy: "\nfunc ").dropFirst() {
                let body = declaration.components(separatedBy: "\n}\n").first ?? declaration
                guard let declared = Self.declaredFunction("func " + (body.split(separator: "\n", maxSplits: 1).first ?? "")) else { continue }
                bodies[declared.name, default: ""] += body
            }
        }
        guard let body = bodies[name] else { return false }
        if body.contains(parse) { return true }
        return bodies.contains { other in other.key != name && other.value.contains(parse) && body.contains(other.key + "(") }
    }

    enum CallSite {
        /// Package initializer, or command code.
        case once
        /// Inside a loop of its function: runs again and again, however often the function runs.
        case repeated
        /// In a function (`receiver` nil) or a method of the receiver type named.
        case inFunction(String, receiver: String?, SourceFile)
    }

    /// Every call of the function in the module's non-test files, or nil when the name is used other than
    /// in a call (a function value) or a site cannot be placed.
    private func callSites(of name: String, receiver: String?, directory: String, packageName: String, _ module: Module) -> [CallSite]? {
        let exported = name.first?.isUppercase == true
        let importPath = Self.importPath(of: directory, in: module)
        var sites: [CallSite] = []
        for file in module.files {
            let samePackage = file.directory == directory && file.packageName == packageName
            var qualifier: String?
            if !samePackage {
                guard exported, let importPath, let alias = file.imports[importPath] else { continue }
                qualifier = alias
            }
            guard let bytes = try? SourceReader.read(file.path) else { return nil }
            guard let found = Self.uses(of: name, receiver: receiver, qualifier: qualifier, in: bytes, file: file) else { return nil }
            sites += found
            if sites.count > Self.maxCallSites { return nil }
        }
        return sites
    }

    /// The calls of `name` in one file (`name(`, `x.name(` for a method, `alias.name(` from another
    /// package), placed in their top-level declaration; nil when the name is used without a call. A method
    /// call whose operand is visibly of another type (`r := newReporter(…); r.start()` when asking about
    /// `(*Syncer).start`) is not a call of ours.
    static func uses(of name: String, receiver: String?, qualifier: String?, in bytes: [UInt8], file: SourceFile) -> [CallSite]? {
        let isMethod = receiver != nil
        let needle = Array(((isMethod ? "." : qualifier.map { $0 + "." } ?? "") + name).utf8)
        var sites: [CallSite] = []
        var from = 0
        while from < bytes.count, let hit = MemorySearch.firstIndex(of: needle, in: bytes[from...]) {
            from = hit + needle.count
            let end = hit + needle.count
            if end < bytes.count, isIdentifierByte(bytes[end]) { continue }
            // `x.name` for a method (any receiver); otherwise a whole name, not the field of something else.
            if !isMethod, hit > 0, isIdentifierByte(bytes[hit - 1]) || bytes[hit - 1] == UInt8(ascii: ".") { continue }
            let lineStart = (bytes[..<hit].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
            let linePrefix = bytes[lineStart..<hit]
            // In a comment or a string: not a use (a string mention is rare and harmless to skip).
            if MemorySearch.contains(linePrefix, Array("//".utf8)) || linePrefix.filter({ $0 == 0x22 }).count % 2 == 1 { continue }
            // The declaration itself (`func name(`; a method's has no dot before its name).
            if linePrefix.elementsEqual("func ".utf8) { continue }
            var next = end
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            guard next < bytes.count, bytes[next] == UInt8(ascii: "(") else { return nil }
            guard let site = placement(of: hit, in: bytes, file: file) else { return nil }
            if let receiver, !receiver.isEmpty, case .inFunction(_, _, _, let declarationStart) = site,
               let operandType = typeOfOperand(before: hit, in: bytes, from: declarationStart),
               operandType.lowercased() != receiver.lowercased() {
                continue
            }
            sites.append(site.placed)
        }
        return sites
    }

    /// Where a call sits, with the offset of its function's declaration line (for reading the operand's type).
    private enum Placement {
        case once
        case repeated
        case inFunction(String, receiver: String?, SourceFile, declarationStart: Int)
        var placed: CallSite {
            switch self {
            case .once: return .once
            case .repeated: return .repeated
            case .inFunction(let name, let receiver, let file, _): return .inFunction(name, receiver: receiver, file)
            }
        }
    }

    /// The top-level declaration holding `offset`: the last line before it that starts at column 0 with a
    /// declaration keyword.
    private static func placement(of offset: Int, in bytes: [UInt8], file: SourceFile) -> Placement? {
        if file.packageName == "main" || CommandCode.isCommandDirectory(file.directory) { return .once }
        var end = offset
        while end > 0 {
            let newline = bytes[..<end].lastIndex(of: 0x0A)
            let lineStart = newline.map { $0 + 1 } ?? 0
            let line = bytes[lineStart...].prefix { $0 != 0x0A }
            end = newline ?? 0
            if line.starts(with: Array("var ".utf8)) || line.starts(with: Array("var(".utf8)) { return .once }
            guard line.starts(with: Array("func ".utf8)) else {
                if line.starts(with: Array("type ".utf8)) || line.starts(with: Array("const ".utf8)) { return nil }
                continue
            }
            if insideLoop(bytes[lineStart..<offset]) { return .repeated }
            return declaredFunction(String(decoding: line, as: UTF8.self)).map {
                .inFunction($0.name, receiver: $0.receiver, file, declarationStart: lineStart)
            }
        }
        return nil
    }

    /// Whether the end of `text` (a function from its declaration line to a call) lies inside the body of a
    /// `for` statement: braces counted, skipping comments, strings and runes.
    static func insideLoop(_ text: ArraySlice<UInt8>) -> Bool {
        var depth = 0
        var loopBodies: [Int] = []      // depths of the open loop bodies
        var pendingFor = false          // a `for` keyword whose body brace is still to come
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "/") where index + 1 < text.endIndex && text[index + 1] == UInt8(ascii: "/"):
                while index < text.endIndex, text[index] != 0x0A { index += 1 }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                index += 1
                while index < text.endIndex, text[index] != byte {
                    if byte != UInt8(ascii: "`"), text[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            case UInt8(ascii: "{"):
                depth += 1
                if pendingFor { loopBodies.append(depth); pendingFor = false }
            case UInt8(ascii: "}"):
                if loopBodies.last == depth { loopBodies.removeLast() }
                depth -= 1
            case UInt8(ascii: "f"):
                let before = index > text.startIndex ? text[index - 1] : 0x0A
                if !isIdentifierByte(before), before != UInt8(ascii: "."), text[index...].starts(with: Array("for".utf8)),
                   index + 3 < text.endIndex, text[index + 3] == 0x20 || text[index + 3] == UInt8(ascii: "{") {
                    pendingFor = true
                }
            default:
                break
            }
            index += 1
        }
        return !loopBodies.isEmpty
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
        while start > declarationStart, isIdentifierByte(bytes[start - 1]) { start -= 1 }
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

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte == 0x5F || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    static func importPath(of directory: String, in module: Module) -> String? {
        guard directory == module.root || directory.hasPrefix(module.root + "/") else { return nil }
        let relative = String(directory.dropFirst(module.root.count)).drop { $0 == "/" }
        if module.path == "std" { return relative.isEmpty ? nil : String(relative) }
        return relative.isEmpty ? module.path : module.path + "/" + relative
    }

    // MARK: The module's files

    /// A fingerprint of the module's non-test files (paths, sizes, modification times): a cached result
    /// that asked about callers is stale when any of them changed.
    static func fingerprint(root: String) -> UInt64 {
        var text = ""
        forEachGoFile(root: root) { full in
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            let size = attributes?[.size] as? Int ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            text += "\(full) \(size) \(modified)\n"
        }
        return ByteHash.of(text)
    }

    private func module(root: String, path: String) -> Module? {
        if let known = state.withLock({ $0.modules[root] }) { return known }
        let module = Self.scan(root: root, path: path)
        state.withLock { $0.modules[root] = module }
        return module
    }

    /// The non-test .go files of the module (not vendor/, testdata/, hidden or `_` directories, nor nested
    /// modules), with their package clause and imports.
    private static func scan(root: String, path: String) -> Module? {
        var files: [SourceFile] = []
        forEachGoFile(root: root) { full in
            guard let bytes = try? SourceReader.read(full), let header = GoHeader.read(bytes) else { return }
            files.append(SourceFile(path: full, directory: (full as NSString).deletingLastPathComponent,
                                    packageName: header.packageName, imports: header.imports))
        }
        files.sort { $0.path < $1.path }
        return Module(root: root, path: path, files: files)
    }

    private static func forEachGoFile(root: String, _ body: (String) -> Void) {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                if name == "vendor" || name == "testdata" || name.hasPrefix(".") || name.hasPrefix("_")
                    || FileManager.default.fileExists(atPath: root + "/" + relative + "/go.mod") {
                    enumerator.skipDescendants()
                }
                continue
            }
            guard name.hasSuffix(".go"), !name.hasSuffix("_test.go") else { continue }
            body(root + "/" + relative)
        }
    }
}

/// A Go file's package clause and imports with the names they bind, read line by line from bytes
/// (gofmt'd header: one import spec per line).
enum GoHeader {
    static func read(_ bytes: [UInt8]) -> (packageName: String, imports: [String: String])? {
        var packageName: String?
        var imports: [String: String] = [:]
        var inBlock = false
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            start = end + 1
            if packageName == nil {
                if line.hasPrefix("package ") {
                    packageName = line.dropFirst("package ".count).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "/" }).first.map(String.init)
                }
                continue
            }
            if inBlock {
                if line.hasPrefix(")") { inBlock = false; continue }
                addSpec(line, to: &imports)
            } else if line.hasPrefix("import") {
                let spec = line.dropFirst("import".count).trimmingCharacters(in: .whitespaces)
                if spec.hasPrefix("(") { inBlock = true; addSpec(String(spec.dropFirst()), to: &imports) } else { addSpec(spec, to: &imports) }
            } else if line.hasPrefix("func ") || line.hasPrefix("type ") || line.hasPrefix("var ") || line.hasPrefix("const ") {
                break
            }
        }
        return packageName.map { ($0, imports) }
    }

    /// `"a/b/c"` binds `c`; `x "a/b"` binds `x`; `"a/b/v2"` binds `b` (a major-version suffix); `_` and `.`
    /// bind nothing callable by a qualifier.
    private static func addSpec(_ spec: String, to imports: inout [String: String]) {
        guard let open = spec.firstIndex(of: "\""), let close = spec[spec.index(after: open)...].firstIndex(of: "\"") else { return }
        let path = String(spec[spec.index(after: open)..<close])
        let alias = spec[..<open].trimmingCharacters(in: .whitespaces)
        if alias == "_" || alias == "." { return }
        if !alias.isEmpty { imports[path] = alias; return }
        var elements = path.split(separator: "/")
        if elements.count > 1, let last = elements.last, last.first == "v", last.dropFirst().allSatisfy(\.isNumber) { elements.removeLast() }
        guard let last = elements.last else { return }
        // `gopkg.in/yaml.v3` binds `yaml`; `go-foo` binds `foo` by convention, close enough for a name search.
        imports[path] = String(last.split(separator: ".").first ?? last).replacingOccurrences(of: "go-", with: "")
    }
}
