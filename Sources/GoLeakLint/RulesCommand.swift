import ArgumentParser
import Foundation
import Rules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown, docs }

    @Option(help: "text | json | markdown (the README table) | docs (docs/rules.md)") var format: Format = .text

    func run() {
        let docs = Registry.allDocs
        switch format {
        case .text:
            for doc in docs {
                let state = doc.enabledByDefault ? "" : " (off by default" + (doc.measured.map { "; measured \($0)" } ?? "") + ")"
                print("\(doc.code)  \(doc.name.padding(toLength: 28, withPad: " ", startingAt: 0)) "
                      + "\(doc.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(doc.title)\(state)")
            }
        case .markdown:
            print(RuleCatalog.markdownTable(docs))
        case .json:
            print(RuleCatalog.json(docs))
        case .docs:
            print(RuleCatalog.markdownReference(docs), terminator: "")
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule.")

    @Argument(help: "A rule code or name: GL101, unclosed-response-body") var rule: String

    func run() throws {
        guard let type = Registry.rule(named: rule) else {
            printError("unknown rule '\(rule)' (see 'goleaklint rules')")
            throw ExitCode(Exit.trouble)
        }
        print(RuleCatalog.explanation(type.doc), terminator: "")
    }
}
