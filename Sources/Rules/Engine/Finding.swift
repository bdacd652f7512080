/// A secondary location of a finding ("the receive that abandons the channel").
public struct RelatedLocation: Hashable, Sendable, Codable {
    public let range: SourceRange
    public let message: String
    public init(_ range: SourceRange, _ message: String) { self.range = range; self.message = message }
}

/// A suggested change: replace bytes `startByte..<endByte` of `path` with `newText`.
public struct TextEdit: Hashable, Sendable, Codable {
    public let path: String
    public let startByte: Int
    public let endByte: Int
    public let newText: String
    public init(path: String, startByte: Int, endByte: Int, newText: String) {
        self.path = path; self.startByte = startByte; self.endByte = endByte; self.newText = newText
    }
}

public struct Fix: Hashable, Sendable, Codable {
    public let message: String
    public let edits: [TextEdit]
    public init(message: String, edits: [TextEdit]) { self.message = message; self.edits = edits }
}

/// One diagnostic: plain data, produced by rules, filtered and ordered by the engine, printed by reporters.
public struct Finding: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    public var severity: Severity
    public let range: SourceRange
    public let message: String
    public let related: [RelatedLocation]
    public let fix: Fix?
    /// Set when a suppression covers the finding (reported only with --include-suppressed).
    public var isSuppressed = false
    /// The identity baselines match on (`Baseline.fingerprint`): set by the session, shown in JSON and
    /// SARIF.
    public var fingerprint: String?

    public init(code: String, name: String, severity: Severity, range: SourceRange, message: String,
                related: [RelatedLocation] = [], fix: Fix? = nil) {
        self.code = code; self.name = name; self.severity = severity; self.range = range
        self.message = message; self.related = related; self.fix = fix
    }

    /// The report order: path, line, column, code, then message (total, so output is deterministic).
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.range.path != b.range.path { return a.range.path < b.range.path }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.code != b.code { return a.code < b.code }
        if a.message != b.message { return a.message < b.message }
        return a.range.end < b.range.end
    }
}
