import Testing
@testable import Rules

/// GL201's suggested fix: a buffer of one, offered only when it fully fixes the leak (one goroutine,
/// one send, not repeated in a loop). Applying the edit must make the finding go away.
struct GoroutineSendLeakTests {
    static func apply(_ fix: Fix, to source: String) -> String {
        var bytes = Array(source.utf8)
        for edit in fix.edits.sorted(by: { $0.startByte > $1.startByte }) {
            bytes.replaceSubrange(edit.startByte..<edit.endByte, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let single = """
        package p

        import "time"

        func f(g func() int) int {
        \tch := make(chan int)
        \tgo func() { ch <- g() }()
        \tselect {
        \tcase v := <-ch:
        \t\treturn v
        \tcase <-time.After(time.Second):
        \t\treturn 0
        \t}
        }
        """

    @Test(arguments: [single, single.replacingOccurrences(of: "make(chan int)", with: "make(chan int, 0)")])
    func bufferOfOneFixesASingleSend(_ source: String) throws {
        let findings = Harness.lint(source, rules: [GoroutineSendLeakRule.self])
        let fix = try #require(findings.first?.fix)
        let fixed = Self.apply(fix, to: source)
        #expect(fixed.contains("make(chan int, 1)"))
        #expect(Harness.lint(fixed, rules: [GoroutineSendLeakRule.self]).isEmpty)
    }

    @Test func noFixForRepeatedSends() throws {
        let looped = Self.single.replacingOccurrences(of: "\tgo func() { ch <- g() }()", with: "\tfor i := 0; i < 3; i++ {\n\t\tgo func() { ch <- g() }()\n\t}")
        let findings = Harness.lint(looped, rules: [GoroutineSendLeakRule.self])
        #expect(findings.count == 1)
        #expect(findings.first?.fix == nil)
    }
}
