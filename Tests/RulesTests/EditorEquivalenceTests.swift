import Foundation
import Testing
@testable import Rules

/// The editor's kept state (`EditorWorkspace`) must publish what a fresh `--stdin-filename` lint of the same text
/// gives, after any sequence of edits (issue 29). Random sequences — typing a statement piece by piece into a body,
/// deleting a few bytes, pasting a whole function, adding a package-level map, undoing — each edit linted both ways
/// and compared, over files of the demo and the rule fixtures; and the same session through two language servers,
/// one kept and one linting afresh, whose publishes must be byte-identical.
struct EditorEquivalenceTests {
    /// xorshift64*: the same sequence on every run, so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return Int((state &* 0x2545F4914F6CDD1D) >> 33) % max(bound, 1)
        }
    }

    static let files = [
        "demo/internal/httpclient/client.go", "demo/internal/store/store.go", "demo/internal/cache/cache.go",
        "rules/unclosed-response-body/precision/precision.go", "rules/goroutine-send-leak/abandon/abandon.go",
        "rules/unbounded-global-map/leak-across-files/decl.go", "rules/unclosed-response-body/wrappers/use.go",
    ]

    static let statements = [
        "\tresp, err := http.Get(\"http://example.com\")\n\tif err != nil {\n\t\treturn\n\t}\n\t_ = resp.StatusCode\n",
        "\tf, _ := os.Open(\"x\")\n\t_ = f\n", "\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n",
        "\tfor {\n\t\tselect {\n\t\tcase <-time.After(time.Second):\n\t\t}\n\t}\n", "\t_ = 1\n", "\tdefer resp.Body.Close()\n",
        "\t//goleaklint:ignore GL101 the test owns the body\n", "\tseen[\"k\"] = true\n",
    ]

    static let functions = [
        "\nfunc pastedFetch(u string) int {\n\tresp, err := http.Get(u)\n\tif err != nil {\n\t\treturn 0\n\t}\n\treturn resp.StatusCode\n}\n",
        "\nvar seen = map[string]bool{}\n\nfunc remember(k string) { seen[k] = true }\n",
        "\nfunc pastedHelper(n int) int {\n\tfor i := 0; i < n; i++ {\n\t\tn += i\n\t}\n\treturn n\n}\n",
    ]

    static func request(_ path: String, _ bytes: [UInt8]) -> LintRequest {
        var request = LintRequest()
        request.buffer = (path, bytes)
        request.jobs = 1
        request.failLevel = nil
        request.tests = true
        request.select = ["ALL"]  // the opt-in rules too: GL401 reports at a declaration's position
        return request
    }

    static func describe(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.code) \($0.range.start.line):\($0.range.start.column) \($0.message)" }
    }

    /// Offsets just inside the functions' bodies (after `{` and its newline).
    static func bodyStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var index = 0
        while index + 5 < bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A), bytes[index...].starts(with: Array("func ".utf8)) {
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if end > index, bytes[end - 1] == UInt8(ascii: "{") { starts.append(end + 1) }
            }
            index += 1
        }
        return starts
    }

    /// One random edit of `text`: (start, end, replacement, what it is).
    static func edit(_ bytes: [UInt8], _ random: inout Random, undo: (Int, Int, [UInt8])?) -> (Int, Int, [UInt8], String) {
        let bodies = bodyStarts(bytes)
        switch random.next(10) {
        case 0...4 where !bodies.isEmpty:
            let at = bodies[random.next(bodies.count)]
            let statement = Array(statements[random.next(statements.count)].utf8)
            // Typed in one to three pieces: the first pieces leave the body broken, as typing does.
            let piece = random.next(3) == 0 ? statement : Array(statement.prefix(1 + random.next(statement.count)))
            return (at, at, piece, "type \(String(decoding: piece, as: UTF8.self).debugDescription) at \(at)")
        case 5, 6:
            let start = random.next(bytes.count)
            let end = min(bytes.count, start + 1 + random.next(40))
            return (start, end, [], "delete \(start)..<\(end)")
        case 7:
            let function = Array(functions[random.next(functions.count)].utf8)
            return (bytes.count, bytes.count, function, "paste a function at the end")
        default:
            if let undo { return (undo.0, undo.1, undo.2, "undo") }
            return (bytes.count, bytes.count, Array("\n".utf8), "newline at the end")
        }
    }

    @Test(arguments: files)
    func randomEditsGiveTheFreshLintsFindings(_ relative: String) throws {
        let path = Harness.testdata.appendingPathComponent(relative).path
        var document = TextDocument(uri: "file://" + path, path: path, version: 1, text: try String(contentsOfFile: path, encoding: .utf8))
        var random = Random(state: UInt64(truncatingIfNeeded: relative.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }) | 1)
        let workspace = EditorWorkspace()
        var undo: (Int, Int, [UInt8])?
        var reused = 0, mismatches: [String] = [], misses: [String] = []
        for step in 0..<36 {
            var description = "open"
            if step > 0 {
                let (start, end, replacement, what) = Self.edit(document.bytes, &random, undo: undo)
                description = what
                let removed = Array(document.bytes[start..<end])
                let from = document.position(of: start, encoding: .utf8), to = document.position(of: end, encoding: .utf8)
                document.apply(range: ((from.line, from.character), (to.line, to.character)),
                               text: String(decoding: replacement, as: UTF8.self), encoding: .utf8)
                undo = what == "undo" ? nil : (start, start + replacement.count, removed)
            }
            let kept = workspace.lint(Self.request(path, document.bytes), edits: document.takeEdits()).findings
            let fresh = LintSession.run(Self.request(path, document.bytes)).findings
            if workspace.reusedWalks(for: path) { reused += 1 } else { misses.append(workspace.missedWalks(for: path) + " after " + description) }
            if kept != fresh {
                let onlyKept = Set(Self.describe(kept)).subtracting(Self.describe(fresh)).sorted()
                let onlyFresh = Set(Self.describe(fresh)).subtracting(Self.describe(kept)).sorted()
                mismatches.append("step \(step) (\(description)): only kept \(onlyKept), only fresh \(onlyFresh)")
            }
        }
        #expect(mismatches.isEmpty, "\(relative): \(mismatches.prefix(3).joined(separator: "\n"))")
        // The kept walks must actually serve: most edits are inside bodies.
        #expect(reused >= 8, "\(relative): the kept walks served \(reused) of 35 edits; not: \(misses)")
    }

    /// `//bodyclose:handled` counts only on the line right above its function: a blank line inserted or removed
    /// between them changes the declarations, though no declaration's text changes (found in review).
    @Test func aBlankLineUnderADirectiveIsADeclarationChange() throws {
        let root = try Harness.temporaryDirectory()
        try Harness.write([
            "a.go": "package web\n\nimport \"net/http\"\n\ntype api struct{ c *http.Client }\n",
            "b.go": """
                package web

                import "net/http"

                //bodyclose:handled

                func (a *api) fetch() (*http.Response, error) { return a.c.Get("u") }

                func use(a *api) int {
                	resp, err := a.fetch()
                	if err != nil {
                		return 0
                	}
                	return resp.StatusCode
                }
                """,
        ], under: root)
        let path = root.appendingPathComponent("b.go").path
        var document = TextDocument(uri: "file://" + path, path: path, version: 1, text: try String(contentsOfFile: path, encoding: .utf8))
        let workspace = EditorWorkspace()
        _ = workspace.lint(Self.request(path, document.bytes), edits: document.takeEdits())
        var counts: [Int] = []
        // Line 5 (0-based) is the blank one under the directive: remove it, then put it back.
        for (range, text) in [(((5, 0), (6, 0)), ""), (((5, 0), (5, 0)), "\n")] {
            document.apply(range: range, text: text, encoding: .utf8)
            let kept = workspace.lint(Self.request(path, document.bytes), edits: document.takeEdits()).findings
            let fresh = LintSession.run(Self.request(path, document.bytes)).findings
            #expect(kept == fresh, "kept \(Self.describe(kept)), fresh \(Self.describe(fresh))")
            counts.append(fresh.count)
        }
        #expect(counts[0] < counts[1], "the directive right above the function must hide the wrapper's finding: \(counts)")
    }

    /// The same session through a kept server and one that lints every version afresh: the same bytes out.
    @Test func aKeptServerPublishesWhatAFreshOnePublishes() throws {
        let path = Harness.testdata.appendingPathComponent(Self.files[0]).path
        let uri = URL(fileURLWithPath: path).absoluteString
        var text = try String(contentsOfFile: path, encoding: .utf8)
        var random = Random(state: 0x9E3779B97F4A7C15)
        var input = LanguageServerTests.initialize()
            + LanguageServerTests.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "go", "version": 1, "text": text]])
        var undo: (Int, Int, [UInt8])?
        for version in 2..<24 {
            var document = TextDocument(uri: uri, path: path, version: version, text: text)
            let (start, end, replacement, what) = Self.edit(document.bytes, &random, undo: undo)
            let removed = Array(document.bytes[start..<end])
            let from = document.position(of: start, encoding: .utf16), to = document.position(of: end, encoding: .utf16)
            let range: [String: Any] = ["start": ["line": from.line, "character": from.character], "end": ["line": to.line, "character": to.character]]
            document.apply(range: ((from.line, from.character), (to.line, to.character)), text: String(decoding: replacement, as: UTF8.self), encoding: .utf16)
            text = String(decoding: document.bytes, as: UTF8.self)
            undo = what == "undo" ? nil : (start, start + replacement.count, removed)
            input += LanguageServerTests.notification("textDocument/didChange", [
                "textDocument": ["uri": uri, "version": version],
                "contentChanges": [["range": range, "text": String(decoding: replacement, as: UTF8.self)]],
            ])
            // A code action makes the server answer for this version before the next edit arrives.
            input += LanguageServerTests.request(100 + version, "textDocument/codeAction", ["textDocument": ["uri": uri], "range": range, "context": [:]])
        }
        input += LanguageServerTests.request(999, "shutdown") + LanguageServerTests.notification("exit")
        let kept = MemoryTransport(input: input), fresh = MemoryTransport(input: input)
        _ = LanguageServer(transport: kept).serve()
        _ = LanguageServer(transport: fresh, lint: LintSession.run).serve()
        let publishes = { (transport: MemoryTransport) in LanguageServerTests.diagnostics(transport.messages).map { "\($0)" } }
        #expect(publishes(kept).count >= 20)
        #expect(kept.output == fresh.output, "the kept server's output differs from the fresh one's")
    }
}
