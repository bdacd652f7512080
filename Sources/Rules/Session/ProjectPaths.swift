import Foundation

/// Paths that mean the same file whatever directory goleaklint was started from. Findings are displayed
/// relative to the current directory (what editors and `path:line:col` matchers want), but what is *stored*
/// or *configured* must not move with it: a CI job with `working-directory:`, a monorepo run from its root and
/// an editor started elsewhere have to agree about the same finding.
public enum ProjectPaths {
    /// An absolute, lexically clean path for a display path (relative ones are relative to `workingDirectory`).
    public static func absolute(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        Discovery.clean(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }

    /// The directory above `path` ("/" for "/" and "/x", "" for "x"): NSString's deletingLastPathComponent
    /// traps on "/" in this Foundation, and walking up to a go.mod reaches "/" whenever there is none.
    public static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return trimmed == "/" ? "/" : "" }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// `path` relative to `directory` when it is inside it (both absolute and clean); nil otherwise.
    public static func relative(_ path: String, to directory: String) -> String? {
        if directory == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(directory + "/") else { return path == directory ? "." : nil }
        return String(path.dropFirst(directory.count + 1))
    }

    /// The file's module path and its path inside the module (`example.com/m/internal/x.go`): the same from
    /// any working directory, on any machine, and distinct across the modules of a monorepo. Outside any
    /// module, the display path as given (forward slashes, no `./`).
    public static func moduleQualified(_ displayPath: String, modules: inout [String: (root: String, path: String)?]) -> String {
        let absolute = absolute(displayPath)
        let directory = parent(of: absolute)
        if let module = ImportedDeclarations.module(containing: directory, cache: &modules),
           let inside = relative(absolute, to: module.root) {
            return module.path + "/" + inside
        }
        var path = displayPath.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
