/// A suppression directive found in a comment:
/// `//goleaklint:ignore GL101[,GL201] reason` (the next statement, or its own line when trailing code),
/// `//goleaklint:file-ignore GL101 reason` (the file), `//nolint` and `//nolint:goleaklint[,other]`
/// (golangci-lint style: all goleaklint rules).
public struct Suppression: Hashable, Sendable {
    public enum Scope: Hashable, Sendable {
        case lines(ClosedRange<Int>)
        case file
    }

    /// Codes or names this directive names; empty means every rule.
    public let rules: [String]
    public let reason: String
    public let scope: Scope
    /// Where the directive is (for GL001 / GL002).
    public let range: SourceRange
    /// The directive's own kind, for messages.
    public let form: String
    /// False for a bare `//nolint`, which belongs to golangci-lint as much as to us: it is honoured,
    /// but neither audited for a reason (GL002) nor reported when unused (GL001).
    public var isAudited: Bool { form != "nolint" }

    public func covers(_ finding: Finding) -> Bool {
        guard finding.range.path == range.path else { return false }
        if !rules.isEmpty, !rules.contains(where: { $0.uppercased() == finding.code || $0 == finding.name }) {
            return false
        }
        switch scope {
        case .file: return true
        case .lines(let lines): return lines.contains(finding.range.start.line)
        }
    }

    /// Reads a comment node; nil when it is not a directive for goleaklint.
    /// `GL101,GL102 reason`, `GL101, GL102 reason`: a comma-separated list (spaces allowed around the
    /// commas), then the reason.
    static func codesAndReason(_ text: Substring) -> (codes: [String], reason: String) {
        var rest = text.drop { $0 == " " }
        var codes: [String] = []
        while true {
            let code = rest.prefix { $0 != " " && $0 != "," }
            guard !code.isEmpty else { break }
            codes.append(String(code))
            rest = rest.dropFirst(code.count)
            let afterSpaces = rest.drop { $0 == " " }
            guard afterSpaces.first == "," else { break }
            rest = afterSpaces.dropFirst().drop { $0 == " " }
        }
        return (codes, rest.trimmingCharacters(in: .whitespaces))
    }

    static func parse(_ comment: Node, file: GoFile) -> Suppression? {
        // Cheap byte test first: most comments are documentation, and finding a directive's next
        // statement costs a sibling search.
        let source = file.source
        let start = comment.startByte
        guard start + 8 <= source.count, source[start] == 0x2F, source[start + 1] == 0x2F,
              source[start + 2] == 0x67 || source[start + 2] == 0x6E  // "g"oleaklint: or "n"olint
        else { return nil }
        let text = comment.text
        let body = text.dropFirst(2)
        guard body.hasPrefix("goleaklint:") || body.hasPrefix("nolint") else { return nil }
        let location = file.range(of: comment)
        let trailing = !isAlone(comment, in: source)
        let scope: Scope = trailing ? .lines(location.start.line...location.start.line) : statementLines(after: comment)

        if body.hasPrefix("goleaklint:") {
            let directive = body.dropFirst("goleaklint:".count)
            let verb = directive.prefix { $0 != " " }
            guard !verb.isEmpty else { return nil }
            let (codes, reason) = codesAndReason(directive.dropFirst(verb.count))
            switch verb {
            case "ignore":
                return Suppression(rules: codes, reason: reason, scope: scope, range: location, form: "goleaklint:ignore")
            case "file-ignore":
                return Suppression(rules: codes, reason: reason, scope: .file, range: location, form: "goleaklint:file-ignore")
            default:
                return nil
            }
        }
        if body.hasPrefix("nolint") {
            // golangci-lint: `//nolint`, `//nolint:a,b // reason`.
            let rest = body.dropFirst("nolint".count)
            if rest.isEmpty || rest.first == " " {
                return Suppression(rules: [], reason: reasonAfterSlashes(rest), scope: scope, range: location, form: "nolint")
            }
            guard rest.first == ":" else { return nil }
            let linters = rest.dropFirst().prefix { $0 != " " }.split(separator: ",")
            guard linters.contains(where: { $0 == "goleaklint" || $0 == "all" }) else { return nil }
            return Suppression(rules: [], reason: reasonAfterSlashes(rest), scope: scope, range: location,
                               form: linters.contains("goleaklint") ? "nolint:goleaklint" : "nolint")
        }
        return nil
    }

    private static func reasonAfterSlashes(_ text: Substring) -> String {
        guard let range = text.range(of: "//") else { return "" }
        return text[range.upperBound...].trimmingCharacters(in: .whitespaces)
    }

    /// Whether only whitespace precedes the comment on its line.
    private static func isAlone(_ comment: Node, in source: [UInt8]) -> Bool {
        var index = comment.startByte - 1
        while index >= 0, source[index] != 0x0A {
            if source[index] != 0x20, source[index] != 0x09, source[index] != 0x0D { return false }
            index -= 1
        }
        return true
    }

    /// The lines of the statement or declaration after a comment on its own line (the whole node),
    /// or just the next line when nothing follows.
    private static func statementLines(after comment: Node) -> Scope {
        var next = comment.nextNamedSibling
        while let node = next, node.is(Kind.comment) { next = node.nextNamedSibling }
        let line = comment.start.line
        guard let node = next else { return .lines((line + 1)...(line + 1)) }
        return .lines(node.start.line...max(node.start.line, node.end.line))
    }
}
