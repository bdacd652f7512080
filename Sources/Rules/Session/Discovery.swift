import Foundation

/// Expands command-line patterns into packages with `go help packages` semantics:
/// `./...` and `dir/...` walk down (skipping `.x`, `_x`, `testdata`, `vendor` and nested modules, never
/// following symlinked directories), `dir` is one package, `file.go` a package of the files named.
public struct Discovery: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    public let includeTests: Bool
    let goMods = GoModLocator()
    private var fileManager: FileManager { .default }

    public init(includeTests: Bool) { self.includeTests = includeTests }

    /// The packages of all patterns, each directory once, in path order; plus errors for patterns or
    /// entries that could not be used.
    public func packages(for patterns: [String]) -> (packages: [PackageInput], errors: [FileError]) {
        var filesByDirectory: [String: [SourceFile]] = [:]
        var seen = Set<String>()
        var errors: [FileError] = []
        var explicitFiles: [String: [SourceFile]] = [:]
        for pattern in patterns.isEmpty ? ["./..."] : patterns {
            do {
                if pattern == "..." || pattern.hasSuffix("/...") {
                    let root = pattern == "..." ? "." : String(pattern.dropLast(4))
                    let base = root.isEmpty ? "/" : root
                    try requireDirectory(base, pattern: pattern)
                    walk(base, isRoot: true, root: Self.realPath(base), into: &filesByDirectory, errors: &errors)
                } else if pattern.hasSuffix(".go"), !isDirectory(pattern) {
                    guard fileManager.fileExists(atPath: pattern) || isSymlink(pattern) else {
                        throw Failure(message: "\(pattern): no such file")
                    }
                    let directory = (pattern as NSString).deletingLastPathComponent
                    explicitFiles[directory.isEmpty ? "." : directory, default: []]
                        .append(SourceFile(path: pattern, displayPath: Self.displayPath(pattern)))
                } else {
                    try requireDirectory(pattern, pattern: pattern)
                    filesByDirectory[pattern] = goFiles(in: pattern, errors: &errors)
                }
            } catch {
                errors.append(FileError(path: pattern, cause: "\(error)".replacingOccurrences(of: "\(pattern): ", with: "")))
            }
        }
        // One package per canonical directory, however the patterns spell it (`./a`, `a`, `a/x.go`, an
        // absolute path): grouping by spelling split a package in two, and which half got a file depended
        // on dictionary order (issue 11). Files are deduplicated by their normalized path and sorted.
        var grouped: [String: (directory: String, files: [SourceFile])] = [:]
        for (directory, files) in filesByDirectory.merging(explicitFiles, uniquingKeysWith: +) {
            let key = Self.realPath(directory) ?? Self.displayPath(directory)
            let current = grouped[key]
            grouped[key] = (current?.directory ?? directory, (current?.files ?? []) + files)
        }
        var packages: [PackageInput] = []
        for key in grouped.keys.sorted() {
            guard let (directory, files) = grouped[key] else { continue }
            let unique = files.sorted { $0.displayPath < $1.displayPath }
                .filter { seen.insert(Self.displayPath($0.path)).inserted }
            guard !unique.isEmpty else { continue }
            packages.append(PackageInput(directory: Self.displayPath(directory), files: unique,
                                         goVersion: goMods.version(forDirectory: directory)))
        }
        packages.sort { $0.directory < $1.directory }
        return (packages, errors)
    }

    /// The package of `path`'s directory with `path`'s contents replaced by `contents` (an editor's
    /// unsaved buffer): the other files still give package facts (helpers, declarations).
    public func packageReplacing(_ path: String, with contents: [UInt8]) -> (packages: [PackageInput], errors: [FileError]) {
        var errors: [FileError] = []
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let shown = Self.displayPath(path)
        var files = isDirectory(directory) ? goFiles(in: directory, errors: &errors) : []
        files.removeAll { $0.displayPath == shown }
        files.append(SourceFile(path: path, displayPath: shown, contents: contents))
        return ([PackageInput(directory: Self.displayPath(directory), files: files,
                              goVersion: goMods.version(forDirectory: directory))], errors)
    }

    private func requireDirectory(_ path: String, pattern: String) throws {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(message: "\(pattern): no such directory")
        }
        guard isDirectory.boolValue else { throw Failure(message: "\(pattern): not a directory") }
    }

    private func walk(_ directory: String, isRoot: Bool, root: String?, into result: inout [String: [SourceFile]],
                      errors: inout [FileError]) {
        // A nested module is another module: `./...` stops there, as the go command does.
        if !isRoot, fileManager.fileExists(atPath: (directory as NSString).appendingPathComponent("go.mod")) { return }
        let files = goFiles(in: directory, insideRoot: root, errors: &errors)
        if !files.isEmpty { result[directory] = files }
        for entry in entries(of: directory, errors: &errors) {
            let name = entry.name
            if name.hasPrefix(".") || name.hasPrefix("_") || name == "testdata" || name == "vendor" { continue }
            if entry.type == .directory {
                walk(entry.path, isRoot: false, root: root, into: &result, errors: &errors)
            }
        }
    }

    private enum EntryType { case directory, regular, symlink, other }
    private struct Entry { let name: String; let path: String; let type: EntryType }

    private func entries(of directory: String, errors: inout [FileError]) -> [Entry] {
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            errors.append(FileError(path: Self.displayPath(directory), cause: "cannot read directory"))
            return []
        }
        return names.map { name in
            let path = directory == "." ? name : (directory as NSString).appendingPathComponent(name)
            return Entry(name: name, path: path, type: Self.type(ofPath: path))
        }
    }

    private static func type(ofPath path: String) -> EntryType {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The `.go` entries of one directory that are not directories. Non-regular ones (FIFOs, dangling
    /// links) are kept so the linter reports them by name instead of silently skipping them.
    private func goFiles(in directory: String, insideRoot root: String? = nil, errors: inout [FileError]) -> [SourceFile] {
        entries(of: directory, errors: &errors).compactMap { entry in
            guard entry.name.hasSuffix(".go"), !entry.name.hasPrefix("."), !entry.name.hasPrefix("_") else { return nil }
            if entry.type == .directory { return nil }
            // A symlinked directory is never followed; a symlinked .go file is read as Go reads it (etcd's
            // client/v3 shares files this way) and reported at the link's path, which is inside the walk.
            if entry.type == .symlink, isDirectory(entry.path) { return nil }
            if !includeTests, entry.name.hasSuffix("_test.go") { return nil }
            return SourceFile(path: entry.path, displayPath: Self.displayPath(entry.path))
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func isSymlink(_ path: String) -> Bool { Self.type(ofPath: path) == .symlink }

    /// The canonical absolute path (symbolic links resolved), or nil when it cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reports show paths cleaned (as Go's filepath.Clean) and relative to the working directory when
    /// inside it: `./a//b/../c.go` is `a/c.go`, so one file is one path however a pattern spells it.
    public static func displayPath(_ path: String) -> String {
        var result = clean(path)
        let cwd = FileManager.default.currentDirectoryPath
        if result.hasPrefix("/"), result.hasPrefix(cwd + "/") { result = String(result.dropFirst(cwd.count + 1)) }
        return result
    }

    /// Whether `clean` would return the path unchanged: no empty, `.` or `..` element and no trailing slash (one
    /// pass over the bytes; most paths asked about are already clean, and splitting them costs allocations).
    static func isClean(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var count = 0, elementLength = 0, elementDots = 0
        for byte in path.utf8 {
            if byte == slash {
                if count > 0 {
                    if elementLength == 0 { return false }                                 // "//"
                    if elementDots == elementLength && elementLength <= 2 { return false } // "." or ".."
                }
                elementLength = 0
                elementDots = 0
            } else {
                elementLength += 1
                if byte == dot { elementDots += 1 }
            }
            count += 1
        }
        if count == 0 { return false }
        if elementLength == 0 { return count == 1 }  // a trailing slash: only "/" itself is clean
        return !(elementDots == elementLength && elementLength <= 2)
    }

    /// Lexical clean: no empty or `.` elements, `..` removes the element before it (not above `/`).
    /// Symbolic links are not resolved: a file reached through a link is reported at the link's path.
    static func clean(_ path: String) -> String {
        isClean(path) ? path : lexicallyCleaned(path)
    }

    /// `clean` by splitting the path into elements.
    static func lexicallyCleaned(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var elements: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) where element != "." {
            if element == "..", let last = elements.last, last != ".." {
                elements.removeLast()
            } else if element == "..", absolute {
                continue
            } else {
                elements.append(element)
            }
        }
        let joined = elements.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
