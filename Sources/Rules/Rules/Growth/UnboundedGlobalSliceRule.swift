/// GL402: a package-level slice that ordinary functions append to and nothing in the package ever
/// truncates, resets or replaces.
public struct UnboundedGlobalSliceRule: Rule {
    public static let doc = RuleDoc(
        code: "GL402",
        name: "unbounded-global-slice",
        title: "Package-level slice only grows",
        severity: .warning,
        whatItDoes: """
            Finds package-level slices that functions other than `init` grow with `s = append(s, …)` while no \
            file of the package ever shrinks them: no other assignment to the slice (`s = s[:0]`, `s = nil`, \
            `s = s[1:]`, `s = append(s[:0], …)`, `s = fresh`), no `&s` handed out (through which it may be reset), \
            and no `len(s)` guard around the appends. Locals and parameters that shadow the slice's name are not \
            the slice. Slices grown only at start-up (`init`, `main`, `TestMain` and functions only they call, or a \
            function handed to a package-level `sync.Once`'s `Do`) or by registries (`Register…`, `Add…`, `Must…`) are left alone: they grow with the program's code, not \
            its input. Arrays cannot grow and are never reported.

            Uses the same package-wide view as GL401: every file of the package, tests included, counts when \
            looking for a reset.
            """,
        whyIsThisBad: """
            A global slice that collects events, errors, callbacks or samples on every request keeps all of them, \
            and everything they point to, for the life of the process. Each `append` past the capacity also \
            copies the whole backing array, so the climb in heap comes with growing pauses. It never shows in a \
            test, only as memory that rises until the process is OOM-killed.
            """,
        example: """
            var auditLog []Event

            func Record(e Event) {
                mu.Lock()
                defer mu.Unlock()
                auditLog = append(auditLog, e)
            }
            """,
        useInstead: """
            const maxAudit = 1024

            var auditLog []Event

            func Record(e Event) {
                mu.Lock()
                defer mu.Unlock()
                if len(auditLog) == maxAudit {
                    auditLog = auditLog[1:] // drop the oldest
                }
                auditLog = append(auditLog, e)
            }
            """,
        precision: "high",
        tags: ["memory", "growth"],
        triggering: UnboundedGlobalSliceExamples.triggering,
        nonTriggering: UnboundedGlobalSliceExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only a package where some package-level slice is grown in place (`s = append(s`) can trigger:
        // the byte search costs far less than walking every call of the package.
        let names = package.packageVarNames(mentioning: ["[]"])
        let grown = names.filter { package.selfAppendTargets.contains(ByteHash.of($0)) }
        guard !grown.isEmpty else { return nil }
        return GlobalGrowthAnalysis(.slice, candidates: grown, package: package, diagnostics: diagnostics)
    }
}
