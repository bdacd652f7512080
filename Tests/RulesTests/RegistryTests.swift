import Foundation
import Testing
@testable import Rules

/// The catalog is data: codes, names and docs are checked like code.
struct RegistryTests {
    @Test func codesAndNamesAreWellFormedAndUnique() throws {
        let docs = Registry.allDocs
        let codePattern = try Regex("^GL\\d{3}$")
        let namePattern = try Regex("^[a-z]+(-[a-z0-9]+)*$")
        for doc in docs {
            #expect(doc.code.wholeMatch(of: codePattern) != nil, "\(doc.code)")
            #expect(doc.name.wholeMatch(of: namePattern) != nil, "\(doc.name)")
        }
        #expect(Set(docs.map(\.code)).count == docs.count)
        #expect(Set(docs.map(\.name)).count == docs.count)
    }

    @Test func docsAreComplete() {
        for doc in Registry.allDocs {
            for (label, text) in [("title", doc.title), ("what", doc.whatItDoes), ("why", doc.whyIsThisBad),
                                  ("example", doc.example), ("use instead", doc.useInstead)] {
                #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(doc.code) lacks \(label)")
            }
            #expect(!doc.triggering.isEmpty, "\(doc.code) has no triggering example")
            #expect(!doc.nonTriggering.isEmpty, "\(doc.code) has no non-triggering example")
        }
    }

    /// Issue 26: a rule that stays opt-in says what its measurements found, so a user can judge turning it on.
    @Test func optInRulesStateTheirMeasuredPrecision() {
        for doc in Registry.allDocs where !doc.enabledByDefault && !doc.tags.contains("meta") {
            #expect(doc.measured?.isEmpty == false, "\(doc.code) is off by default and states no measured precision")
        }
        #expect(RuleCatalog.explanation(UnboundedGlobalMapRule.doc).contains("Measured precision"))
    }

    @Test func coreRulesHaveEnoughExamples() {
        for doc in Registry.allDocs where doc.category != "meta" {
            #expect(doc.triggering.count >= 8, "\(doc.code) has \(doc.triggering.count) triggering examples")
            #expect(doc.nonTriggering.count >= 12, "\(doc.code) has \(doc.nonTriggering.count) non-triggering examples")
        }
    }

    /// `Sources/Rules/Rules/<Category>/` must match the code's category digit.
    @Test func categoryDigitMatchesFolder() throws {
        let folders = ["meta": "Meta", "resources": "Resources", "goroutines": "Goroutines", "timers": "Timers",
                       "growth": "Growth"]
        let rulesRoot = Harness.repositoryRoot.appendingPathComponent("Sources/Rules/Rules")
        for type in Registry.allRules {
            let doc = type.doc
            let fileName = "\(String(describing: type)).swift"
            let folder = try #require(folders[doc.category], "\(doc.code) has an unknown category digit")
            let path = rulesRoot.appendingPathComponent(folder).appendingPathComponent(fileName).path
            #expect(FileManager.default.fileExists(atPath: path), "\(doc.code) should live in \(folder)/\(fileName)")
        }
    }

    @Test func selectorsMatchByCodeNameAndPrefix() {
        let gl1 = Registry.enabledRules(select: ["GL1"], ignore: []).map { $0.doc.code }
        #expect(!gl1.isEmpty && gl1.allSatisfy { $0.hasPrefix("GL1") })
        #expect(Registry.enabledRules(select: ["unclosed-response-body"], ignore: []).map { $0.doc.code } == ["GL101"])
        #expect(!Registry.enabledRules(select: [], ignore: ["GL101"]).contains { $0.doc.code == "GL101" })
        #expect(!Registry.isKnownSelector("GL999"))
    }
}

/// The README's rule table is generated from the registry; this keeps it honest.
struct ReadmeTests {
    @Test func ruleTableIsCurrent() throws {
        let readme = try String(contentsOf: Harness.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(table == RuleCatalog.markdownTable(Registry.allDocs) + "\n",
                "README rule table is stale: paste `goleaklint rules --format markdown` between the markers")
    }
}

/// docs/rules.md is what every rule URL (SARIF helpUri, JSON url) points at.
struct RuleDocsFileTests {
    @Test func docsFileIsCurrent() throws {
        let file = try String(contentsOf: Harness.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(file == RuleCatalog.markdownReference(Registry.allDocs),
                "docs/rules.md is stale: run scripts/update-generated.sh")
        for doc in Registry.allDocs {
            #expect(file.contains("\n## \(doc.code) \(doc.name)\n"), "no heading for \(doc.url)")
        }
    }
}
