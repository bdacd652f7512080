import Testing
@testable import Rules

/// SwiftLint-style: every rule's documented examples are its first tests. Triggering examples must
/// report exactly at their `↓` markers; non-triggering ones must stay silent; and no example may
/// trigger once commented out, put in a raw string, or covered by an ignore directive. A multibyte
/// prefix must shift columns by its byte length and nothing else.
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let index: Int
        let triggering: Bool
        let example: Example
        var testDescription: String { "\(code) \(triggering ? "triggering" : "non-triggering") #\(index)" }
    }

    static let cases: [Case] = Registry.allRules.flatMap { rule -> [Case] in
        let doc = rule.doc
        return doc.triggering.enumerated().map { Case(code: doc.code, index: $0.offset, triggering: true, example: $0.element) }
            + doc.nonTriggering.enumerated().map { Case(code: doc.code, index: $0.offset, triggering: false, example: $0.element) }
    }

    /// The example's code without markers, and the (line, column) of each marker in bytes.
    static func strip(_ code: String) -> (String, [SourcePosition]) {
        var clean = ""
        var positions: [SourcePosition] = []
        var line = 1, column = 1
        for character in code {
            if character == Example.marker {
                positions.append(SourcePosition(line: line, column: column))
                continue
            }
            clean.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += character.utf8.count }
        }
        return (clean, positions)
    }

    static func findings(_ source: String, _ item: Case) -> [Finding] {
        let rule = Registry.rule(named: item.code)!
        // Suppression audits (GL001, GL002) judge directives against the other rules' findings.
        let rules = rule.doc.code == "GL001" || rule.doc.code == "GL002"
            ? Registry.enabledRules(select: [], ignore: []) : [rule]
        return Harness.lint(source, fileName: item.example.fileName, rules: rules,
                            options: [item.code: item.example.options], goVersion: item.example.goVersion)
            .filter { $0.code == item.code }
    }

    @Test(arguments: cases)
    func example(_ item: Case) {
        let (source, expected) = Self.strip(item.example.code)
        // The flag is part of the example: a "triggering" example must mark a finding, a non-triggering
        // one none.
        #expect(item.triggering == !expected.isEmpty,
                "\(item.testDescription) has \(expected.count) ↓ markers")
        let actual = Self.findings(source, item).map(\.range.start)
        #expect(actual == expected.sorted(), "\(item.testDescription)\n\(source)")

        guard item.example.testMutations else { return }
        let commented = "package p\n\n" + source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "// " + $0 }.joined(separator: "\n")
        #expect(Self.findings(commented, item).isEmpty, "commented out: \(item.testDescription)")

        let raw = "package p\n\nvar s = `" + source.replacingOccurrences(of: "`", with: "'") + "`\n"
        #expect(Self.findings(raw, item).isEmpty, "in a raw string: \(item.testDescription)")

        let prefix = "/* ÿ日本 */ "
        let shifted = Self.findings(prefix + source, item).map(\.range.start)
        let expectedShifted = expected.sorted().map {
            $0.line == 1 ? SourcePosition(line: 1, column: $0.column + prefix.utf8.count) : $0
        }
        #expect(shifted == expectedShifted, "after a multibyte prefix: \(item.testDescription)")

        // A file-ignore of GL001 that silences nothing is exactly what GL001 reports: not a mutation for it.
        guard item.code != UnusedSuppressionRule.doc.code else { return }
        let ignored = "//goleaklint:file-ignore \(item.code) example under test\n" + source
        #expect(Self.findings(ignored, item).isEmpty, "with an ignore directive: \(item.testDescription)")
    }
}
