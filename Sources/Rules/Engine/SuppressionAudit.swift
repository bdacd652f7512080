/// Applies suppression directives to a package's findings and audits the directives themselves:
/// GL002 for a goleaklint directive without a reason or naming an unknown rule, GL001 for one that
/// suppressed nothing. Meta findings are themselves subject to the directives (a file-ignore of GL001
/// silences GL001), without counting as uses.
struct SuppressionAudit {
    /// Enabled rules by code, with their configured severity.
    let enabled: [String: Severity]
    /// Report peer directives that silence none of our findings (`--audit-peer-directives`).
    var auditsPeerDirectives = false

    /// `peersRunning`: whether a golangci-lint linter still runs where the package is (`PeerLinterSetup`), asked
    /// only for a peer directive that silenced nothing of ours.
    func apply(_ findings: [Finding], _ directives: [Suppression], peersRunning: (String) -> Bool = { _ in true }) -> [Finding] {
        var findings = findings
        var used = [Bool](repeating: false, count: directives.count)
        for index in findings.indices {
            for (position, directive) in directives.enumerated() where directive.covers(findings[index]) {
                findings[index].isSuppressed = true
                used[position] = true
            }
        }
        var meta: [(finding: Finding, source: Int)] = []
        for (position, directive) in directives.enumerated() where directive.isAudited || directive.namesASpecificEquivalent {
            // A peer's directive that silenced nothing of ours is stale when its linter no longer runs here (a team
            // that migrated), or always with `--audit-peer-directives`; while the linter runs it answers that linter.
            let peerGone = directive.isPeer && !directive.peerLinters.contains { $0.map(peersRunning) ?? true }
            guard directive.isAudited || auditsPeerDirectives || peerGone else { continue }
            let unknown = directive.rules.filter { Registry.rule(named: $0) == nil }
            if directive.isAudited, let severity = enabled[MalformedSuppressionRule.doc.code] {
                if directive.form.hasPrefix("goleaklint:"), directive.rules.isEmpty {
                    meta.append((finding(MalformedSuppressionRule.doc, severity, directive,
                                        "//\(directive.form) names no rule: write the codes it silences, then a reason"), position))
                } else if !unknown.isEmpty {
                    meta.append((finding(MalformedSuppressionRule.doc, severity, directive,
                                        "//\(directive.form) names unknown rule '\(unknown[0])': see `goleaklint rules`"), position))
                } else if directive.reason.isEmpty {
                    meta.append((finding(MalformedSuppressionRule.doc, severity, directive,
                                        "//\(directive.form) has no reason: say why the finding is wrong or acceptable"), position))
                } else if Suppression.isPlaceholder(directive.reason) {
                    meta.append((finding(MalformedSuppressionRule.doc, severity, directive,
                                        "//\(directive.form) has a placeholder reason ('\(directive.reason)'): replace it with why the finding is wrong or acceptable"), position))
                }
            }
            // Only a directive whose rules all ran can be known to be unused.
            let ran = directive.rules.isEmpty || directive.rules.allSatisfy { name in
                Registry.rule(named: name).map { enabled[$0.doc.code] != nil } ?? false
            }
            if !used[position], ran, unknown.isEmpty, let severity = enabled[UnusedSuppressionRule.doc.code] {
                let names = directive.peerNames.joined(separator: ", ")
                let message = !directive.isPeer ? "//\(directive.form) suppresses nothing here: remove it"
                    : peerGone ? "//\(directive.form) suppresses no goleaklint finding here (\(peerMeaning(directive))), and no golangci-lint "
                        + "configuration here enables \(directive.peerLinters.compactMap { $0 }.joined(separator: ", ")): remove it"
                    : "//\(directive.form) suppresses no goleaklint finding here (\(peerMeaning(directive))): remove it, or run with "
                        + "--no-peer-directives if \(names) still needs it"
                meta.append((finding(UnusedSuppressionRule.doc, severity, directive, message), position))
            }
        }
        // A directive never silences the finding about itself.
        for index in meta.indices {
            let (finding, source) = meta[index]
            if directives.indices.contains(where: { $0 != source && directives[$0].covers(finding) }) {
                meta[index].finding.isSuppressed = true
            }
        }
        return findings + meta.map(\.finding)
    }

    /// `bodyclose = GL101`: what a peer's names stand for here.
    private func peerMeaning(_ directive: Suppression) -> String {
        directive.peerNames.map { "\($0) = \(Suppression.equivalentRules(of: [$0]).joined(separator: "/"))" }.joined(separator: ", ")
    }

    private func finding(_ doc: RuleDoc, _ severity: Severity, _ directive: Suppression, _ message: String) -> Finding {
        Finding(code: doc.code, name: doc.name, severity: severity, range: directive.range, message: message)
    }
}
