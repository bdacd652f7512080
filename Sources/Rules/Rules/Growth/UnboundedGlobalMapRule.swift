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
            (which might evict). Locals and parameters that shadow the map's name are not the map, and registries \
            written only by `Register…` functions (bounded by the program's code) are left alone.
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
        precision: "medium",
        tags: ["memory", "growth"],
        triggering: UnboundedGlobalMapExamples.triggering,
        nonTriggering: UnboundedGlobalMapExamples.nonTriggering)

    /// How many write sites a finding lists as related locations.
    static let relatedWriteLimit = 3

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only packages that declare a package-level map (or sync.Map) can trigger.
        guard package.anyPackageVarMentions(["map[", "sync.Map"]) else { return nil }
        return Analysis(package: package, diagnostics: diagnostics)
    }

    final class Analysis: PackageAnalysis {
        let package: PackageContext
        let diagnostics: Diagnostics

        /// Package-wide facts, by the hash of the map's name (`ByteHash`): no String per identifier.
        private var writes: [UInt64: (name: String, sites: [(range: SourceRange, function: String)], count: Int)] = [:]
        private var shrunk: Set<UInt64> = []

        private final class Frame {
            var declared: Set<UInt64> = []
            /// Names compared with `len(…)` in an `if` of this function: writes here are bounded.
            var lengthGuarded: Set<UInt64> = []
            let name: String
            let isInit: Bool
            init(name: String, isInit: Bool) { self.name = name; self.isInit = isInit }
        }
        private var frames: [Frame] = []
        private var file: GoFile!

        init(package: PackageContext, diagnostics: Diagnostics) {
            self.package = package
            self.diagnostics = diagnostics
        }

        var kinds: [KindID] {
            [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration, Kind.varSpec,
             Kind.rangeClause, Kind.assignmentStatement, Kind.incStatement, Kind.decStatement, Kind.callExpression,
             Kind.ifStatement]
        }
        var leaveKinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

        func beginFile(_ file: GoFile) -> Bool {
            self.file = file
            return true
        }

        func enter(_ node: Node, _ walk: WalkContext) {
            switch node.kind {
            case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
                enterFunction(node, walk)
            case Kind.shortVarDeclaration, Kind.varSpec, Kind.rangeClause:
                guard let frame = frames.last else { return }
                LocalDeclarations.forEachName(declaredBy: node) { frame.declared.insert($0.textHash) }
            case Kind.assignmentStatement:
                assignment(node)
            case Kind.incStatement, Kind.decStatement:
                if let target = node.namedChild(0) { write(through: target, at: node) }
            case Kind.callExpression:
                call(node)
            case Kind.ifStatement:
                noteLengthGuards(node)
            default:
                break
            }
        }

        func leave(_ node: Node, _ walk: WalkContext) { frames.removeLast() }

        // MARK: Scopes

        private func enterFunction(_ node: Node, _ walk: WalkContext) {
            let name = node.child(Field.name)?.text ?? ""
            // A func literal inside init that init calls itself (`f := func…; f(…)`) runs during init too;
            // one started as a goroutine or handed to a call (a handler) runs later.
            let runsLater = walk.parent.map { $0.is(Kind.argumentList) } == true
                || walk.ancestor(2)?.is(Kind.goStatement) == true
            let inheritsInit = node.is(Kind.funcLiteral) && frames.last?.isInit == true && !runsLater
            let frame = Frame(name: node.is(Kind.funcLiteral) ? (frames.last?.name ?? "") : name,
                              isInit: (node.is(Kind.functionDeclaration) && name == "init") || inheritsInit)
            frame.declared.formUnion(PackageDeclarations.signatureNameHashes(of: node))
            frames.append(frame)
        }

        /// The hash of the package-level name an identifier refers to, or nil for a local (or a
        /// non-identifier).
        private func globalName(_ node: Node) -> UInt64? {
            let node = unparenthesized(node)
            guard node.is(Kind.identifier), !frames.isEmpty else { return nil }
            let name = node.textHash
            return frames.contains { $0.declared.contains(name) } ? nil : name
        }

        // MARK: Events

        private func assignment(_ node: Node) {
            guard let left = node.child(Field.left) else { return }
            for target in left.namedChildren {
                if target.is(Kind.indexExpression), let operand = target.child(Field.operand) {
                    write(through: target, at: node, operand: operand)
                } else if let name = globalName(target), frames.last?.isInit == false {
                    shrunk.insert(name)  // reassigned: reset to a new map
                }
            }
        }

        private func write(through target: Node, at statement: Node, operand: Node? = nil) {
            guard target.is(Kind.indexExpression), let operand = operand ?? target.child(Field.operand),
                  let frame = frames.last, !frame.isInit, let name = globalName(operand) else { return }
            if frames.contains(where: { $0.lengthGuarded.contains(name) }) { return }
            recordWrite(name, text: unparenthesized(operand).text, at: file.range(of: statement), in: frame)
        }

        private func recordWrite(_ name: UInt64, text: String, at range: SourceRange, in frame: Frame) {
            var entry = writes[name] ?? (text, [], 0)
            entry.count += 1
            if entry.sites.count < UnboundedGlobalMapRule.relatedWriteLimit { entry.sites.append((range, frame.name)) }
            writes[name] = entry
        }

        private func call(_ call: Node) {
            guard !frames.isEmpty, let function = call.child(Field.function) else { return }
            let arguments = call.child(Field.arguments)
            if function.is(Kind.identifier) {
                if function.textEquals("delete") || function.textEquals("clear") {
                    if let first = arguments?.namedChild(0), let name = globalName(first) { shrunk.insert(name) }
                    return
                }
                if function.textEquals("len") || function.textEquals("cap") { return }
            }
            if function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
               let method = function.child(Field.field), operand.is(Kind.identifier) {
                if method.textEquals("Store") || method.textEquals("LoadOrStore") || method.textEquals("Swap") {
                    if let name = globalName(operand), let frame = frames.last, !frame.isInit,
                       !frames.contains(where: { $0.lengthGuarded.contains(name) }) {
                        recordWrite(name, text: operand.text, at: file.range(of: call), in: frame)
                    }
                } else if method.textEquals("Delete") || method.textEquals("LoadAndDelete")
                            || method.textEquals("CompareAndDelete") || method.textEquals("Clear") {
                    if let name = globalName(operand) { shrunk.insert(name) }
                }
            }
            // Handed to another function, which may evict: counted as a possible shrink (low noise).
            arguments?.forEachNamedChild { argument in
                if argument.is(Kind.identifier), let name = globalName(argument) { shrunk.insert(name) }
            }
        }

        /// `if len(m) < limit { m[k] = v }` or `if len(m) >= limit { return }`: writes in this function
        /// are bounded by the check.
        private func noteLengthGuards(_ node: Node) {
            guard let frame = frames.last, let condition = node.child(Field.condition) else { return }
            TreeWalk.forEach(condition) { child in
                if child.is(Kind.callExpression), let function = child.child(Field.function), function.textEquals("len"),
                   let argument = child.child(Field.arguments)?.namedChild(0), argument.is(Kind.identifier) {
                    frame.lengthGuarded.insert(argument.textHash)
                }
                return !child.is(Kind.funcLiteral)
            }
        }

        // MARK: Package phase

        func finishPackage() {
            for (key, entry) in writes.sorted(by: { $0.value.name < $1.value.name }) where !shrunk.contains(key) {
                let (name, sites, count) = entry
                guard let variable = package.declarations.variables[name], Self.isMap(variable) else { continue }
                // A registry (`RegisterCompressor`, `registerHelper`) grows with the program's code, not its input.
                if count == sites.count, sites.allSatisfy({ Self.isRegistration($0.function) }) { continue }
                var writers: [String] = []
                for site in sites where !site.function.isEmpty && !writers.contains(site.function) { writers.append(site.function) }
                var whereText = writers.isEmpty ? "" : " in " + writers.joined(separator: ", ")
                if count > sites.count { whereText += " (\(count) writes in all)" }
                diagnostics.report(
                    variable.location,
                    "package-level map '\(name)' only grows: it gets new keys\(whereText) but nothing in the package "
                        + "deletes from, clears or resets it; evict entries (delete, or a size cap) or use a bounded cache",
                    related: sites.map { RelatedLocation($0.range, "'\(name)' gets a new key here") })
            }
        }

        static func isRegistration(_ function: String) -> Bool {
            ["Register", "register", "MustRegister", "mustRegister"].contains { function.hasPrefix($0) }
        }

        static func isMap(_ variable: PackageDeclarations.Variable) -> Bool {
            let type = variable.typeText?.replacingOccurrences(of: " ", with: "") ?? ""
            let value = variable.valueHead?.replacingOccurrences(of: " ", with: "") ?? ""
            if type.hasPrefix("map[") || type.hasSuffix("sync.Map") { return true }
            return value.hasPrefix("map[") || value.hasPrefix("make(map[") || value.hasPrefix("sync.Map{")
                || value.hasPrefix("&sync.Map{") || value.hasPrefix("new(sync.Map)")
        }
    }
}
