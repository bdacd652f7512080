/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
/// `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=GL101 unclosed-response-body::message`
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var output = ""
        for finding in report.findings where !finding.isSuppressed {
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let range = finding.range
            let properties = [
                "file=" + Self.escapeProperty(range.path),
                "line=\(range.start.line)", "col=\(range.start.column)",
                "endLine=\(range.end.line)", "endColumn=\(range.end.column)",
                "title=" + Self.escapeProperty("\(finding.code) \(finding.name)"),
            ]
            output += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))\n"
        }
        for error in report.errors {
            output += "::error file=\(Self.escapeProperty(error.path)),title=goleaklint::\(Self.escapeData(error.cause))\n"
        }
        return output
    }

    /// The message part: `%`, CR and LF are encoded (GitHub's toolkit `escapeData`).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values additionally encode `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
