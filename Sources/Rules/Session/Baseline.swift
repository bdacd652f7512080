import Foundation

/// Baselines: an earlier report whose findings are accepted, so only new ones are reported. A finding's
/// identity is its rule, its file, the function around it and the text of its line (spaces ignored) —
/// not its line number — so inserting code above it, renaming other files or moving the function within
/// the file keeps it matched. Identical findings (the same leak twice in one function) are counted: a
/// baseline with one accepts one, and the second is new.
public struct Baseline: Sendable {
    /// Fingerprint → how many findings with it the baseline accepts.
    public private(set) var counts: [String: Int] = [:]

    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads our JSON Lines or SARIF report (it must carry fingerprints: written by this version with
    /// `--write-baseline`, `--format json` or `--format sarif`).
    public static func load(_ path: String) throws -> Baseline {
        let bytes: [UInt8]
        do { bytes = try SourceReader.read(path) } catch { throw LoadError(description: "\(path): \(error)") }
        var baseline = Baseline()
        let text = String(decoding: bytes, as: UTF8.self)
        if let sarif = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any], sarif["runs"] != nil {
            for run in sarif["runs"] as? [[String: Any]] ?? [] {
                for result in run["results"] as? [[String: Any]] ?? [] {
                    if let print = (result["partialFingerprints"] as? [String: Any])?[sarifKey] as? String { baseline.counts[print, default: 0] += 1 }
                }
            }
        } else {
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw LoadError(description: "\(path): not a goleaklint JSON Lines or SARIF report")
                }
                if let print = object["fingerprint"] as? String { baseline.counts[print, default: 0] += 1 }
            }
        }
        if baseline.counts.isEmpty, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !text.contains("\"results\"") {
            throw LoadError(description: "\(path): the report has no goleaklint fingerprints; write one with --write-baseline")
        }
        return baseline
    }

    /// The key SARIF results carry the fingerprint under (beside GitHub's primaryLocationLineHash).
    /// v2: the file enters as its module-qualified path (v1 used the path relative to the working directory).
    public static let sarifKey = "goleaklint/v2"

    /// The findings the baseline does not accept, in their order.
    public func newFindings(_ findings: [Finding]) -> [Finding] {
        var left = counts
        return findings.filter { finding in
            guard let print = finding.fingerprint, let count = left[print], count > 0 else { return true }
            left[print] = count - 1
            return false
        }
    }

    // MARK: Fingerprints

    /// Sets every finding's fingerprint, reading each file once (`read` gives a file's bytes by path).
    /// Lines are split on bytes (a `\r` before the `\n` is dropped with the other blanks): a String split
    /// by Character would keep a CRLF file in one piece, since `\r\n` is a single Character.
    /// The file enters as its module-qualified path (`ProjectPaths.moduleQualified`), so a baseline written from
    /// one directory matches runs from any other.
    public static func fingerprint(_ findings: inout [Finding], read: (String) -> [UInt8]?) {
        var files: [String: (stablePath: String, lines: [ArraySlice<UInt8>])] = [:]
        var modules: [String: (root: String, path: String)?] = [:]
        for index in findings.indices {
            let path = findings[index].range.path
            if files[path] == nil {
                let lines = read(path).map { $0.split(separator: 0x0A, omittingEmptySubsequences: false) } ?? []
                files[path] = (ProjectPaths.moduleQualified(path, modules: &modules), lines)
            }
            let file = files[path]!
            findings[index].fingerprint = fingerprint(findings[index], path: file.stablePath, lines: file.lines)
        }
    }

    /// `CODE:hash` of the rule, the file, the enclosing top-level function and the finding's line with
    /// spaces, tabs and carriage returns removed.
    static func fingerprint(_ finding: Finding, path: String, lines: [ArraySlice<UInt8>]) -> String {
        let index = finding.range.start.line - 1
        let line = index >= 0 && index < lines.count ? lines[index] : []
        let text = String(decoding: line.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }, as: UTF8.self)
        let function = enclosingFunction(lines, before: index)
        let key = [finding.code, path, function, text].joined(separator: "\u{1F}")
        return finding.code + ":" + String(ByteHash.of(key), radix: 16)
    }

    /// `enclosingFunction` over byte lines: only the `func` line found is decoded.
    static func enclosingFunction(_ lines: [ArraySlice<UInt8>], before index: Int) -> String {
        var line = min(index, lines.count - 1)
        while line >= 0 {
            if lines[line].starts(with: "func ".utf8) {
                return enclosingFunction([Substring(String(decoding: lines[line], as: UTF8.self))], before: 0)
            }
            line -= 1
        }
        return ""
    }

    /// `Name` or `Type.Name` of the nearest `func` at column 0 at or above the line.
    static func enclosingFunction(_ lines: [Substring], before index: Int) -> String {
        var line = min(index, lines.count - 1)
        while line >= 0 {
            let text = lines[line]
            if text.hasPrefix("func ") {
                var rest = text.dropFirst(5)
                var receiver = ""
                if rest.first == "(", let close = rest.firstIndex(of: ")") {
                    // The receiver's type without pointer stars (a plain drop: Foundation's trimming costs a
                    // character-set lookup per character, and this runs once per finding).
                    var type = rest[rest.index(after: rest.startIndex)..<close].split(separator: " ").last ?? ""
                    while type.first == "*" { type.removeFirst() }
                    while type.last == "*" { type.removeLast() }
                    receiver = String(type)
                    receiver = String(receiver.prefix { $0 != "[" })
                    rest = rest[rest.index(after: close)...].drop { $0 == " " }
                }
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                return receiver.isEmpty ? String(name) : receiver + "." + name
            }
            line -= 1
        }
        return ""
    }

    /// The JSON Lines `--write-baseline` writes: our JSON report, which carries the fingerprints.
    public static func render(_ findings: [Finding], rules: [RuleDoc]) -> String {
        JsonReporter().render(Report(findings: findings, errors: [], rules: rules))
    }
}
