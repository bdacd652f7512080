import Foundation
import Synchronization

/// Package facts by import path, shared by every worker thread: read once per run from the first source
/// that declares the package — the importing module's own directories, its `vendor/`, the standard
/// library's generated stubs (`StdlibStubs`), or a module cache / GOROOT that happens to be on the machine
/// (never downloaded). A package found nowhere is unknown, which every question then answers as unknown.
public final class FactsIndex: Sendable {
    public enum Origin: Sendable { case module, standardLibrary, external }
    public struct Found: Sendable {
        public let facts: PackageFacts
        public let origin: Origin
    }

    /// go.mod lookups by directory, shared by every index (one per run).
    static let moduleCache = Mutex<[String: (root: String, path: String)?]>([:])

    private let modules: @Sendable (String) -> (root: String, path: String)?
    private let cache = Mutex<[String: Found?]>([:])
    /// Module caches and GOROOTs to look in (`GOMODCACHE`, `GOPATH/pkg/mod`, `~/go/pkg/mod`, `GOROOT/src`).
    private let externalRoots: [String]
    private let gorootSource: String?

    /// `modules`: the nearest go.mod at or above a directory (shared with ImportedDeclarations).
    public init(modules: @escaping @Sendable (String) -> (root: String, path: String)?,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.modules = modules
        var roots: [String] = []
        if let cache = environment["GOMODCACHE"], !cache.isEmpty { roots.append(cache) }
        if let gopath = environment["GOPATH"], !gopath.isEmpty {
            roots += gopath.split(separator: ":").map { "\($0)/pkg/mod" }
        }
        if let home = environment["HOME"], !home.isEmpty { roots.append(home + "/go/pkg/mod") }
        externalRoots = roots.filter { FileManager.default.fileExists(atPath: $0) }
        let goroot = environment["GOROOT"].map { $0 + "/src" }
        gorootSource = goroot.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
    }

    /// The facts of `importPath` as seen from a package in `directory`.
    public func facts(importPath: String, from directory: String) -> Found? {
        guard !importPath.isEmpty, importPath != "C" else { return nil }
        let module = modules(directory)
        // Where the path can be read from, in Go's order: this module (or the std module itself), vendor/,
        // the standard library, then module caches present on the machine.
        var candidates: [(key: String, origin: Origin, load: () -> PackageFacts?)] = []
        // Linting Go's own source (the `std` module): its importable packages are the stubs, read from the same
        // source and far smaller to parse; only its internal packages are read from their directories.
        let stdStub = module?.path == "std" && StdlibStubs.contains(importPath)
        if let module, !stdStub {
            if module.path == "std" || importPath == module.path || importPath.hasPrefix(module.path + "/") {
                let suffix = module.path == "std" ? "/" + importPath : String(importPath.dropFirst(module.path.count))
                let directory = module.root + suffix
                candidates.append((directory, .module, { Self.read(directory: directory, importPath: importPath) }))
            }
            let vendored = module.root + "/vendor/" + importPath
            candidates.append((vendored, .module, { Self.read(directory: vendored, importPath: importPath) }))
        }
        if StdlibStubs.contains(importPath) {
            candidates.append(("std:" + importPath, .standardLibrary, { Self.readStub(importPath) }))
        } else if let module, let external = externalDirectory(importPath, module: module) {
            candidates.append((external, .external, { Self.read(directory: external, importPath: importPath) }))
        }
        for candidate in candidates {
            if let known = cache.withLock({ $0[candidate.key] }) {
                if let known { return known }
                continue
            }
            // Read outside the lock (another worker may read the same package meanwhile: the same bytes give
            // the same facts, and the first stored wins).
            let found = candidate.load().map { Found(facts: $0, origin: candidate.origin) }
            let stored = cache.withLock { table -> Found? in
                if let existing = table[candidate.key] { return existing }
                table[candidate.key] = found
                return found
            }
            if let stored { return stored }
        }
        return nil
    }

    /// A required module's directory in a module cache or GOROOT on this machine (go.mod `require` lines).
    private func externalDirectory(_ importPath: String, module: (root: String, path: String)) -> String? {
        if let gorootSource, importPath.split(separator: "/").first?.contains(".") == false {
            let directory = gorootSource + "/" + importPath
            if FileManager.default.fileExists(atPath: directory) { return directory }
        }
        guard !externalRoots.isEmpty, let requirement = Self.requirement(for: importPath, moduleRoot: module.root) else { return nil }
        let suffix = importPath.dropFirst(requirement.path.count)
        for root in externalRoots {
            let directory = "\(root)/\(Self.escaped(requirement.path))@\(Self.escaped(requirement.version))\(suffix)"
            if FileManager.default.fileExists(atPath: directory) { return directory }
        }
        return nil
    }

    /// The longest `require`d module path that prefixes `importPath`, with its version.
    static func requirement(for importPath: String, moduleRoot: String) -> (path: String, version: String)? {
        guard let data = FileManager.default.contents(atPath: moduleRoot + "/go.mod") else { return nil }
        var best: (path: String, version: String)?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.first == "require" { words.removeFirst() }
            guard words.count >= 2, words[1].hasPrefix("v") else { continue }
            let path = words[0]
            if importPath == path || importPath.hasPrefix(path + "/"), path.count > (best?.path.count ?? 0) { best = (path, words[1]) }
        }
        return best
    }

    /// The module cache's case encoding: `Azure` → `!azure`.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isUppercase { result += "!" + character.lowercased() } else { result.append(character) }
        }
        return result
    }

    /// Facts of a directory's package: its non-test files whose package clause is the directory's most
    /// common one (a stray `package main` tool or `documentation` file does not count).
    static func read(directory: String, importPath: String) -> PackageFacts? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        let goFiles = names.filter { $0.hasSuffix(".go") && !$0.hasSuffix("_test.go") }.sorted()
        guard !goFiles.isEmpty, let parser = try? Parser() else { return nil }
        var parsed: [GoFile] = []
        for name in goFiles {
            // Only declarations are read: the skeleton (function bodies dropped) parses at a fraction of the cost.
            guard let bytes = try? SourceReader.read(directory + "/" + name), SourceChecks.check(bytes) == .ok,
                  let tree = parser.parse(DeclarationSkeleton.strippingBodies(bytes)) else { continue }
            parsed.append(GoFile(path: directory + "/" + name, tree: tree, goVersion: nil))
        }
        var counts: [String: Int] = [:]
        for file in parsed where file.packageName != "main" && file.packageName != "documentation" { counts[file.packageName, default: 0] += 1 }
        guard let clause = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return nil }
        var builder = PackageFacts.Builder(path: importPath)
        for file in parsed where file.packageName == clause { builder.add(file) }
        return builder.build()
    }

    static func readStub(_ importPath: String) -> PackageFacts? {
        guard let bytes = StdlibStubs.source(of: importPath), let parser = try? Parser(), let tree = parser.parse(bytes) else { return nil }
        var builder = PackageFacts.Builder(path: importPath)
        builder.add(GoFile(path: "<std>/" + importPath, tree: tree, goVersion: nil))
        return builder.build()
    }
}
