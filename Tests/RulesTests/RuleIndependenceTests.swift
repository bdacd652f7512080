import Foundation
import Testing
@testable import Rules

/// A rule's findings are the same whatever else is selected (issue 28 item 4): shared memos or gates must not
/// let one rule's questions change another's answers. Every rule alone against all rules together, over the
/// rule fixtures (their real-world reproductions included), the demo and the semantic fixtures, with tests on.
struct RuleIndependenceTests {
    static let corpora = ["rules", "demo", "semantic"].map { Harness.testdata.appendingPathComponent($0).path + "/..." }

    static func findings(select: [String]) -> [String] {
        let outcome = LintSession.run(LintSessionTests.request(corpora) {
            $0.select = select
            $0.tests = true
            $0.jobs = 2
        })
        return outcome.findings.map { "\($0.code) \($0.range.path):\($0.range.start.line):\($0.range.start.column) \($0.message)" }
    }

    /// What differs between a rule run alone and the same rule among all: empty when they agree.
    static func difference(_ code: String, alone: [String], together: [String]) -> String? {
        guard alone != together else { return nil }
        let onlyAlone = Set(alone).subtracting(together).sorted().prefix(3).joined(separator: " | ")
        let onlyTogether = Set(together).subtracting(alone).sorted().prefix(3).joined(separator: " | ")
        return code + ": alone " + String(alone.count) + ", with all " + String(together.count)
            + "; only alone: " + onlyAlone + "; only with all: " + onlyTogether
    }

    @Test func eachRuleAloneFindsWhatItFindsAmongAll() {
        // Meta rules judge the other rules' directives (GL001: "suppresses nothing") and are left out.
        let codes = Registry.allRules.map { $0.doc.code }.filter { !$0.hasPrefix("GL0") }
        let all = Self.findings(select: ["ALL"])
        var differing: [String] = []
        for code in codes {
            let together = all.filter { $0.hasPrefix(code + " ") }
            if let difference = Self.difference(code, alone: Self.findings(select: [code]), together: together) {
                differing.append(difference)
            }
        }
        let report = differing.joined(separator: "\n")
        #expect(differing.isEmpty, "\(report)")
        let total = all.count
        #expect(total > 100, "the corpora must give the rules something to find: \(total)")
    }
}
