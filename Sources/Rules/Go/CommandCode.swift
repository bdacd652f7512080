import Foundation

/// Code that runs as a program's command, once per process: Go keeps commands under `cmd/` (the main
/// packages and the packages that implement their sub-commands), and names command handlers `cmdRun`,
/// `cmdFileServer`. Blocking or looping forever there is how a command serves until it is killed, not a
/// leak: GL203 and GL204 treat such code like package main.
enum CommandCode {
    /// Whether the package directory lies under a `cmd` directory of its module (`cmd/ctr/commands`,
    /// `pkg/cmd/repo/garden`, `tools/benchmark/cmd`). Only the part of the path inside the module counts
    /// (the nearest directory above with a go.mod), so a checkout that happens to sit in `~/cmd` is not
    /// all command code; without a go.mod the path as given is read.
    static func isCommandDirectory(_ directory: String) -> Bool {
        let absolute = ProjectPaths.absolute(directory)
        var components = absolute.split(separator: "/").map(String.init)
        var moduleDepth: Int?
        var depth = components.count
        while depth > 0 {
            if FileManager.default.fileExists(atPath: "/" + components[..<depth].joined(separator: "/") + "/go.mod") {
                moduleDepth = depth
                break
            }
            depth -= 1
        }
        if let moduleDepth {
            components = Array(components[moduleDepth...])
        } else {
            components = directory.split(separator: "/").map(String.init)
        }
        return components.contains { $0 == "cmd" || $0 == "cmds" }
    }

    /// A command handler by name: `cmd` followed by a word (`cmdRun`, `cmdReverseProxy`).
    static func isHandler(_ function: String) -> Bool {
        guard function.hasPrefix("cmd"), let next = function.dropFirst(3).first else { return false }
        return next.isUppercase
    }
}
