/// JSON Lines in staticcheck's `-f json` shape (one finding per line), so editor plugins that parse
/// staticcheck (nvim-lint, ALE, …) read goleaklint unchanged. Adds `name`, `url` and `fix`.
public struct JsonReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let urls = Dictionary(report.rules.map { ($0.code, $0.url) }, uniquingKeysWith: { first, _ in first })
        var output: [UInt8] = []
        for finding in report.findings {
            var members: [(String, JSONValue)] = [
                ("code", .string(finding.code)),
                ("severity", .string(finding.isSuppressed ? "ignored" : finding.severity.rawValue)),
                ("location", Self.position(finding.range.path, finding.range.start)),
                ("end", Self.position(finding.range.path, finding.range.end)),
                ("message", .string(finding.message)),
                ("related", .array(finding.related.map { related in
                    .object([
                        ("location", Self.position(related.range.path, related.range.start)),
                        ("end", Self.position(related.range.path, related.range.end)),
                        ("message", .string(related.message)),
                    ])
                })),
                ("name", .string(finding.name)),
                ("url", .string(urls[finding.code] ?? "")),
            ]
            if let fingerprint = finding.fingerprint { members.append(("fingerprint", .string(fingerprint))) }
            if let fix = finding.fix {
                members.append(("fix", .object([
                    ("message", .string(fix.message)),
                    ("edits", .array(fix.edits.map { edit in
                        .object([("file", .string(edit.path)), ("start", .int(edit.startByte)),
                                 ("end", .int(edit.endByte)), ("new", .string(edit.newText))])
                    })),
                ])))
            }
            JSONValue.object(members).compact(appendingTo: &output)
            output.append(0x0A)
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func position(_ path: String, _ position: SourcePosition) -> JSONValue {
        .object([("file", .string(path)), ("line", .int(position.line)), ("column", .int(position.column))])
    }
}
