/// A suppression directive found in a comment:
/// `//goleaklint:ignore GL101[,GL201] reason` (the next statement, or its own line when trailing code),
/// `//goleaklint:file-ignore GL101 reason` (the file), `//nolint` and `//nolint:goleaklint[,other]`
/// (golangci-lint style: all goleaklint rules), and other linters' directives for a check one of our rules is
/// equivalent to (`RuleDoc.equivalents`: `//nolint:staticcheck`, `//lint:ignore SA6002 reason` silence GL404).
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
    /// The directive's own kind, for messages (`goleaklint:ignore`, `nolint:bodyclose`, `lint:ignore SA1015`).
    public let form: String
    /// Another linter's names this directive was written for (`bodyclose`, `SA1015`), when it is a peer's
    /// directive that silences our equivalent rules (`RuleDoc.equivalents`); empty for our own directives.
    public var peerNames: [String] = []
    /// A peer's directive: honoured unless `--no-peer-directives`; never audited for a reason (its own linter
    /// has its own rules for that).
    public var isPeer: Bool { !peerNames.isEmpty }
    /// False for a bare `//nolint`, which belongs to golangci-lint as much as to us: it is honoured,
    /// but neither audited for a reason (GL002) nor reported when unused (GL001).
    public var isAudited: Bool { form != "nolint" && !isPeer }
    /// A peer's directive names a check that is exactly one of ours (`bodyclose`, `SA1015`): with
    /// `--audit-peer-directives`, or where that linter no longer runs (`PeerLinterSetup`: a team that dropped it), one
    /// that silences none of our findings is stale (GL001). A whole multi-check linter (`//nolint:staticcheck`,
    /// `//nolint:govet`) may be there for its other checks and is never reported. Not while the linter runs: on
    /// caddy, whose golangci-lint configuration enables bodyclose, all 11 `//nolint:bodyclose` silence nothing of
    /// ours because they answer bodyclose's own false positives, which bodyclose still raises.
    public var namesASpecificEquivalent: Bool {
        peerNames.contains { !Self.multiCheckLinters.contains($0) }
    }

    /// The golangci-lint linter behind each of `peerNames` (`bodyclose`, `deferInLoop` → `gocritic`), or nil for
    /// staticcheck's own `//lint:ignore SA…` directives, which staticcheck honours however it is run (alone or in
    /// golangci-lint): whether it still runs cannot be read from a configuration.
    public var peerLinters: [String?] {
        peerNames.map { name in
            if name.hasPrefix("SA"), name.dropFirst(2).allSatisfy(\.isNumber) { return nil }
            return Self.linterOfCheck[name] ?? name.lowercased()
        }
    }

    /// Checks named in directives that belong to a multi-check linter.
    static let linterOfCheck = ["deferInLoop": "gocritic", "lostcancel": "govet"]

    /// golangci-lint linters that run many checks besides the one equivalent to ours.
    static let multiCheckLinters: Set<String> = ["staticcheck", "govet", "gocritic", "revive", "stylecheck", "gosimple"]

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
        guard start + 8 <= source.count, source[start] == 0x2F, source[start + 1] == 0x2F else { return nil }
        // Directives are also written with a space after the slashes (`// nolint:staticcheck`,
        // `// goleaklint:ignore …`): golangci-lint accepts that form, so a user writing ours that way means it.
        let spaced = source[start + 2] == 0x20
        let first = source[start + (spaced ? 3 : 2)]
        guard first == 0x67 || first == 0x6E || first == 0x6C else { return nil }  // "g"oleaklint:, "n"olint, "l"int:ignore
        let text = comment.text
        let body = text.dropFirst(spaced ? 3 : 2)
        if spaced, !body.hasPrefix("nolint:"), !body.hasPrefix("lint:ignore "), !body.hasPrefix("goleaklint:") { return nil }
        guard body.hasPrefix("goleaklint:") || body.hasPrefix("nolint") || body.hasPrefix("lint:ignore ") else { return nil }
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
            guard !spaced, linters.contains(where: { $0 == "goleaklint" || $0 == "all" }) else {
                return peer(linters.map(String.init), reason: reasonAfterSlashes(rest), scope: scope, range: location,
                            form: "nolint:" + linters.joined(separator: ","))
            }
            return Suppression(rules: [], reason: reasonAfterSlashes(rest), scope: scope, range: location,
                               form: linters.contains("goleaklint") ? "nolint:goleaklint" : "nolint")
        }
        if body.hasPrefix("lint:ignore ") {
            // staticcheck: `//lint:ignore SA6002[,SA1019] reason`, for the next statement or its own line.
            let (checks, reason) = codesAndReason(body.dropFirst("lint:ignore ".count))
            return peer(checks, reason: reason, scope: scope, range: location, form: "lint:ignore " + checks.joined(separator: ","))
        }
        return nil
    }

    /// A reason that is still a placeholder: `<why this is not a leak>` (what the editor's suppress action
    /// inserts), `TODO…`, `FIXME…`, `XXX`, `TBD`. It says nothing a reader can check, so GL002 reports it.
    public static func isPlaceholder(_ reason: String) -> Bool {
        let text = reason.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("<"), text.hasSuffix(">") { return true }
        let word = text.prefix { $0.isLetter }.uppercased()
        return ["TODO", "FIXME", "XXX", "TBD"].contains(word)
    }

    /// Another linter's directive, for the names in it that one of our rules is equivalent to; nil when none is.
    private static func peer(_ names: [String], reason: String, scope: Scope, range: SourceRange, form: String) -> Suppression? {
        let ours = names.filter { equivalents[$0] != nil }
        guard !ours.isEmpty else { return nil }
        return Suppression(rules: equivalentRules(of: ours), reason: reason, scope: scope, range: range, form: form, peerNames: ours)
    }

    /// Our rules that other linters' check or linter names stand for (`RuleDoc.equivalents`).
    static func equivalentRules(of names: [String]) -> [String] {
        names.flatMap { equivalents[$0] ?? [] }
    }

    static let equivalents: [String: [String]] = Registry.allRules.reduce(into: [:]) { table, rule in
        for name in rule.doc.equivalents { table[name, default: []].append(rule.doc.code) }
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
