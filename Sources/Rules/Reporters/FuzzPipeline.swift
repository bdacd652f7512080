import Foundation

/// The whole pipeline on one in-memory file, as the fuzzer and its regression tests drive it:
/// parse → every rule → every reporter. Returns the concatenated renderings. The same bytes are also
/// fed to the language server as a raw protocol stream (framing and message layer), and as the text of
/// an opened document; and to the editor's kept state, edited, which must agree with a fresh lint.
public enum FuzzPipeline {
    public static func run(_ bytes: [UInt8], linter: Linter, path: String = "fuzz.go") -> String {
        let file = SourceFile(path: path, displayPath: path, contents: bytes)
        let result = linter.lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
        let report = Report(findings: result.findings, errors: result.errors, rules: Registry.allDocs)
        let reporters: [any Reporter] = [
            TextReporter(), JsonReporter(), GitHubReporter(),
            SarifReporter(sourceRoot: ".", category: "fuzz") { $0 == path ? bytes : nil },
        ]
        let rendered = reporters.map { $0.render(report) }.joined()
        editor(bytes)
        return rendered + languageServer(bytes, linter: linter)
    }

    /// The editor's kept state (`EditorWorkspace`) on the bytes, opened then edited (an incremental re-parse of
    /// whatever the fuzzer made), against a fresh lint of the same text: a difference is a bug, and stops the run.
    static func editor(_ bytes: [UInt8]) {
        let path = "/goleaklint-fuzz-no-such-directory/fuzz.go"
        func request(_ document: TextDocument) -> LintRequest {
            var request = LintRequest()
            request.buffer = (path, document.bytes)
            request.jobs = 1
            request.failLevel = nil
            request.tests = true
            return request
        }
        let workspace = EditorWorkspace(forks: false)  // libFuzzer runs threads of its own
        var document = TextDocument(uri: "file://" + path, path: path, version: 1, text: String(decoding: bytes, as: UTF8.self))
        _ = workspace.lint(request(document), edits: document.takeEdits())
        document.apply(range: ((0, 1), (3, 0)), text: "x", encoding: .utf8)
        let kept = workspace.lint(request(document), edits: document.takeEdits()).findings
        precondition(kept == LintSession.run(request(document)).findings, "the editor's kept state disagrees with a fresh lint")
    }

    /// The bytes as a protocol stream after an `initialize`, then as a document opened, edited and
    /// asked for code actions. Returns what the server wrote.
    static func languageServer(_ bytes: [UInt8], linter: Linter) -> String {
        let lint = { (request: LintRequest) -> LintOutcome in
            let file = SourceFile(path: "fuzz.go", displayPath: "fuzz.go", contents: request.buffer?.bytes ?? [])
            let result = linter.lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
            return LintOutcome(report: nil, messages: [], exitStatus: 0, findings: result.findings, statistics: result.statistics)
        }
        func framed(_ object: [String: Any]) -> Data {
            MessageFraming.frame((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
        }
        let initialize = framed(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [String: Any]()]])
        let raw = MemoryTransport(input: initialize + Data(bytes), chunkSize: 7)
        _ = LanguageServer(transport: raw, lint: lint).serve()

        let text = String(decoding: bytes, as: UTF8.self)
        let uri = "file:///fuzz/fuzz.go"
        let range: [String: Any] = ["start": ["line": 0, "character": 1], "end": ["line": 3, "character": 0]]
        let session = initialize
            + framed(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                      "params": ["textDocument": ["uri": uri, "languageId": "go", "version": 1, "text": text]]])
            + framed(["jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["range": range, "text": "x"]]]])
            + framed(["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                      "params": ["textDocument": ["uri": uri], "range": range, "context": ["diagnostics": [Any]()]]])
        let opened = MemoryTransport(input: session)
        _ = LanguageServer(transport: opened, lint: lint).serve()
        return String(decoding: raw.output + opened.output, as: UTF8.self)
    }
}
