import Testing
@testable import Rules

/// Suggested fixes are applied and the result re-linted: every fixed finding is gone, nothing else
/// changes, and the fixed file still parses (no GL003). Runs over every rule's triggering examples.
struct FixTests {
    static func apply(_ edits: [TextEdit], to source: String) -> String {
        var bytes = Array(source.utf8)
        for edit in edits.sorted(by: { $0.startByte > $1.startByte }) {
            bytes.replaceSubrange(edit.startByte..<edit.endByte, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lint(_ source: String, _ rule: any Rule.Type, _ example: Example) -> [Finding] {
        Harness.lint(source, fileName: example.fileName, rules: [rule, SyntaxErrorRule.self],
                     options: [rule.doc.code: example.options], goVersion: example.goVersion)
    }

    @Test(arguments: Registry.allRules.map { $0.doc.code })
    func fixesApplyCleanly(_ code: String) {
        let rule = Registry.rule(named: code)!
        for example in rule.doc.triggering {
            let (source, _) = RuleExampleTests.strip(example.code)
            let before = Self.lint(source, rule, example).filter { $0.code == code }
            let fixed = before.filter { $0.fix != nil }
            guard !fixed.isEmpty else { continue }
            let after = Self.lint(Self.apply(fixed.flatMap { $0.fix!.edits }, to: source), rule, example)
            #expect(!after.contains { $0.code == SyntaxErrorRule.doc.code }, "\(code): the fixed code does not parse")
            #expect(after.filter { $0.code == code }.count == before.count - fixed.count,
                    "\(code): fixing \(fixed.count) of \(before.count) findings left \(after.map(\.message))")
        }
    }

    /// The mechanical fixes of the resource rules exist where they should (the test above would pass
    /// vacuously without them).
    @Test(arguments: ["GL103", "GL104", "GL106", "GL302", "GL303", "GL304"])
    func resourceRulesOfferFixes(_ code: String) {
        let rule = Registry.rule(named: code)!
        let fixes = rule.doc.triggering.flatMap { example in
            Self.lint(RuleExampleTests.strip(example.code).0, rule, example).compactMap(\.fix)
        }
        #expect(fixes.count >= 2, "\(code) offers \(fixes.count) fixes on its examples")
    }

    /// Fixes that compile (make conformance vets every example; these pin the three shapes it caught): two
    /// time.Tick loops get two tickers, a cause-taking cancel is called with nil, and no release goes before an
    /// error that is kept but not checked (the response would be nil there).
    @Test func fixesThatCompile() {
        let ticks = "package p\n\nimport \"time\"\n\nfunc f(a, b func() bool) {\n\tfor range time.Tick(time.Second) {\n\t\tif a() {\n\t\t\tbreak\n\t\t}\n\t}\n\tfor range time.Tick(time.Second) {\n\t\tif b() {\n\t\t\treturn\n\t\t}\n\t}\n}\n"
        let tickFindings = Harness.lint(ticks, rules: [TimeTickLeakRule.self])
        let fixedTicks = Self.apply(tickFindings.compactMap(\.fix).flatMap(\.edits), to: ticks)
        #expect(tickFindings.count == 2 && fixedTicks.contains("ticker := time.NewTicker") && fixedTicks.contains("ticker2 := time.NewTicker")
                && fixedTicks.contains("range ticker2.C"), "\(fixedTicks)")
        let cause = "package p\n\nimport \"context\"\n\nfunc f(ctx context.Context) {\n\tctx, cancel := context.WithCancelCause(ctx)\n\t_ = ctx\n}\n"
        let causeFix = Harness.lint(cause, rules: [LostCancelRule.self]).first?.fix
        #expect(causeFix?.edits.first?.newText.contains("defer cancel(nil)") == true, "\(String(describing: causeFix))")
        let unchecked = "package p\n\nimport \"net/http\"\n\nfunc f(u string) bool {\n\tresp, err := http.Get(u)\n\treturn err == nil && resp.StatusCode == 200\n}\n"
        let uncheckedFindings = Harness.lint(unchecked, rules: [UnclosedResponseBodyRule.self])
        #expect(uncheckedFindings.count == 1 && uncheckedFindings[0].fix == nil)
    }

    @Test func fixGoesAfterTheErrorCheckOrRightAfterTheCall() {
        let file = """
            package p

            import (
            \t"context"
            \t"os"
            )

            func f(ctx context.Context, p string) error {
            \tctx, cancel := context.WithCancel(ctx)
            \tx, err := os.Open(p)
            \tif err != nil {
            \t\treturn err
            \t}
            \t_ = x.Name()
            \treturn ctx.Err()
            }

            """
        let findings = Harness.lint(file, rules: [UnclosedFileRule.self, LostCancelRule.self])
        let fixed = Self.apply(findings.compactMap(\.fix).flatMap(\.edits), to: file)
        #expect(fixed.contains("\tctx, cancel := context.WithCancel(ctx)\n\tdefer cancel()\n\tx, err := os.Open(p)\n"))
        #expect(fixed.contains("\t\treturn err\n\t}\n\tdefer x.Close()\n\t_ = x.Name()"))
        #expect(Harness.lint(fixed, rules: [UnclosedFileRule.self, LostCancelRule.self]).isEmpty)
    }

    /// Issue 24 item 4: where a release exists on some paths, the fix moves it into one `defer` after the
    /// acquisition instead of adding a second: after the fix every resource is released by exactly one
    /// statement, and the finding is gone.
    @Test func releasesOnSomePathsMoveIntoOneDefer() throws {
        var moved = 0
        for code in ["GL101", "GL103", "GL104", "GL106", "GL302", "GL304"] {
            let rule = Registry.rule(named: code)!
            for example in rule.doc.triggering {
                let (source, _) = RuleExampleTests.strip(example.code)
                for finding in Self.lint(source, rule, example) where finding.fix?.edits.contains(where: { $0.endByte > $0.startByte }) == true {
                    let edits = finding.fix!.edits
                    let inserted = try #require(edits.first { $0.startByte == $0.endByte }?.newText.trimmingCharacters(in: .whitespacesAndNewlines))
                    let call = String(inserted.dropFirst("defer ".count))
                    let fixed = Self.apply(edits, to: source)
                    #expect(fixed.components(separatedBy: call).count - 1 == 1, "\(code): '\(call)' is not left exactly once:\n\(fixed)")
                    #expect(fixed.components(separatedBy: inserted).count - 1 == 1, "\(code): '\(inserted)' missing:\n\(fixed)")
                    moved += 1
                }
            }
        }
        #expect(moved >= 2, "only \(moved) examples had a release moved")
    }

    @Test func aPathLeakFixMovesTheExistingClose() {
        let file = """
            package p

            import (
            \t"net/http"
            \t"os"
            )

            func read(p string) ([]byte, error) {
            \tx, err := os.Open(p)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tinfo, err := x.Stat()
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tdata := make([]byte, info.Size())
            \t_, err = x.Read(data)
            \tx.Close()
            \treturn data, err
            }

            func status(u string) (int, error) {
            \tresp, err := http.Get(u)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tif resp.StatusCode == 204 {
            \t\treturn 204, nil
            \t}
            \tresp.Body.Close()
            \treturn resp.StatusCode, nil
            }

            """
        let rules: [any Rule.Type] = [UnclosedFileRule.self, UnclosedResponseBodyRule.self]
        let findings = Harness.lint(file, rules: rules)
        #expect(findings.count == 2 && findings.allSatisfy { $0.fix != nil }, "\(findings.map(\.message))")
        let fixed = Self.apply(findings.compactMap(\.fix).flatMap(\.edits), to: file)
        #expect(fixed.contains("\t\treturn nil, err\n\t}\n\tdefer x.Close()\n\tinfo, err := x.Stat()"))
        #expect(fixed.contains("\t_, err = x.Read(data)\n\treturn data, err"))
        #expect(fixed.contains("\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\tif resp.StatusCode == 204"))
        #expect(fixed.contains("\t}\n\treturn resp.StatusCode, nil"))
        #expect(Harness.lint(fixed, rules: rules).isEmpty)
    }

    /// A release whose result is used (`return x.Close()`) cannot move into a defer: no fix rather than a
    /// second close.
    @Test func noFixWhenAReleaseCannotMove() {
        let file = """
            package p

            import "os"

            func write(p string, b []byte) error {
            \tx, err := os.Create(p)
            \tif err != nil {
            \t\treturn err
            \t}
            \tif _, err := x.Write(b); err != nil {
            \t\treturn err
            \t}
            \treturn x.Close()
            }

            """
        let findings = Harness.lint(file, rules: [UnclosedFileRule.self])
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.fix == nil })
    }
}
