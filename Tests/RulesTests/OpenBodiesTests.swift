import Testing
@testable import Rules

/// The resumable brace scan GL203's caller placement uses (issue 28: it was restarted from the declaration for
/// every call, quadratic in the calls of one function) answers at every point exactly as a fresh scan does,
/// across strings, runes, raw strings and comments that hold unbalanced braces (balanced ones would hide a scan
/// that reads them as code), loops and callbacks.
struct OpenBodiesTests {
    static let source = """
        func run(items []string, handle func(string)) {
        \tstart()
        \tfor _, item := range items {
        \t\tstart() // a } in a comment, closing nothing
        \t\ts := "a } in a string \\" still }"
        \t\tr := '}'
        \t\tdefer func() { start() }()
        \t\thandle = func(x string) {
        \t\t\tstart()
        \t\t\t_ = `raw { string
        }`
        \t\t}
        \t\t_, _ = s, r
        \t}
        \tgo func() {
        \t\tstart()
        \t}()
        \tstart()
        }

        """

    @Test func resumedScanAgreesWithAFreshScanEverywhere() {
        let bytes = Array(Self.source.utf8)
        var resumed = OpenBodies(text: bytes[0...], commandHandlers: false)
        var compared = 0
        for offset in 1...bytes.count {
            resumed.advance(to: offset)
            let fresh = ModuleCallers.openBodies(bytes[0..<offset], commandHandlers: false)
            #expect(fresh.loop == resumed.isInLoop && fresh.callback == resumed.isInCallback, "at byte \(offset)")
            compared += 1
        }
        #expect(compared == bytes.count)
        // The calls: outside the loop, in it, in a deferred literal (in the loop), in a callback, in a goroutine, after.
        let calls = ByteSearch.offsets(of: "start()", in: bytes)
        let answers = calls.map { offset -> String in
            let scan = ModuleCallers.openBodies(bytes[0..<offset], commandHandlers: false)
            return (scan.loop ? "L" : "-") + (scan.callback ? "C" : "-")
        }
        #expect(answers == ["--", "L-", "L-", "LC", "--", "--"], "\(answers)")
    }
}
