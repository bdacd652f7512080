import Foundation

/// Findings as LSP objects: diagnostics, text edits and the suppression directive.
enum DiagnosticMapping {
    static func diagnostic(_ finding: Finding, in document: TextDocument, encoding: TextDocument.Encoding) -> [String: Any] {
        var diagnostic: [String: Any] = [
            "range": range(finding.range, in: document, encoding: encoding),
            "severity": finding.severity == .error ? 1 : finding.severity == .warning ? 2 : 3,
            "code": finding.code,
            "source": "goleaklint",
            "message": finding.message,
        ]
        if let rule = Registry.rule(named: finding.code) { diagnostic["codeDescription"] = ["href": rule.doc.url] }
        let related = finding.related.map { related -> [String: Any] in
            let sameFile = related.range.path == finding.range.path
            let uri = sameFile ? document.uri : URL(fileURLWithPath: related.range.path).absoluteString
            let other = sameFile ? document : (try? SourceReader.read(related.range.path)).map {
                TextDocument(uri: uri, path: related.range.path, version: 0, text: String(decoding: $0, as: UTF8.self))
            }
            return ["location": ["uri": uri, "range": other.map { range(related.range, in: $0, encoding: encoding) }
                                    ?? byteRange(related.range)],
                    "message": related.message]
        }
        if !related.isEmpty { diagnostic["relatedInformation"] = related }
        return diagnostic
    }

    static func range(_ range: SourceRange, in document: TextDocument, encoding: TextDocument.Encoding) -> [String: Any] {
        let start = document.position(of: document.offset(line: range.start.line, byteColumn: range.start.column), encoding: encoding)
        let end = document.position(of: document.offset(line: range.end.line, byteColumn: range.end.column), encoding: encoding)
        return ["start": ["line": start.line, "character": start.character], "end": ["line": end.line, "character": end.character]]
    }

    /// Line and byte column, for a location whose file cannot be read.
    private static func byteRange(_ range: SourceRange) -> [String: Any] {
        ["start": ["line": range.start.line - 1, "character": range.start.column - 1],
         "end": ["line": range.end.line - 1, "character": range.end.column - 1]]
    }

    static func textEdit(_ edit: TextEdit, in document: TextDocument, encoding: TextDocument.Encoding) -> [String: Any] {
        let start = document.position(of: edit.startByte, encoding: encoding)
        let end = document.position(of: edit.endByte, encoding: encoding)
        return ["range": ["start": ["line": start.line, "character": start.character], "end": ["line": end.line, "character": end.character]],
                "newText": edit.newText]
    }

    /// `//goleaklint:ignore CODE <reason>` on its own line above the finding, indented like it: the
    /// directive covers the next statement. The reason is a placeholder to replace: GL002 reports it
    /// (`Suppression.isPlaceholder`) until it says why.
    static let reasonPlaceholder = "<why this is not a leak>"

    static func suppression(_ finding: Finding, in document: TextDocument, encoding: TextDocument.Encoding) -> [String: Any] {
        let line = finding.range.start.line
        let at = document.lineStart(line)
        let text = document.indentation(ofLine: line) + "//goleaklint:ignore \(finding.code) \(Self.reasonPlaceholder)\n"
        return textEdit(TextEdit(path: document.path, startByte: at, endByte: at, newText: text), in: document, encoding: encoding)
    }
}
