/// GitLab's Code Quality report (`--format codeclimate`): a JSON array of Code Climate issues, one per
/// finding, with the finding's baseline fingerprint (numbered when the same leak occurs twice, as GitLab
/// keeps one issue per fingerprint) so merge requests show what appeared and what was fixed.
public struct CodeClimateReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var seen: [String: Int] = [:]
        let issues = report.findings.filter { !$0.isSuppressed }.map { finding -> JSONValue in
            let base = finding.fingerprint ?? "\(finding.code):\(finding.range.path):\(finding.range.start.line)"
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            return .object([
                ("type", .string("issue")),
                ("check_name", .string(finding.code)),
                ("description", .string("\(finding.message) (\(finding.code) \(finding.name))")),
                ("categories", .array([.string("Bug Risk")])),
                ("severity", .string(Self.severity(finding.severity))),
                ("fingerprint", .string(occurrence == 0 ? base : "\(base):\(occurrence)")),
                ("location", .object([
                    ("path", .string(finding.range.path)),
                    ("lines", .object([("begin", .int(finding.range.start.line)), ("end", .int(finding.range.end.line))])),
                ])),
            ])
        }
        return JSONValue.array(issues).compact() + "\n"
    }

    /// Code Climate's scale: info, minor, major, critical, blocker.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "critical"
        case .warning: return "major"
        case .note: return "info"
        }
    }
}
