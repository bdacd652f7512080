/// GL401: a package-level map (or sync.Map) that ordinary functions add keys to and nothing in the
/// package ever shrinks.
public struct UnboundedGlobalMapRule: Rule {
    public static let doc = RuleDoc(
        code: "GL401",
        name: "unbounded-global-map",
        title: "Package-level map only grows",
        severity: .warning,
        whatItDoes: """
            Finds package-level maps and `sync.Map`s that functions other than `init` write new keys to \
            (`m[k] = v`, `m[k] += v`, `m[k]++`, `Store`, `LoadOrStore`, `Swap`) while no file of the package ever \
            shrinks them: no `delete`, `clear`, reassignment, `Delete`/`LoadAndDelete`/`CompareAndDelete`/\
            `Clear`, no `len(m)` guard around the writes, and the map is never handed to another function \
            (which might evict). Locals and parameters that shadow the map's name are not the map. Keys from a \
            bounded set are left alone: constants and literals, range variables over a fixed package-level list, \
            key types such as `reflect.Type`, bool or an enum of the package; so are maps written only at start-up \
            (`init`, `main`, `TestMain` and functions only they call, or a function handed to a package-level \
            `sync.Once`'s `Do`) or by registries (`Register…`, `Add…`, \
            `Must…`).

            **Off by default** (`--select GL401`, or `select: [GL401]` in `.goleaklint.yml`): whether keys are \
            bounded usually depends on configuration or on the program's types, which a syntactic analysis cannot \
            see. Measured on 29 public repositories (2026-11-30, non-test code): 8 of 30 findings were real \
            growth (precision 0.27); the rest were keyed by configured names, types or fixed sets.
            """,
        whyIsThisBad: """
            A global map keyed by request data (session ids, user ids, URLs) grows for the life of the process. \
            It never shows up as a leak in a test, only as a slow climb of heap in production until the process \
            is OOM-killed. Go maps also never shrink their bucket arrays, so even a later cleanup keeps the peak.
            """,
        example: """
            var sessions = map[string]*Session{}

            func Remember(id string, s *Session) {
                mu.Lock()
                defer mu.Unlock()
                sessions[id] = s
            }
            """,
        useInstead: """
            var sessions = map[string]*Session{}

            func Remember(id string, s *Session) {
                mu.Lock()
                defer mu.Unlock()
                sessions[id] = s
            }

            func Forget(id string) {
                mu.Lock()
                defer mu.Unlock()
                delete(sessions, id)
            }
            """,
        enabledByDefault: false,
        precision: "low",
        tags: ["memory", "growth"],
        triggering: UnboundedGlobalMapExamples.triggering,
        nonTriggering: UnboundedGlobalMapExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only packages where some package-level map (or sync.Map) is indexed or stored to can trigger.
        let names = package.packageVarNames(mentioning: ["map[", "sync.Map"])
        let written = names.filter { package.indexedOrStoredNames.contains(ByteHash.of($0)) }
        guard !written.isEmpty else { return nil }
        return GlobalGrowthAnalysis(.map, candidates: written, package: package, diagnostics: diagnostics)
    }
}
