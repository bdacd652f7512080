/// `path:line:col: message (GL101 unclosed-response-body)`: what VS Code's `$go` matcher, vim's
/// `%f:%l:%c: %m` and people read; then, when there are findings, one summary line
/// (`3 findings (1 fixable with --fix)`, as ruff and golangci-lint end theirs), which those matchers skip.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var output = ""
        for finding in report.findings {
            let start = finding.range.start
            let suppressed = finding.isSuppressed ? " [suppressed]" : ""
            output += "\(finding.range.path):\(start.line):\(start.column): \(finding.message) "
                + "(\(finding.code) \(finding.name))\(suppressed)\n"
        }
        let shown = report.findings.filter { !$0.isSuppressed }
        guard !shown.isEmpty else { return output }
        let fixable = shown.filter { $0.fix != nil }.count
        output += "\(shown.count) finding\(shown.count == 1 ? "" : "s")"
            + (fixable > 0 ? " (\(fixable) fixable with --fix)" : "") + "\n"
        return output
    }
}
