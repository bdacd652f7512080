import Foundation
import Testing
@testable import Rules

/// The language server driven in-process through a memory transport: lifecycle, documents,
/// diagnostics, code actions, position encodings, and bad input (never a crash or a hang).
struct LanguageServerTests {
    static let directory = Harness.testdata.appendingPathComponent("demo/internal/store").path
    static let path = directory + "/store.go"
    static let uri = URL(fileURLWithPath: path).absoluteString

    static func framed(_ object: [String: Any]) -> Data {
        MessageFraming.frame(try! JSONSerialization.data(withJSONObject: object))
    }

    static func request(_ id: Int, _ method: String, _ params: [String: Any] = [:]) -> Data {
        framed(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
    }

    static func notification(_ method: String, _ params: [String: Any] = [:]) -> Data {
        framed(["jsonrpc": "2.0", "method": method, "params": params])
    }

    static func initialize(encodings: [String] = []) -> Data {
        request(1, "initialize", ["capabilities": ["general": ["positionEncodings": encodings]]]) + notification("initialized")
    }

    static func open(_ text: String, version: Int = 1) -> Data {
        notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "go", "version": version, "text": text]])
    }

    /// Runs a session; returns the exit code and what the server wrote.
    static func run(_ input: Data, chunkSize: Int = 4096) -> (Int32, [[String: Any]]) {
        let transport = MemoryTransport(input: input, chunkSize: chunkSize)
        let code = LanguageServer(transport: transport).serve()
        return (code, transport.messages)
    }

    static func diagnostics(_ messages: [[String: Any]]) -> [[String: Any]] {
        messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }.compactMap { $0["params"] as? [String: Any] }
    }

    static var storeText: String { try! String(contentsOfFile: path, encoding: .utf8) }

    @Test func initializeNegotiatesTheEncoding() {
        let (_, utf16) = Self.run(Self.initialize())
        let (_, utf8) = Self.run(Self.initialize(encodings: ["utf-8", "utf-16"]))
        let encoding = { (messages: [[String: Any]]) in
            ((messages.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])?["positionEncoding"] as? String
        }
        #expect(encoding(utf16) == "utf-16" && encoding(utf8) == "utf-8")
    }

    @Test func openPublishesDiagnosticsAndCloseClearsThem() throws {
        // The code action makes the server answer for the opened text before the close arrives.
        let top: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
        let input = Self.initialize() + Self.open(Self.storeText)
            + Self.request(2, "textDocument/codeAction", ["textDocument": ["uri": Self.uri], "range": top, "context": [:]])
            + Self.notification("textDocument/didClose", ["textDocument": ["uri": Self.uri]])
            + Self.request(9, "shutdown") + Self.notification("exit")
        let (code, messages) = Self.run(input)
        #expect(code == 0)
        let published = Self.diagnostics(messages)
        #expect(published.count == 2)
        let first = try #require(published.first?["diagnostics"] as? [[String: Any]])
        #expect(first.contains { $0["code"] as? String == "GL104" && $0["source"] as? String == "goleaklint" })
        let range = try #require(first.first?["range"] as? [String: Any])
        #expect(((range["start"] as? [String: Any])?["line"] as? Int) == 21)  // store.go:22 is line 21, 0-based
        #expect((first.first?["codeDescription"] as? [String: Any])?["href"] as? String != nil)
        #expect((published.last?["diagnostics"] as? [Any])?.isEmpty == true)
    }

    /// A burst of edits is linted once, at its last version.
    @Test func changesAreLintedOnceAtTheLastVersion() {
        let text = Self.storeText
        var input = Self.initialize() + Self.open(text)
        for version in 2...5 {
            input += Self.notification("textDocument/didChange", [
                "textDocument": ["uri": Self.uri, "version": version], "contentChanges": [["text": text]]])
        }
        let (_, messages) = Self.run(input)
        let published = Self.diagnostics(messages)
        #expect(published.count == 1)
        #expect(published.first?["version"] as? Int == 5)
    }

    /// An incremental change (a range in UTF-16 units, after a multibyte character) lands on the right
    /// bytes: deleting the finding's line makes its diagnostic go away.
    @Test func incrementalChangesEditTheRightBytes() throws {
        var document = TextDocument(uri: "u", path: "p.go", version: 1, text: "a := \"é𝄞\"; b\nsecond\n")
        document.apply(range: ((0, 10), (0, 11)), text: "", encoding: .utf16)  // the `;` after é (1 unit) 𝄞 (2 units)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "a := \"é𝄞\" b\nsecond\n")
        document.apply(range: ((1, 0), (1, 6)), text: "2nd", encoding: .utf8)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "a := \"é𝄞\" b\n2nd\n")
        #expect(document.position(of: 12, encoding: .utf16) == (0, 9) && document.position(of: 12, encoding: .utf8) == (0, 12))
    }

    @Test func codeActionsOfferTheFixAndASuppression() throws {
        let range: [String: Any] = ["start": ["line": 21, "character": 0], "end": ["line": 21, "character": 10]]
        let input = Self.initialize() + Self.open(Self.storeText)
            + Self.request(2, "textDocument/codeAction", ["textDocument": ["uri": Self.uri], "range": range, "context": ["diagnostics": [Any]()]])
        let (_, messages) = Self.run(input)
        let actions = try #require(messages.first { $0["id"] as? Int == 2 }?["result"] as? [[String: Any]])
        let titles = actions.compactMap { $0["title"] as? String }
        #expect(titles == ["add `defer rows.Close()`", "Suppress GL104 on this line"], "\(titles)")
        let edits = try #require(((actions[1]["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]])
        let inserted = try #require(edits.first?["newText"] as? String)
        #expect(inserted.hasPrefix("\t//goleaklint:ignore GL104 "))
        // Applied as is, the directive silences GL104 and is itself reported (GL002) until its reason is written.
        var lines = Self.storeText.components(separatedBy: "\n")
        let at = try #require(((edits.first?["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int)
        lines.insert(String(inserted.dropLast()), at: at)
        let codes = Harness.lint(lines.joined(separator: "\n"), rules: Registry.enabledRules(select: [], ignore: [])).map(\.code)
        #expect(codes.contains("GL002") && !codes.contains("GL104"), "\(codes)")
    }

    /// A diagnostic's whole range, not only its start: a multi-line GL201 whose end line has a multibyte
    /// character before the end (UTF-16 and UTF-8 positions differ there), and its related location.
    @Test(arguments: [("utf-16", 17), ("utf-8", 18)])
    func diagnosticRangesAreRightToTheirEnd(_ encoding: String, _ endCharacter: Int) throws {
        let path = Harness.testdata.appendingPathComponent("demo/internal/fanout/fanout.go").path
        let uri = URL(fileURLWithPath: path).absoluteString
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[27] == "\t\t}(replica)")
        lines[27] = "\t\t/*é*/}(replica)"
        let top: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
        let input = Self.initialize(encodings: [encoding])
            + Self.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "go", "version": 1,
                                                                          "text": lines.joined(separator: "\n")]])
            + Self.request(2, "textDocument/codeAction", ["textDocument": ["uri": uri], "range": top, "context": [:]])
        let (_, messages) = Self.run(input)
        let diagnostics = try #require(Self.diagnostics(messages).last?["diagnostics"] as? [[String: Any]])
        let leak = try #require(diagnostics.first { $0["code"] as? String == "GL201" })
        func position(_ value: Any?) -> [Int] {
            let object = value as? [String: Any]
            return [object?["line"] as? Int ?? -1, object?["character"] as? Int ?? -1]
        }
        let range = leak["range"] as? [String: Any]
        #expect(position(range?["start"]) == [23, 2] && position(range?["end"]) == [27, endCharacter], "\(String(describing: range))")
        let related = ((leak["relatedInformation"] as? [[String: Any]])?.first?["location"] as? [String: Any])?["range"] as? [String: Any]
        #expect(position(related?["start"]) == [32, 1] && position(related?["end"]) == [34, 0], "\(String(describing: related))")
    }

    /// Input in stages, each with something done first (a file changed on disk, as the user's editor would):
    /// the server sees no pending input between stages, so it publishes what is dirty at each step.
    final class StagedTransport: MessageTransport {
        var stages: [(action: () throws -> Void, input: Data)]
        var output = Data()
        init(_ stages: [(action: () throws -> Void, input: Data)]) { self.stages = stages }
        func read(into buffer: inout Data) -> Bool {
            guard !stages.isEmpty else { return false }
            let stage = stages.removeFirst()
            try? stage.action()
            buffer.append(stage.input)
            return true
        }
        var hasPendingInput: Bool { false }
        func write(_ data: Data) { output.append(data) }
    }

    /// Saving one file re-lints the other open buffers of its package: they read it from disk.
    @Test func savingAFileRelintsItsOpenSiblings() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.go"), b = directory.appendingPathComponent("b.go")
        let aText = "package p\n\nimport \"net/http\"\n\nfunc Status(u string) int {\n\tresp, err := http.Get(u)\n\tif err != nil {\n\t\treturn 0\n\t}\n\tdefer drain(resp)\n\treturn resp.StatusCode\n}\n"
        let closing = "package p\n\nimport \"net/http\"\n\nfunc drain(r *http.Response) { r.Body.Close() }\n"
        let notClosing = "package p\n\nimport \"net/http\"\n\nfunc drain(r *http.Response) { _ = r }\n"
        try aText.write(to: a, atomically: true, encoding: .utf8)
        try closing.write(to: b, atomically: true, encoding: .utf8)
        func open(_ url: URL, _ text: String) -> Data {
            Self.notification("textDocument/didOpen", ["textDocument": ["uri": url.absoluteString, "languageId": "go", "version": 1, "text": text]])
        }
        let transport = StagedTransport([
            ({}, Self.initialize() + open(a, aText) + open(b, closing)),
            // The user edits b.go and saves it: a.go's buffer is untouched.
            ({ try notClosing.write(to: b, atomically: true, encoding: .utf8) },
             Self.notification("textDocument/didSave", ["textDocument": ["uri": b.absoluteString]])),
        ])
        _ = LanguageServer(transport: transport).serve()
        let decoder = MemoryTransport(input: Data())
        decoder.write(transport.output)
        let messages = decoder.messages
        let published = Self.diagnostics(messages).filter { $0["uri"] as? String == a.absoluteString }
            .map { ($0["diagnostics"] as? [Any])?.count ?? -1 }
        #expect(published == [0, 1], "a.go is published once when opened, and again with the leak after b.go's save: \(published)")
    }

    @Test func badInputGetsProtocolErrors() {
        let input = Self.request(1, "textDocument/codeAction")                       // before initialize
            + Self.notification("textDocument/didOpen")                              // ignored before initialize
            + Self.initialize()
            + MessageFraming.frame(Data("{not json".utf8))                           // parse error
            + Data("Content-Length: banana\r\n\r\n".utf8)                            // bad header
            + Self.request(5, "workspace/symbol")                                    // unknown request
            + Self.notification("$/cancelRequest", ["id": 5])                        // unknown notification: ignored
            + Self.notification("textDocument/didOpen", ["textDocument": ["uri": "file:///x/readme.md", "languageId": "markdown",
                                                                          "version": 1, "text": "# hi"]])
            + MessageFraming.frame(Data("[1, 2]".utf8))                              // not an object
        let (code, messages) = Self.run(input, chunkSize: 3)
        let errors = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors == [-32002, -32700, -32700, -32601, -32700], "\(errors)")
        #expect(Self.diagnostics(messages).isEmpty)
        #expect(code == 0, "end of input ends the server cleanly")
    }

    /// A client that can watch files is asked to watch `.goleaklint.yml`; a change to it (or saving it)
    /// lints every open buffer again, with the configuration read afresh.
    @Test func configurationChangesRelintOpenBuffers() {
        let top: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
        let lintNow = Self.request(2, "textDocument/codeAction", ["textDocument": ["uri": Self.uri], "range": top, "context": [:]])
        let input = Self.request(1, "initialize", ["capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]])
            + Self.notification("initialized") + Self.open(Self.storeText) + lintNow
            + Self.notification("workspace/didChangeWatchedFiles", ["changes": [["uri": "file:///x/.goleaklint.yml", "type": 2]]])
            + lintNow
            + Self.notification("textDocument/didSave", ["textDocument": ["uri": "file:///x/.goleaklint.yml"]])
        let (_, messages) = Self.run(input)
        #expect(messages.contains { $0["method"] as? String == "client/registerCapability" })
        #expect(Self.diagnostics(messages).count == 3)
    }

    @Test func exitWithoutShutdownIsCodeOne() {
        #expect(Self.run(Self.initialize() + Self.notification("exit")).0 == 1)
        let (code, messages) = Self.run(Self.initialize() + Self.request(2, "shutdown") + Self.request(3, "textDocument/codeAction")
                                         + Self.notification("exit"))
        #expect(code == 0)
        #expect(messages.contains { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 })
    }

    /// A length longer than the input: the server waits for bytes that never come, then ends at EOF.
    @Test func truncatedMessageEndsAtEndOfInput() {
        let (code, messages) = Self.run(Self.initialize() + Data("Content-Length: 500\r\n\r\n{\"jsonrpc\"".utf8))
        #expect(code == 0 && messages.count == 1)
    }
}
