import Testing
@testable import Rules

/// The `Example` and `Use instead` snippets are what `explain`, docs/rules.md and SARIF's help show a
/// user, so they must be true: each `Example` triggers its rule and each `Use instead` is clean. The
/// snippets are fragments for reading; `DocSnippet.file` makes a whole file of one (package clause,
/// the imports it uses, and a function around statements) without changing what it says.
struct DocSnippetTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let snippet: String
        let isExample: Bool
        var testDescription: String { "\(code) \(isExample ? "Example" : "Use instead")" }
    }

    static let cases: [Case] = Registry.allRules.flatMap { rule -> [Case] in
        [Case(code: rule.doc.code, snippet: rule.doc.example, isExample: true),
         Case(code: rule.doc.code, snippet: rule.doc.useInstead, isExample: false)]
    }

    @Test(arguments: cases)
    func snippet(_ item: Case) {
        let source = DocSnippet.file(item.snippet)
        let rule = Registry.rule(named: item.code)!
        // The suppression audits judge directives against every other rule's findings.
        let rules = item.code == "GL001" || item.code == "GL002" ? Registry.allRules : [rule]
        let all = Harness.lint(source, rules: rules + [SyntaxErrorRule.self])
        let own = all.filter { $0.code == item.code }
        if item.isExample {
            #expect(!own.isEmpty, "the Example of \(item.code) does not trigger it:\n\(source)")
        } else {
            #expect(own.isEmpty, "the Use instead of \(item.code) triggers it:\n\(source)")
        }
        // A snippet shown to users parses (GL003's Example is the one deliberate exception).
        if !(item.code == SyntaxErrorRule.doc.code && item.isExample) {
            #expect(all.filter { $0.code == SyntaxErrorRule.doc.code }.isEmpty, "\(item.testDescription) has a syntax error:\n\(source)")
        }
    }

    @Test func wrapperKeepsDeclarationsAndWrapsStatements() {
        #expect(DocSnippet.file("var m = map[string]int{}").contains("\nvar m = map[string]int{}\n"))
        #expect(!DocSnippet.file("var m = map[string]int{}").contains("func example"))
        let wrapped = DocSnippet.file("resp, err := http.Get(u)")
        #expect(wrapped.contains("import (\n\t\"net/http\"\n)"))
        #expect(wrapped.contains("func example() error {\n\tresp, err := http.Get(u)\n}"))
        #expect(DocSnippet.file("p := C.malloc(1)").contains("// #include <stdlib.h>\nimport \"C\"\n"))
        #expect(DocSnippet.file("package q\n").hasPrefix("package q\n"))
    }
}

/// Turns a documentation snippet into a Go file.
enum DocSnippet {
    /// Packages a snippet may name, by the identifier it uses.
    static let importPaths: [(name: String, path: String)] = [
        ("context", "context"), ("io", "io"), ("http", "net/http"), ("net", "net"), ("os", "os"),
        ("sql", "database/sql"), ("sync", "sync"), ("time", "time"), ("tls", "crypto/tls"), ("unsafe", "unsafe"),
    ]

    static func file(_ snippet: String) -> String {
        if snippet.hasPrefix("package ") || snippet.contains("\npackage ") { return snippet + "\n" }
        var text = "package p\n\n"
        // cgo wants `import "C"` on its own, after the preamble comment (here: stdlib.h for C.free).
        if snippet.contains("C.") { text += "// #include <stdlib.h>\nimport \"C\"\n\n" }
        let used = importPaths.filter { snippet.range(of: #"(?<![\w.])\#($0.name)\."#, options: .regularExpression) != nil }
        if !used.isEmpty { text += "import (\n" + used.map { "\t\"\($0.path)\"\n" }.joined() + ")\n\n" }
        let firstWord = snippet.drop { $0 == "/" || $0 == " " }.prefix { $0.isLetter }
        let isDeclarations = ["var", "func", "type", "const"].contains(firstWord)
            && !snippet.hasPrefix("//goleaklint:ignore")
        if isDeclarations { return text + snippet + "\n" }
        let body = snippet.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "\t" + $0 }
        return text + "func example() error {\n" + body.joined(separator: "\n") + "\n}\n"
    }
}
