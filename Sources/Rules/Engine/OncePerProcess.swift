/// What a resource leak in code that runs once per process becomes (issue 25, `once-per-process:` in the
/// configuration). A file opened by `loadConfig`, reached only from `main`, is held until the process exits a
/// moment later: its maintainer answers "it exits right after". Reported as a `note` by default (the default
/// `--fail-level warning` does not fail on it), with the call chain that makes it once; `warning` keeps it as
/// any other finding, `off` drops it. Applies to the rules tagged `resources` and to goroutines blocked forever
/// (`blocked-goroutines`: GL201, GL202, GL205, whose finding sits on the `go` statement: a goroutine started by
/// once-per-process code is stranded once); GL203 and the growth rules keep their own meaning of once (a goroutine
/// started once is a service).
public enum OncePerProcessPolicy: String, Sendable, CaseIterable {
    case warning, note, off
}

enum OncePerProcess {
    /// Rewrites the findings of resource rules whose enclosing function runs once per process
    /// (`PackageContext.oncePerProcessChain`). `sources`: each file's bytes by display path.
    static func apply(_ policy: OncePerProcessPolicy, to findings: [Finding], package: PackageContext,
                      sources: [String: [UInt8]]) -> [Finding] {
        guard policy != .warning else { return findings }
        var result: [Finding] = []
        var chains: [String: [String]?] = [:]
        for finding in findings {
            guard finding.severity != .note, !finding.isSuppressed,
                  Registry.rule(named: finding.code)?.doc.appliesOncePerProcess == true,
                  let bytes = sources[finding.range.path],
                  let function = ModuleCallers.enclosingFunction(at: finding.range.startByte, in: bytes) else {
                result.append(finding)
                continue
            }
            let key = "\(function.receiver ?? "-") \(function.name)"
            if chains[key] == nil { chains[key] = .some(package.oncePerProcessChain(function: function.name, receiver: function.receiver)) }
            guard let chain = chains[key] ?? nil else {
                result.append(finding)
                continue
            }
            if policy == .off { continue }
            var noted = Finding(code: finding.code, name: finding.name, severity: .note, range: finding.range,
                                message: finding.message + "; held until the process exits: " + chain.joined(separator: " → "),
                                related: finding.related, fix: finding.fix)
            noted.fingerprint = finding.fingerprint
            result.append(noted)
        }
        return result
    }
}
