import Foundation

/// `--new-from-rev REV` and `--new-from-patch FILE`: the lines a change added or modified, by absolute
/// file path, from a unified diff (`git diff --unified=0 REV`, plus untracked files, which are new in
/// full). Findings outside them are not reported, as golangci-lint's new-from-rev does.
public struct ChangedLines: Sendable {
    /// Absolute, symlink-resolved path → changed 1-based lines; nil lines: the whole file is new.
    private var files: [String: [ClosedRange<Int>]?] = [:]

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Lines changed in the work tree since `revision`.
    public static func since(_ revision: String, in directory: String = ".") throws -> ChangedLines {
        guard let root = try? git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines),
              !root.isEmpty else {
            throw Failure(description: "--new-from-rev needs a git work tree, and \(Discovery.displayPath(directory)) is not in one")
        }
        guard (try? git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root)) != nil else {
            throw Failure(description: "--new-from-rev: unknown revision '\(revision)'")
        }
        let diff = try git(["diff", "--no-color", "--no-ext-diff", "--unified=0", revision, "--"], in: root)
        var changed = parse(diff, root: root)
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: root)
        for path in untracked.split(separator: "\0") where !path.isEmpty {
            changed.files[resolve(root + "/" + path)] = .some(nil)
        }
        return changed
    }

    /// Lines a patch file adds; its paths are relative to `root` (after any `a/`, `b/` prefix).
    public static func fromPatch(_ path: String, root: String = ".") throws -> ChangedLines {
        guard let bytes = try? SourceReader.read(path) else { throw Failure(description: "--new-from-patch: cannot read \(path)") }
        return parse(String(decoding: bytes, as: UTF8.self), root: root)
    }

    static func parse(_ diff: String, root: String) -> ChangedLines {
        var result = ChangedLines()
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                var name = String(line.dropFirst(4))
                if name.hasPrefix("\"") {
                    name = unquote(name)
                } else if let tab = name.firstIndex(of: "\t") {
                    name = String(name[..<tab])
                }
                if name == "/dev/null" { current = nil; continue }
                if name.hasPrefix("b/") { name.removeFirst(2) }
                let absolute = name.hasPrefix("/") ? name : root + "/" + name
                current = resolve(absolute)
                if let current, result.files[current] == nil { result.files[current] = .some([]) }
            } else if line.hasPrefix("@@ "), let current, let added = addedRange(line) {
                if case .some(.some(var ranges)) = result.files[current] {
                    ranges.append(added)
                    result.files[current] = .some(ranges)
                }
            }
        }
        return result
    }

    /// A path as git writes it when it has non-ASCII bytes, quotes, backslashes or control characters:
    /// `"b/caf\303\251.go"`, C escapes with UTF-8 bytes in octal (core.quotePath). Anything after the
    /// closing quote (a tab and a timestamp in other tools' diffs) is dropped.
    static func unquote(_ quoted: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(quoted.utf8.dropFirst())
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\"), index + 1 < input.count else { bytes.append(byte); index += 1; continue }
            let next = input[index + 1]
            if (UInt8(ascii: "0")...UInt8(ascii: "3")).contains(next), index + 3 < input.count {
                let digits = input[(index + 1)...(index + 3)].map { Int($0) - 48 }
                if digits.allSatisfy({ (0...7).contains($0) }) {
                    bytes.append(UInt8(digits[0] * 64 + digits[1] * 8 + digits[2]))
                    index += 4
                    continue
                }
            }
            bytes.append(Self.cEscapes[next] ?? next)
            index += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// C's one-letter escapes, as git writes them in quoted paths.
    private static let cEscapes: [UInt8: UInt8] = [UInt8(ascii: "t"): 9, UInt8(ascii: "n"): 10, UInt8(ascii: "r"): 13,
                                                   UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12,
                                                   UInt8(ascii: "v"): 11]

    /// The new-side lines of a hunk header `@@ -a,b +c,d @@` (nil when it only deletes).
    static func addedRange(_ header: Substring) -> ClosedRange<Int>? {
        guard let plus = header.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { return nil }
        let parts = plus.dropFirst().split(separator: ",")
        guard let start = Int(parts[0]) else { return nil }
        let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return count > 0 ? start...(start + count - 1) : nil
    }

    /// Whether a finding (its display path, resolved against the current directory) is on a changed line.
    public func contains(_ finding: Finding) -> Bool {
        guard let entry = files[Self.resolve(finding.range.path)] else { return false }
        guard let ranges = entry else { return true }
        return ranges.contains { $0.contains(finding.range.start.line) }
    }

    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.first ?? "") failed (exit \(process.terminationStatus))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
