import Foundation
import Synchronization

/// A Go language version `1.N` (patch ignored: rules gate on minor versions).
public struct GoVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(major: Int, minor: Int) { self.major = major; self.minor = minor }

    /// Parses `1.21`, `1.21.3`, `go1.22rc1`.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("go") { body = body.dropFirst(2) }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let major = Int(parts[0]) else { return nil }
        let minorDigits = parts[1].prefix(while: \.isNumber)
        guard let minor = Int(minorDigits) else { return nil }
        self.init(major: major, minor: minor)
    }

    public static func < (a: Self, b: Self) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    public var description: String { "\(major).\(minor)" }

    /// The `go` directive of a go.mod file's contents.
    public static func fromGoMod(_ contents: String) -> GoVersion? {
        for line in contents.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count >= 2, words[0] == "go" { return GoVersion(String(words[1])) }
        }
        return nil
    }
}

/// Finds the nearest go.mod above a directory and reads its `go` line; caches per directory.
public final class GoModLocator: Sendable {
    private let cache = Mutex<[String: GoVersion?]>([:])

    public init() {}

    public func version(forDirectory directory: String) -> GoVersion? {
        let path = ProjectPaths.absolute(directory)
        return cache.withLock { Self.lookup(path, cache: &$0) }
    }

    private static func lookup(_ directory: String, cache: inout [String: GoVersion?]) -> GoVersion? {
        if let cached = cache[directory] { return cached }
        let goMod = (directory as NSString).appendingPathComponent("go.mod")
        var result: GoVersion?
        if let data = FileManager.default.contents(atPath: goMod) {
            result = GoVersion.fromGoMod(String(decoding: data, as: UTF8.self))
        } else {
            let parent = ProjectPaths.parent(of: directory)
            result = (parent == directory || parent.isEmpty) ? nil : lookup(parent, cache: &cache)
        }
        cache[directory] = result
        return result
    }
}
