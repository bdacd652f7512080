/// Every rule goleaklint has, in code order, and selection by code, name or prefix.
public enum Registry {
    public static let allRules: [any Rule.Type] = [
        UnclosedResponseBodyRule.self,
        UnfreedCMemoryRule.self,
        UnclosedFileRule.self,
        UnclosedSqlRowsRule.self,
        UnclosedNetConnRule.self,
        DeferInLoopRule.self,
        SelectForeverRule.self,
        UnstoppedTickerRule.self,
        TimeTickLeakRule.self,
        LostCancelRule.self,
        GoroutineSendLeakRule.self,
        GoroutineReceiveLeakRule.self,
        GoroutineWithoutExitRule.self,
        AbandonedPipeWriterRule.self,
        TimeAfterInLoopRule.self,
        UnboundedGlobalMapRule.self,
        UnboundedGlobalSliceRule.self,
        SyncPoolNonPointerRule.self,
        SyntaxErrorRule.self,
        UnusedSuppressionRule.self,
        MalformedSuppressionRule.self,

    ].sorted { $0.doc.code < $1.doc.code }

    /// Findings name their rule by code: asked once per finding, so a table rather than a case-insensitive scan.
    static let byCode: [String: any Rule.Type] = Dictionary(allRules.map { ($0.doc.code, $0) }, uniquingKeysWith: { first, _ in first })

    public static var allDocs: [RuleDoc] { allRules.map { $0.doc } }

    /// The rule with this exact code or name (case-insensitive code).
    public static func rule(named codeOrName: String) -> (any Rule.Type)? {
        if let exact = byCode[codeOrName] { return exact }
        return allRules.first { $0.doc.code.caseInsensitiveCompare(codeOrName) == .orderedSame || $0.doc.name == codeOrName }
    }

    /// Whether a selector (`GL1`, `GL101`, `unclosed-response-body`, `ALL`) matches a rule.
    public static func selector(_ selector: String, matches doc: RuleDoc) -> Bool {
        let upper = selector.uppercased()
        if upper == "ALL" { return true }
        if selector == doc.name { return true }
        return upper.hasPrefix("GL") && doc.code.hasPrefix(upper)
    }

    /// Whether a selector matches at least one rule (unknown selectors are user errors).
    public static func isKnownSelector(_ selector: String) -> Bool {
        allRules.contains { self.selector(selector, matches: $0.doc) }
    }

    /// The enabled rules: `select` (or the default set when empty) minus `ignore`.
    public static func enabledRules(select: [String], ignore: [String]) -> [any Rule.Type] {
        allRules.filter { rule in
            let doc = rule.doc
            let selected = select.isEmpty ? doc.enabledByDefault : select.contains { selector($0, matches: doc) }
            return selected && !ignore.contains { selector($0, matches: doc) }
        }
    }
}
