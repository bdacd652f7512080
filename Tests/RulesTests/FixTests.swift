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
}
