/// `path:line:col: message (GL101 unclosed-response-body)`: what VS Code's `$go` matcher, vim's
/// `%f:%l:%c: %m` and people read.
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
        return output
    }
}
