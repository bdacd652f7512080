import Foundation

/// The C headers a package's cgo preambles include, read the way the C compiler would find them, but only
/// inside the module: a binding's preamble often says `#include "binding.h"` and defines its free wrappers
/// (`static void freeCstr(char *s) { free(s); }`) there, so the preamble alone does not say what
/// `C.freeCstr` does.
///
/// Searched: `#include "x.h"` in the including file's directory, then in the `-I` directories of the
/// preambles' `#cgo CFLAGS`/`CPPFLAGS` lines (`${SRCDIR}` is the package directory; relative paths are
/// relative to it, where the go command runs the compiler); `#include <x.h>` in the `-I` directories only.
/// Headers include other headers, read the same way. A header that is missing, outside `boundary` (the
/// module root; symbolic links resolved first), too large or beyond the count limit is skipped: system
/// headers and generated ones are not ours to read, and the limits keep the cost linear in what the package
/// itself brings. The package directory's `.c` files (compiled into the package by cgo) are read too, within the
/// same limits (an 8 MB amalgamation is not).
public struct CgoHeaders {
    public struct Header: Sendable, Equatable {
        /// The resolved path (symbolic links resolved).
        public let path: String
        public let bytes: [UInt8]
    }

    static let maximumHeaderBytes = 4 << 20
    static let maximumHeaders = 256

    /// The headers included, directly or not, by the preambles of `sources` (files of one directory), in
    /// the order they are first reached: deterministic for the same files.
    public static func included(by sources: [[UInt8]], packageDirectory: String, boundary: String) -> [Header] {
        let directory = resolved(packageDirectory)
        let root = resolved(boundary)
        var searchDirectories: [String] = []
        var pending: [(include: Include, from: String)] = []
        for source in sources {
            guard let preamble = preamble(of: source) else { continue }
            for directive in lines(of: preamble) {
                if let include = include(in: directive) { pending.append((include, directory)) }
                for flag in includeDirectories(in: directive, packageDirectory: directory)
                where inside(flag, root) && !searchDirectories.contains(flag) {
                    searchDirectories.append(flag)
                }
            }
        }
        var headers: [Header] = []
        var seen = Set<String>()
        var next = 0
        while next < pending.count, headers.count < maximumHeaders {
            let (include, from) = pending[next]
            next += 1
            guard let path = locate(include, from: from, searchDirectories: searchDirectories, root: root),
                  seen.insert(path).inserted, let bytes = read(path) else { continue }
            headers.append(Header(path: path, bytes: bytes))
            let headerDirectory = (path as NSString).deletingLastPathComponent
            for directive in lines(of: bytes[...]) {
                if let nested = self.include(in: directive) { pending.append((nested, headerDirectory)) }
            }
        }
        // The package's C sources: cgo compiles every .c file of the directory into the package, so the free
        // wrapper a header only declares (`void cfree(void *p);`) is defined there.
        for path in cSources(in: directory) where headers.count < maximumHeaders && seen.insert(path).inserted {
            if let bytes = read(path) { headers.append(Header(path: path, bytes: bytes)) }
        }
        return headers
    }

    /// The `.c` files of `directory`, sorted.
    static func cSources(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".c") }.sorted().map { directory + "/" + $0 }
    }

    struct Include {
        let name: String
        /// `#include <x.h>`: not searched beside the including file.
        let isAngled: Bool
    }

    /// Everything before `import "C"`: the preamble and the package clause, which holds no directives.
    static func preamble(of source: [UInt8]) -> ArraySlice<UInt8>? {
        guard let end = ByteSearch.firstIndex(of: "import \"C\"", in: source[...]) else { return nil }
        return source[..<end]
    }

    /// Lines that are preprocessor directives, with the `//` of a line-comment preamble and the indent removed.
    static func lines(of text: ArraySlice<UInt8>) -> [Substring] {
        guard ByteSearch.contains(text, "#") else { return [] }
        return String(decoding: text, as: UTF8.self).split(separator: "\n").compactMap { line in
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("//") { rest = rest.dropFirst(2).drop { $0 == " " || $0 == "\t" } }
            guard rest.hasPrefix("#") else { return nil }
            return rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        }
    }

    /// `include "x.h"` / `include <x.h>` (the directive after its `#`).
    static func include(in directive: Substring) -> Include? {
        guard directive.hasPrefix("include") else { return nil }
        let operand = directive.dropFirst("include".count).drop { $0 == " " || $0 == "\t" }
        guard let open = operand.first, open == "\"" || open == "<" else { return nil }
        let body = operand.dropFirst()
        guard let close = body.firstIndex(of: open == "\"" ? "\"" : ">") else { return nil }
        let name = String(body[..<close])
        guard !name.isEmpty else { return nil }
        return Include(name: name, isAngled: open == "<")
    }

    /// The `-I` directories of a `cgo [constraints] CFLAGS: …` (or `CPPFLAGS`) directive, absolute.
    static func includeDirectories(in directive: Substring, packageDirectory: String) -> [String] {
        guard directive.hasPrefix("cgo "), let colon = directive.firstIndex(of: ":") else { return [] }
        let variable = directive[..<colon].split(separator: " ").last.map(String.init) ?? ""
        guard variable == "CFLAGS" || variable == "CPPFLAGS" else { return [] }
        let flags = directive[directive.index(after: colon)...]
            .replacingOccurrences(of: "${SRCDIR}", with: packageDirectory)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var directories: [String] = []
        var index = 0
        while index < flags.count {
            let flag = flags[index]
            var directory: String?
            if flag == "-I", index + 1 < flags.count {
                directory = flags[index + 1]
                index += 1
            } else if flag.hasPrefix("-I") {
                directory = String(flag.dropFirst(2))
            }
            if let directory {
                directories.append(resolved(directory.hasPrefix("/") ? directory : packageDirectory + "/" + directory))
            }
            index += 1
        }
        return directories
    }

    static func locate(_ include: Include, from directory: String, searchDirectories: [String], root: String) -> String? {
        guard !include.name.hasPrefix("/") else { return nil }  // an absolute path is a system header
        let candidates = (include.isAngled ? [] : [directory]) + searchDirectories
        for candidate in candidates {
            let path = resolved(candidate + "/" + include.name)
            guard inside(path, root) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { return path }
        }
        return nil
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let status = FileStatus.of(path), status.size <= maximumHeaderBytes,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func inside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }
}
