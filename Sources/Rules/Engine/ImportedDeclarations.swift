import Foundation
import Synchronization

/// Exported functions of the packages a package imports from its own module or its `vendor/`, read from
/// their sources (bytes, no parse) so rules can ask "does `request.Get` return an `*http.Response`?"
/// without types (FN-3: a cross-package wrapper). The engine reads the files; rules only ask.
/// Shared by every worker thread: the caches live in a mutex.
public final class ImportedDeclarations: Sendable {
    /// Which golangci-lint linters run where (the nearest `.golangci.yml`), looked up once per directory per run.
    public let peerLinters = PeerLinterSetup.Lookup()
    /// An exported top-level function (not a method) of an imported package.
    public struct Function: Sendable {
        public let name: String
        /// The result type texts, in order (`*http.Response`, `io.ReadCloser`, `error`).
        public let results: [String]
        /// The body closes the response it returns (`defer resp.Body.Close()`).
        public let closesWithDefer: Bool
        /// The body makes a net/http-shaped call (`.Do(`, `.Get(`, `http.Get(`, `.RoundTrip(`, …), or
        /// calls a function of its package that does (request.Get → request.Do → client.Do).
        public internal(set) var callsClient: Bool
        /// Names called in the body (`Do(`), for that fixpoint.
        let calledNames: Set<String>
    }

    private struct Caches {
        var modules: [String: Module?] = [:]
        var packages: [String: [String: Function]] = [:]
        /// Candidate directory → hash of its Go files' names and bytes, once per run.
        var contents: [String: UInt64] = [:]
    }
    private typealias Module = (root: String, path: String)
    private let caches = Mutex(Caches())

    /// Who calls a function across the module (GL203's once-per-process question), on the same shared reader.
    public let callers = ModuleCallers()

    /// Package facts of imported packages (module, vendor/, standard library stubs), for the semantic core.
    public let facts = FactsIndex(modules: { directory in
        FactsIndex.moduleCache.withLock { ImportedDeclarations.module(containing: directory, cache: &$0) }
    })

    /// The dependency key a package records when a rule asked `callers` about it: its results then depend
    /// on every non-test file of the module.
    public static let moduleCallersKey = "goleaklint:module-callers"

    public init() {}

    /// The nearest go.mod at or above `directory` (standardized): its directory and module path.
    public func module(of directory: String) -> (root: String, path: String)? {
        caches.withLock { Self.module(containing: directory, cache: &$0.modules) }
    }

    /// The exported functions of `importPath` as seen from a package in `directory`; empty when the
    /// import is neither in the directory's module nor vendored.
    public func functions(of importPath: String, from directory: String) -> [String: Function] {
        let directory = ProjectPaths.absolute(directory)
        return caches.withLock { Self.functions(of: importPath, from: directory, caches: &$0) }
    }

    private static func functions(of importPath: String, from directory: String, caches: inout Caches) -> [String: Function] {
        guard let module = module(containing: directory, cache: &caches.modules) else { return [:] }
        var candidates: [String] = []
        if importPath == module.path || importPath.hasPrefix(module.path + "/") {
            candidates.append(module.root + importPath.dropFirst(module.path.count))
        }
        candidates.append(module.root + "/vendor/" + importPath)
        for candidate in candidates {
            if let cached = caches.packages[candidate] { if !cached.isEmpty { return cached } else { continue } }
            let scanned = scan(directory: candidate)
            caches.packages[candidate] = scanned
            if !scanned.isEmpty { return scanned }
        }
        return [:]
    }

    /// What `functions(of:from:)` (and the semantic core's facts) read for an import, as a hash of its
    /// candidate directories' Go files — names and bytes, read through symlinks: a cached result that used
    /// them is stale when any of them changes, even by an edit that keeps its size and modification time.
    public func dependencyFingerprint(of importPath: String, from directory: String) -> UInt64 {
        let directory = ProjectPaths.absolute(directory)
        let module = caches.withLock { Self.module(containing: directory, cache: &$0.modules) }
        guard let module else { return 0 }
        if importPath == Self.moduleCallersKey { return callers.runFingerprint(root: module.root) }
        var candidates: [String] = []
        if importPath == module.path || importPath.hasPrefix(module.path + "/") {
            candidates.append(module.root + importPath.dropFirst(module.path.count))
        }
        candidates.append(module.root + "/vendor/" + importPath)
        var text = ""
        for candidate in candidates {
            text += candidate + " " + String(contentHash(of: candidate), radix: 16) + "\n"
        }
        return ByteHash.of(text)
    }

    /// The names and bytes of a directory's Go files, hashed once per run.
    private func contentHash(of directory: String) -> UInt64 {
        if let known = caches.withLock({ $0.contents[directory] }) { return known }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".go") }.sorted()
        var text = ""
        for name in names {
            let bytes = try? SourceReader.read(directory + "/" + name)
            text += name + " " + (bytes.map { String(ByteHash.of($0), radix: 16) + ":\($0.count)" } ?? "-") + "\n"
        }
        let hash = ByteHash.of(text)
        caches.withLock { $0.contents[directory] = hash }
        return hash
    }

    /// The nearest go.mod at or above `directory`: its directory and module path.
    static func module(containing directory: String, cache: inout [String: (root: String, path: String)?]) -> (root: String, path: String)? {
        if let cached = cache[directory] { return cached }
        var result: (root: String, path: String)?
        if let data = FileManager.default.contents(atPath: directory + "/go.mod") {
            let text = String(decoding: data, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("module ") }) {
                let path = line.dropFirst("module ".count).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\""))
                result = (directory, path)
            }
        } else {
            let parent = ProjectPaths.parent(of: directory)
            result = parent == directory || parent.isEmpty ? nil : module(containing: parent, cache: &cache)
        }
        cache[directory] = result
        return result
    }

    /// Exported functions of the non-test .go files of one directory. gofmt'd code is assumed: a
    /// signature on one line, the body closed by a `}` at column 0.
    static func scan(directory: String) -> [String: Function] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var sources: [[UInt8]] = []
        for name in names.sorted() where name.hasSuffix(".go") && !name.hasSuffix("_test.go") {
            if let bytes = try? SourceReader.read(directory + "/" + name) { sources.append(bytes) }
        }
        // Only functions returning a `*….Response` are ever asked for: a package that never says
        // `Response` has none, and is not split into lines and matched at all.
        guard sources.contains(where: { ByteSearch.contains($0, "Response") }) else { return [:] }
        var result: [String: Function] = [:]
        for bytes in sources {
            for (declaration, body) in GoText.topLevelFunctions(in: bytes) {
                guard let signature = signature(declaration) else { continue }
                let text = body.joined(separator: "\n")
                let closes = body.contains { $0.contains("defer") && $0.contains(".Body.Close()") }
                let calls = [".Do(", ".Get(", ".Head(", ".Post(", ".PostForm(", "RoundTrip("].contains { text.contains($0) }
                result[signature.name] = Function(name: signature.name, results: signature.results,
                                                  closesWithDefer: closes, callsClient: calls,
                                                  calledNames: calledNames(in: text))
            }
        }
        // A function calling a client-calling function of its package is a client call too.
        var changed = true
        while changed {
            changed = false
            for (name, function) in result where !function.callsClient
                && function.calledNames.contains(where: { result[$0]?.callsClient == true }) {
                result[name]?.callsClient = true
                changed = true
            }
        }
        return result
    }

    private static let callPattern = try! NSRegularExpression(pattern: #"(?<![\w.])([A-Z]\w*)\("#)

    /// Exported names called unqualified in a body (`Do(ctx, …)`).
    static func calledNames(in text: String) -> Set<String> {
        let range = NSRange(text.startIndex..., in: text)
        return Set(callPattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    /// `func Name(params) (results) {` or `func Name(params) result {` — exported functions only.
    static func signature(_ line: String) -> (name: String, results: [String])? {
        let afterFunc = line.dropFirst("func ".count)
        guard let first = afterFunc.first, first.isUppercase else { return nil }
        let name = String(afterFunc.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        var rest = afterFunc.dropFirst(name.count)
        if rest.hasPrefix("[") { rest = rest.drop { $0 != "(" } }  // type parameters
        guard rest.hasPrefix("("), let close = matchingParen(rest) else { return nil }
        var results = rest[rest.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard results.hasSuffix("{") else { return nil }
        results = String(results.dropLast()).trimmingCharacters(in: .whitespaces)
        if results.hasPrefix("(") && results.hasSuffix(")") { results = String(results.dropFirst().dropLast()) }
        let list = splitTopLevel(results).map { part -> String in
            // `resp *http.Response` (named results) → the type.
            let words = part.split(separator: " ", maxSplits: 1)
            return words.count == 2 && !part.hasPrefix("*") && !part.hasPrefix("func") ? String(words[1]) : part
        }
        return (name, list)
    }

    private static func matchingParen(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1; if depth == 0 { return index } }
            index = text.index(after: index)
        }
        return nil
    }

    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if "([{".contains(character) { depth += 1 }
            if ")]}".contains(character) { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current.trimmingCharacters(in: .whitespaces)); current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current.trimmingCharacters(in: .whitespaces)) }
        return parts
    }
}
