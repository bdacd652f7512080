import Foundation

/// `goleaklint lsp`: a Language Server Protocol 3.17 server. Each open Go buffer is linted with the
/// other files of its package read from disk (as `--stdin-filename` does); diagnostics are published per
/// buffer, and code actions offer the findings' fixes and a suppression directive. Linting waits until no
/// input is pending, so a burst of edits is linted once, at its last version (work for stale versions is
/// never started). Between edits an `EditorWorkspace` keeps each buffer's package — the other files' trees and
/// walks — so an edit costs a re-parse of what it touched and a walk of the buffer.
public final class LanguageServer {
    enum State { case uninitialized, running, shuttingDown }

    /// JSON-RPC error codes.
    enum ErrorCode {
        static let parseError = -32700
        static let invalidRequest = -32600
        static let methodNotFound = -32601
        static let serverNotInitialized = -32002
    }

    private let transport: MessageTransport
    /// Lints a buffer after its edits since its last lint (nil: unknown).
    private let lint: (LintRequest, [ByteEdit]?) -> LintOutcome
    private let workspace: EditorWorkspace?
    private var state = State.uninitialized
    private(set) var encoding = TextDocument.Encoding.utf16
    private var documents: [String: TextDocument] = [:]
    /// URIs whose diagnostics are out of date.
    private var dirty: Set<String> = []
    /// The findings last published per URI, for code actions.
    private var published: [String: [Finding]] = [:]
    private var buffer = Data()
    /// The client can watch files for us (dynamic registration of workspace/didChangeWatchedFiles).
    private var canWatchFiles = false

    /// `lint`: how a buffer is linted; nil, the kept workspace (tests and the fuzz run pass `LintSession.run`, a
    /// fresh lint per version, to compare).
    public init(transport: MessageTransport, lint: ((LintRequest) -> LintOutcome)? = nil) {
        self.transport = transport
        if let lint {
            workspace = nil
            self.lint = { request, _ in lint(request) }
        } else {
            let workspace = EditorWorkspace()
            self.workspace = workspace
            self.lint = { request, edits in workspace.lint(request, edits: edits) }
        }
    }

    /// Serves until `exit` or the end of input. Returns the process exit code: 1 for `exit` without a
    /// `shutdown` first (as the protocol says), 0 otherwise (a client that disappears ends us cleanly).
    public func serve() -> Int32 {
        while true {
            switch MessageFraming.next(from: &buffer) {
            case .message(let body):
                if let code = handle(body) { return code }
            case .malformed(let reason):
                sendError(id: nil, code: ErrorCode.parseError, message: reason)
            case .incomplete:
                if !dirty.isEmpty, !transport.hasPendingInput {
                    lintDirtyDocuments()
                    continue
                }
                if !transport.read(into: &buffer) { return 0 }
            }
        }
    }

    // MARK: Messages

    /// Handles one message; returns an exit code when the server must stop.
    func handle(_ body: Data) -> Int32? {
        guard let object = try? JSONSerialization.jsonObject(with: body), let message = object as? [String: Any] else {
            sendError(id: nil, code: ErrorCode.parseError, message: "the message is not a JSON object")
            return nil
        }
        let id = message["id"].flatMap { $0 is NSNull ? nil : $0 }
        guard let method = message["method"] as? String else {
            if id == nil { sendError(id: nil, code: ErrorCode.invalidRequest, message: "a message needs a method") }
            return nil  // a response to a request of ours: none are sent
        }
        let params = message["params"] as? [String: Any] ?? [:]
        if method == "exit" { return state == .shuttingDown ? 0 : 1 }
        switch state {
        case .uninitialized where method != "initialize":
            if let id { sendError(id: id, code: ErrorCode.serverNotInitialized, message: "initialize first") }
            return nil
        case .shuttingDown:
            if let id { sendError(id: id, code: ErrorCode.invalidRequest, message: "the server is shutting down") }
            return nil
        default:
            break
        }
        switch method {
        case "initialize": initialize(id: id, params)
        case "initialized": watchConfiguration()
        case "shutdown":
            state = .shuttingDown
            respond(id: id, result: NSNull())
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        // A configuration file or a Go file changed on disk: what was read from it is forgotten, and every open
        // buffer is linted again (each lint re-reads .goleaklint.yml).
        case "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration":
            workspace?.filesChanged(nil)
            dirty.formUnion(documents.keys)
        case "textDocument/codeAction": respond(id: id, result: codeActions(params))
        default:
            if let id { sendError(id: id, code: ErrorCode.methodNotFound, message: "unsupported method \(method)") }
        }
        return nil
    }

    private func initialize(id: Any?, _ params: [String: Any]) {
        let general = (params["capabilities"] as? [String: Any])?["general"] as? [String: Any]
        let offered = general?["positionEncodings"] as? [String] ?? []
        encoding = offered.contains("utf-8") ? .utf8 : .utf16
        let workspace = (params["capabilities"] as? [String: Any])?["workspace"] as? [String: Any]
        canWatchFiles = (workspace?["didChangeWatchedFiles"] as? [String: Any])?["dynamicRegistration"] as? Bool == true
        state = .running
        respond(id: id, result: [
            "capabilities": [
                "positionEncoding": encoding.rawValue,
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ] as [String: Any],
            "serverInfo": ["name": "goleaklint", "version": Project.version],
        ])
    }

    // MARK: Documents

    private func didOpen(_ params: [String: Any]) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
              let text = item["text"] as? String else { return }
        let language = item["languageId"] as? String
        // Only Go files on disk: their package is read from their directory.
        guard language == "go" || uri.hasSuffix(".go"), let path = Self.path(of: uri) else { return }
        documents[uri] = TextDocument(uri: uri, path: path, version: item["version"] as? Int ?? 0, text: text)
        dirty.insert(uri)
    }

    private func didChange(_ params: [String: Any]) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
              var document = documents[uri], let changes = params["contentChanges"] as? [[String: Any]] else { return }
        for change in changes {
            guard let text = change["text"] as? String else { continue }
            document.apply(range: Self.range(change["range"]), text: text, encoding: encoding)
        }
        document.version = item["version"] as? Int ?? document.version + 1
        documents[uri] = document
        dirty.insert(uri)
    }

    /// A saved Go buffer is linted again, and so is every other open buffer of its package: they read the saved
    /// file from disk (a helper that closes, a declaration), so their findings can change with it. A saved
    /// `.goleaklint.yml` or `go.mod` (open in the editor) re-lints them all.
    private func didSave(_ params: [String: Any]) {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return }
        if uri.hasSuffix("/" + Configuration.fileName) || uri.hasSuffix("/go.mod") {
            // A go.mod sets the Go version and the module the kept packages were read under.
            if uri.hasSuffix("/go.mod") { workspace?.filesChanged(nil) }
            dirty.formUnion(documents.keys)
        } else if let savedPath = documents[uri]?.path ?? Self.path(of: uri), savedPath.hasSuffix(".go") {
            workspace?.filesChanged(savedPath)
            let directory = (savedPath as NSString).deletingLastPathComponent
            for (other, document) in documents where (document.path as NSString).deletingLastPathComponent == directory {
                dirty.insert(other)
            }
        }
    }

    /// Asks the client to tell us when a configuration file changes on disk (when it can watch files).
    private func watchConfiguration() {
        guard canWatchFiles else { return }
        send(["jsonrpc": "2.0", "id": "goleaklint/watch-configuration", "method": "client/registerCapability", "params": [
            "registrations": [[
                "id": "goleaklint-configuration", "method": "workspace/didChangeWatchedFiles",
                "registerOptions": ["watchers": [["globPattern": "**/" + Configuration.fileName], ["globPattern": "**/*.go"],
                                                 ["globPattern": "**/go.mod"]]],
            ]],
        ]])
    }

    private func didClose(_ params: [String: Any]) {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
              let document = documents.removeValue(forKey: uri) else { return }
        workspace?.close(document.path)
        dirty.remove(uri)
        published[uri] = nil
        notify("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
    }

    // MARK: Linting

    private func lintDirtyDocuments() {
        for uri in dirty.sorted() { lintDocument(uri) }
    }

    private func lintDocument(_ uri: String) {
        dirty.remove(uri)
        guard var document = documents[uri] else { return }
        let edits = document.takeEdits()
        documents[uri] = document
        var request = LintRequest()
        request.buffer = (document.path, document.bytes)
        request.jobs = 1
        request.failLevel = nil
        request.tests = true  // an open test file is linted like any other
        let outcome = lint(request, edits)
        for message in outcome.messages {
            notify("window/logMessage", ["type": 2, "message": "goleaklint: \(message)"])
        }
        published[uri] = outcome.findings
        notify("textDocument/publishDiagnostics", [
            "uri": uri, "version": document.version,
            "diagnostics": outcome.findings.map { DiagnosticMapping.diagnostic($0, in: document, encoding: encoding) },
        ])
    }

    // MARK: Code actions

    private func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String, documents[uri] != nil,
              let range = Self.range(params["range"]) else { return [] }
        // Actions answer for the text as it is now.
        if dirty.contains(uri) { lintDocument(uri) }
        guard let document = documents[uri] else { return [] }
        let firstLine = range.start.line + 1, lastLine = range.end.line + 1
        var actions: [[String: Any]] = []
        for finding in published[uri] ?? [] where finding.range.start.line <= lastLine && finding.range.end.line >= firstLine {
            let diagnostic = DiagnosticMapping.diagnostic(finding, in: document, encoding: encoding)
            if let fix = finding.fix {
                let edits = fix.edits.map { DiagnosticMapping.textEdit($0, in: document, encoding: encoding) }
                actions.append(["title": fix.message, "kind": "quickfix", "isPreferred": true,
                                "diagnostics": [diagnostic], "edit": ["changes": [uri: edits]]])
            }
            actions.append(["title": "Suppress \(finding.code) on this line", "kind": "quickfix",
                            "diagnostics": [diagnostic],
                            "edit": ["changes": [uri: [DiagnosticMapping.suppression(finding, in: document, encoding: encoding)]]]])
        }
        return actions
    }

    // MARK: Output

    private func respond(id: Any?, result: Any) {
        send(["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result])
    }

    private func sendError(id: Any?, code: Int, message: String) {
        send(["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message]])
    }

    private func notify(_ method: String, _ params: [String: Any]) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    private func send(_ message: [String: Any]) {
        guard let body = try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        transport.write(MessageFraming.frame(body))
    }

    // MARK: Parsing helpers

    /// A file URI's path (percent-decoded); nil for other schemes (an unsaved `untitled:` buffer has no package).
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    static func range(_ value: Any?) -> (start: (line: Int, character: Int), end: (line: Int, character: Int))? {
        guard let range = value as? [String: Any], let start = range["start"] as? [String: Any],
              let end = range["end"] as? [String: Any],
              let startLine = start["line"] as? Int, let startCharacter = start["character"] as? Int,
              let endLine = end["line"] as? Int, let endCharacter = end["character"] as? Int else { return nil }
        return ((startLine, startCharacter), (endLine, endCharacter))
    }
}
