import Foundation

/// Renders rule documentation: `explain`, `rules --format markdown|json`, and the README's table.
public enum RuleCatalog {
    public static func explanation(_ doc: RuleDoc) -> String {
        var text = "\(doc.code) \(doc.name): \(doc.title)\n"
        text += "Default severity: \(doc.severity.rawValue)\(doc.enabledByDefault ? "" : " (off by default)")\n\n"
        text += "What it does\n\(indent(doc.whatItDoes))\n\n"
        text += "Why is this bad\n\(indent(doc.whyIsThisBad))\n\n"
        text += "Example\n\(indent(doc.example))\n\n"
        text += "Use instead\n\(indent(doc.useInstead))\n"
        if let notes = doc.goVersionNotes { text += "\nGo versions\n\(indent(notes))\n" }
        if !doc.options.isEmpty { text += "\nOptions\n\(indent(doc.options.joined(separator: ", ")))\n" }
        return text
    }

    public static func markdownTable(_ docs: [RuleDoc]) -> String {
        var lines = ["| Code | Name | Severity | What it finds |", "|---|---|---|---|"]
        for doc in docs {
            lines.append("| \(doc.code) | `\(doc.name)` | \(doc.severity.rawValue) | \(doc.title) |")
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ docs: [RuleDoc]) -> String {
        let objects: [[String: Any]] = docs.map { doc in
            ["code": doc.code, "name": doc.name, "title": doc.title, "severity": doc.severity.rawValue,
             "category": doc.category, "enabledByDefault": doc.enabledByDefault, "url": doc.url,
             "whatItDoes": doc.whatItDoes, "whyIsThisBad": doc.whyIsThisBad, "example": doc.example,
             "useInstead": doc.useInstead]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
