/// Follows acquired values through one package, in the engine's single walk: which local names stand
/// for a value (aliases like `b := resp.Body`, conversions like `cp := (*C.char)(p)`), and what each
/// use does to ownership. A func literal is its own function but sees its enclosing function's names,
/// so a close inside `defer func() { … }()` counts for the enclosing function.
///
/// Parameters of the package's functions are tracked the same way, which yields per-function
/// summaries ("`drain` closes its first argument") that `resolve` uses across files.
public final class OwnershipTracker {
    /// Kinds a rule using the tracker must forward to `enter`, and to `leave`.
    public static let kinds: [KindID] = [
        Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.callExpression, Kind.identifier,
        Kind.shortVarDeclaration, Kind.assignmentStatement, Kind.varSpec, Kind.rangeClause, Kind.returnStatement,
    ]
    public static let leaveKinds: [KindID] = [
        Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration,
        Kind.assignmentStatement, Kind.varSpec,
    ]

    public enum Resolution: Equatable { case released, escaped, open }

    /// The rule's analysis owns the tracker, so the tracker must not own it back.
    private unowned let vocabulary: OwnershipVocabulary
    /// Every acquisition of the package so far, in walk order.
    public private(set) var acquisitions: [TrackedValue] = []
    /// Same-package function → parameter index → tracked parameters (several functions may share a name).
    private var summaries: [CalleeKey: [Int: [TrackedValue]]] = [:]

    private final class Frame {
        /// Bound names; `block` is the id of the node holding the binding statement.
        /// `statement` is the id of the binding statement (0 for parameters).
        var values: [(name: String, value: TrackedValue, block: UInt, statement: UInt, target: Node?)] = []
        /// Names declared in the function, by `ByteHash` (no String per declaration: every tracker sees
        /// every function).
        var declared: Set<UInt64> = []
        var namedResults: Set<UInt64> = []
        /// Allocated when first needed: most functions acquire nothing.
        lazy var returns = ReturnLog()
        /// Acquisitions that must be used on every path (decided when the function is left).
        var everyPathValues: [TrackedValue] = []
        /// Every acquisition of the function (can the function be left after it at all?).
        var acquired: [TrackedValue] = []
        /// The body of `go func() { … }()`.
        var isGoroutine = false
        /// The body of `defer func() { … }()`: it reads its enclosing function's variables when that returns.
        var isDeferred = false
        /// For variables of this function that a deferred closure uses before any value is bound to them: a
        /// stand-in recording what the closure does to whatever the variable holds at exit (never reported).
        var deferredStandIns: [UInt64: TrackedValue] = [:]
        /// Where each name was declared (byte offset of the declaring statement), for loop checks.
        var declaredAt: [UInt64: Int] = [:]

        /// Whether `name` was declared inside `loop` (then each pass has its own variable).
        func declaredIn(_ loop: Node, name: UInt64) -> Bool {
            guard let offset = declaredAt[name] else { return false }
            return offset >= loop.startByte && offset < loop.endByte
        }
    }

    private var frames: [Frame] = []
    /// Values overwritten by a statement in the same block as their binding, forgotten once the statement
    /// is left (its right side still sees them: `p = C.realloc(p, n)` passes the old p). Re-assignments
    /// in another block (a branch) keep both values: `if … { r, err = a() } else { r, err = b() }`.
    private var pendingUnbinds: [UInt: [TrackedValue]] = [:]
    /// Tracked names across open frames: when zero (most functions), identifiers are rejected at once.
    private var trackedNames = 0

    public init(vocabulary: OwnershipVocabulary) {
        self.vocabulary = vocabulary
    }

    // MARK: Walk hooks

    public func enter(_ node: Node, _ walk: WalkContext) {
        switch node.kind {
        case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
            enterFunction(node, walk)
        case Kind.identifier:
            if trackedNames > 0 || frames.last?.isDeferred == true, !frames.isEmpty { use(node, walk) }
        case Kind.callExpression:
            if !frames.isEmpty { acquire(node, walk) }
        case Kind.returnStatement:
            // Only functions holding a tracked value need their returns (a path that may leak it).
            if let frame = frames.last, !frame.values.isEmpty { frame.returns.sites.append(returnSite(node, walk)) }
        case Kind.shortVarDeclaration, Kind.varSpec, Kind.rangeClause:
            // A re-assigned name keeps its earlier values too: the analysis is flow-insensitive, so
            // `if … { resp, err = a() } else { resp, err = b() }; defer resp.Body.Close()` closes both.
            guard let frame = frames.last else { return }
            let start = node.startByte
            for hash in walk.declaredNameHashes(node) {
                frame.declared.insert(hash)
                frame.declaredAt[hash] = start
            }
        default:
            break
        }
    }

    public func leave(_ node: Node, _ walk: WalkContext) {
        switch node.kind {
        case Kind.shortVarDeclaration, Kind.assignmentStatement, Kind.varSpec:
            guard let overwritten = pendingUnbinds.removeValue(forKey: node.id), let frame = frames.last else { return }
            let before = frame.values.count
            frame.values.removeAll { entry in overwritten.contains { $0 === entry.value } }
            trackedNames -= before - frame.values.count
        case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
            guard let frame = frames.popLast() else { return }
            trackedNames -= frame.values.count
            guard !frame.acquired.isEmpty else { return }
            // Path questions are asked of the function's control-flow graph (built once, shared by every rule).
            let graph = walk.semantics.controlFlow(of: node)
            let end = Self.endOfBody(node, walk)
            func exitSet(_ exits: PathSearch.Exits) -> TrackedValue.ExitSet {
                TrackedValue.ExitSet(returns: exits.returns.map(\.startByte), end: exits.fallsOffEnd ? end : nil,
                                     overwrites: exits.ended.map { walk.file.range(of: $0) }, loopsBack: exits.loopsBack)
            }
            for value in frame.acquired {
                let start = value.site.startByte
                value.canExit = !PathSearch.exits(graph, from: start, avoiding: []).isEmpty
                if value.everyPath { continue }
                if value.releasedAtExit {
                    value.pathExits = (TrackedValue.ExitSet(), TrackedValue.ExitSet())
                    continue
                }
                let discharges = value.eventOffsets.filter { $0.event == .released || $0.event == .escaped }.map(\.offset)
                let handOffs = value.eventOffsets.filter { if case .handedOff = $0.event { return true } else { return false } }.map(\.offset)
                let semantics = walk.semantics
                let derived = vocabulary.derivedFields
                func declared(_ node: Node, _ declaration: Int?) -> Bool {
                    guard let declaration, node.is(Kind.identifier) else { return false }
                    return semantics.symbol(node)?.declaration.startByte == declaration
                }
                // `err` checks the acquisition only until it is assigned again (`_, err = f.Write(b)`): past that, on
                // the path, `if err != nil { return err }` is another call's failure, with the value open. An
                // assignment of the value too (`out, err = os.Create(b)` in another branch) acquires it again: its
                // error guards the value again. Read once per value, only when it has an error variable.
                let errorFlow: (stale: [Int], fresh: [Int]) = value.errorDeclaration == nil ? ([], [])
                    : Self.errorAssignments(after: value.site.endByte, in: node,
                                            isError: { declared($0, value.errorDeclaration) },
                                            isValue: { declared($0, value.valueDeclaration) })
                func checks(_ isError: @escaping (Node) -> Bool) -> (Node, Bool) -> Bool {
                    PathSearch.nilChecks(
                        isValue: { node in
                            if node.is(Kind.selectorExpression), let operand = node.child(Field.operand), let field = node.child(Field.field) {
                                return derived.contains(where: { field.textEquals($0) }) && declared(operand, value.valueDeclaration)
                            }
                            return declared(node, value.valueDeclaration)
                        },
                        isError: isError,
                        isPackage: { node, path in
                            if case .imported(let imported) = semantics.resolve(node) { return imported == path }
                            return false
                        },
                        releasedWhenFalse: vocabulary.releasedWhenFalse)
                }
                let blocked = checks { declared($0, value.errorDeclaration) }
                let blockedWhenStale = errorFlow.stale.isEmpty ? nil : checks { _ in false }
                let ending = value.overwrittenAt
                let strict = exitSet(PathSearch.exits(graph, from: start, avoiding: discharges + handOffs, ending: ending, blocked: blocked,
                                                      errorFlow: errorFlow, blockedWhenStale: blockedWhenStale))
                let lenient = handOffs.isEmpty ? strict
                    : exitSet(PathSearch.exits(graph, from: start, avoiding: discharges, ending: ending, blocked: blocked,
                                               errorFlow: errorFlow, blockedWhenStale: blockedWhenStale))
                value.pathExits = (strict, lenient)
            }
            // A use of the variable counts whichever value it held when the walk passed it (go vet's lostcancel):
            // `cancel()` before `ctx, cancel = context.WithCancel(…)` in a loop is reached by the next value too.
            // Read from the function's body, as the binder resolves names: also the uses the walk passed before
            // the variable held any tracked value (`if cancel != nil { cancel() }` above the loop's WithCancel).
            var mentionsOfVariable: [Int: [Int]] = [:]
            for value in frame.everyPathValues {
                guard let declaration = value.valueDeclaration, let name = value.name, mentionsOfVariable[declaration] == nil else { continue }
                mentionsOfVariable[declaration] = Self.uses(of: declaration, named: name, in: node, walk.semantics)
            }
            for value in frame.everyPathValues where value.name != nil {
                let mentions = value.mentions + (value.valueDeclaration.flatMap { mentionsOfVariable[$0] } ?? [])
                let exits = PathSearch.exits(graph, from: value.site.startByte,
                                             avoiding: value.eventOffsets.map(\.offset) + mentions)
                value.reachesEndUnused = exits.fallsOffEnd ? end : nil
                value.returnsReachedUnused = Set(exits.returns.map(\.startByte))
            }
        default:
            // Only the kinds of `leaveKinds` come here; anything else must not pop a function's frame.
            break
        }
    }

    private func enterFunction(_ node: Node, _ walk: WalkContext) {
        let frame = Frame()
        // Shared with the other analyses that read it (one per tracker rule): read once per function.
        let signature = walk.signature(of: node)
        for entry in signature.receiver { if let name = entry.name { frame.declared.insert(name.textHash) } }
        for entry in signature.results {
            if let name = entry.name { frame.declared.insert(name.textHash); frame.namedResults.insert(name.textHash) }
        }
        let summarised = !node.is(Kind.funcLiteral)
        frame.isGoroutine = node.is(Kind.funcLiteral) && walk.ancestor(1)?.is(Kind.callExpression) == true
            && walk.ancestor(2)?.is(Kind.goStatement) == true
        frame.isDeferred = node.is(Kind.funcLiteral) && walk.ancestor(1)?.is(Kind.callExpression) == true
            && walk.ancestor(2)?.is(Kind.deferStatement) == true
        frames.append(frame)
        let needles = vocabulary.parameterTypeNeedles
        var key: CalleeKey?
        for entry in signature.parameters {
            guard let nameNode = entry.name else { continue }
            let index = entry.index
            frame.declared.insert(nameNode.textHash)
            guard summarised, !nameNode.textEquals("_"), let type = entry.type, needles.contains(where: { ByteSearch.contains(type.bytes, $0) }),
                  let functionName = node.child(Field.name) else { continue }
            let name = nameNode.text
            // The type was compared on its bytes: a String only for the parameters that carry the resource.
            if key == nil { key = CalleeKey(name: functionName.text, isMethod: node.is(Kind.methodDeclaration)) }
            let value = TrackedValue(site: walk.file.range(of: node), name: name, source: key!.name, isParameter: true)
            summaries[key!, default: [:]][index, default: []].append(value)
            bind(name, to: value, in: frame, block: node.id, statement: nil)
        }
    }

    // MARK: Acquisitions and uses

    private func acquire(_ call: Node, _ walk: WalkContext) {
        if Self.repeatsLoopInitializer(call, walk) { return }
        guard let acquisition = vocabulary.acquisition(call, walk) else { return }
        let value = TrackedValue(site: walk.file.range(of: call), name: nil, source: acquisition.source, isParameter: false)
        value.functionReturns = frames.last?.returns
        value.deferAnchor = DeferAnchor.after(call, walk, resultIndex: acquisition.resultIndex)
        value.everyPath = acquisition.everyPath
        value.wrapper = acquisition.wrapper
        frames.last?.acquired.append(value)
        if acquisition.everyPath { frames.last?.everyPathValues.append(value) }
        value.needsConfirmation = acquisition.needsConfirmation
        value.confirmedWhenDropped = acquisition.confirmedWhenDropped
        acquisitions.append(value)
        follow(value, from: 0, walk, resultIndex: acquisition.resultIndex, isAcquisition: true)
        if let partnerIndex = acquisition.partnerResultIndex {
            let partner = TrackedValue(site: value.site, name: nil, source: acquisition.source, isParameter: false)
            partner.forwardsTo = value
            follow(partner, from: 0, walk, resultIndex: partnerIndex, isAcquisition: false)
        }
    }

    /// `for c, err = l.Accept(); err == nil; c, err = l.Accept()`: the update runs after the body and gives the
    /// variable the value the next round of the body uses. The initializer's value stands for both: tracking
    /// the update's value in walk order would hand it the body's uses and leave the first one unused.
    private static func repeatsLoopInitializer(_ call: Node, _ walk: WalkContext) -> Bool {
        guard let list = walk.ancestor(1), list.is(Kind.expressionList), let statement = walk.ancestor(2),
              statement.child(Field.right) == list, let clause = walk.ancestor(3), clause.is(Kind.forClause),
              clause.child(Field.update) == statement, let initializer = clause.child(Field.initializer),
              let initial = initializer.child(Field.right) else { return false }
        return initial.bytes.elementsEqual(list.bytes)
    }

    private func use(_ identifier: Node, _ walk: WalkContext) {
        var (values, depth) = lookup(identifier)
        if values.isEmpty, frames.last?.isDeferred == true {
            // `defer func() { if cs != nil { C.free(unsafe.Pointer(cs)) } }()` before `cs = C.CString(…)`: the
            // closure runs at exit and frees what `cs` holds then. A stand-in bound to the variable records it.
            let hash = identifier.textHash
            guard let owner = frames.dropLast().lastIndex(where: { $0.declared.contains(hash) }) else { return }
            let standIn = frames[owner].deferredStandIns[hash] ?? {
                let value = TrackedValue(site: walk.file.range(of: identifier), name: identifier.text, source: "", isParameter: true)
                frames[owner].deferredStandIns[hash] = value
                bind(identifier.text, to: value, in: frames[owner], block: 0, statement: nil)
                return value
            }()
            (values, depth) = ([standIn], owner)
        }
        guard !values.isEmpty else { return }
        let inGoroutine = vocabulary.closuresTakeOwnership && depth < frames.count - 1
            && frames[(depth + 1)...].contains { $0.isGoroutine }
        // A key in a composite literal (`T{resp: x}`) names a field, not the variable.
        if let parent = walk.parent, parent.is(Kind.literalElement), let grand = walk.ancestor(2),
           grand.is(Kind.keyedElement), grand.namedChild(0) == parent {
            return
        }
        for value in values {
            if value.firstUse.map({ identifier.startByte < $0 }) ?? true { value.firstUse = identifier.startByte }
            if value.everyPath { value.mentions.append(identifier.startByte) }
            _ = inGoroutine
            follow(value, from: 0, walk, resultIndex: 0, isAcquisition: false)
        }
    }

    /// Climbs from the node at ancestor distance `start` and records what the surrounding syntax does
    /// with the value. Bounded: it climbs only through the expression that contains the use.
    private func follow(_ value: TrackedValue, from start: Int, _ walk: WalkContext, resultIndex: Int, isAcquisition: Bool) {
        var distance = start
        var isOriginalCall = isAcquisition
        func drop() { if isAcquisition { value.acquisition = .dropped } }
        while let node = walk.ancestor(distance), let parent = walk.ancestor(distance + 1) {
            switch parent.kind {
            case Kind.parenthesizedExpression:
                distance += 1
                continue
            case Kind.typeAssertionExpression:
                // `resp.Body.(io.WriteCloser)` is the same value under another static type.
                guard parent.child(Field.operand) == node else { return }
                distance += 1
                isOriginalCall = false
                continue
            case Kind.selectorExpression:
                guard parent.child(Field.operand) == node, let field = parent.child(Field.field) else { return }
                switch vocabulary.selectorUse(parent, field: field, parentOfSelector: walk.ancestor(distance + 2), walk) {
                case .releasedByCall:
                    // A close inside `_ = func() { … }` never runs.
                    let discarded = Self.discardedLiteral(walk)
                    if discarded.map({ $0.contains(value.site.startByte) }) ?? true {
                        note(value, .released, walk)
                    }
                case .derived:
                    value.record(.confirmed)
                    distance += 1
                    isOriginalCall = false
                    continue
                case .confirming: value.record(.confirmed)
                case .irrelevant: break
                }
                // `&p.field`: the address of part of the value is taken, and usually kept (R-102b).
                if let outer = walk.ancestor(distance + 2), outer.is(Kind.unaryExpression),
                   outer.child(Field.operator)?.textEquals("&") == true {
                    note(value, .escaped, walk)
                }
                return
            case Kind.argumentList:
                guard let call = walk.ancestor(distance + 2) else { return }
                // The argument is a child of its list; were it not found, guessing argument 0 would credit a
                // release or hand-off to the wrong parameter: record nothing instead.
                guard let index = parent.namedChildren.filter({ !$0.is(Kind.comment) }).firstIndex(of: node) else { return }
                switch vocabulary.argumentUse(call, index: index, walk) {
                case .releases: note(value, .released, walk)
                case .escapes: note(value, .escaped, walk)
                case .handsOff(let key):
                    // `handle(fetch(u))` forwards every result: the resource lands at its result index.
                    let forwarded = isOriginalCall && parent.namedChildCount == 1
                    note(value, .handedOff(key, argument: forwarded ? resultIndex : index), walk)
                case .converts:
                    distance += 2
                    isOriginalCall = false
                    continue
                case .borrows: drop()
                case .wraps:
                    // `return bufio.NewReader(resp.Body)`: the reader that wraps it leaves with the return.
                    if walk.ancestor(distance + 3)?.is(Kind.expressionList) == true,
                       walk.ancestor(distance + 4)?.is(Kind.returnStatement) == true {
                        note(value, .escaped, walk)
                    } else {
                        drop()
                    }
                }
                return
            case Kind.expressionList:
                guard let statement = walk.ancestor(distance + 2) else { return }
                if statement.is(Kind.returnStatement) { note(value, .escaped, walk); return }
                assigned(value, node: node, list: parent, statement: statement, block: walk.ancestor(distance + 3),
                         resultIndex: isOriginalCall ? resultIndex : 0, isAcquisition: isAcquisition, walk)
                return
            case Kind.returnStatement, Kind.literalElement, Kind.keyedElement:
                note(value, .escaped, walk)
                return
            case Kind.sendStatement:
                if parent.child(Field.value) == node { note(value, .escaped, walk) }
                return
            case Kind.unaryExpression:
                if let op = parent.child(Field.operator), op.textEquals("&") { note(value, .escaped, walk) }
                return
            case Kind.expressionStatement, Kind.goStatement, Kind.deferStatement:
                drop()
                return
            case Kind.callExpression:
                // `cancel()`, `defer cancel()`: calling the value is its release (a cancel function).
                if vocabulary.callingReleases, parent.child(Field.function) == node,
                   Self.discardedLiteral(walk).map({ $0.contains(value.site.startByte) }) ?? true {
                    note(value, .released, walk)
                }
                return
            default:
                return
            }
        }
    }

    /// Offsets of the identifiers in `function` that use the variable declared at `declaration` (not the
    /// targets of an assignment to it).
    static func uses(of declaration: Int, named name: String, in function: Node, _ semantics: FileSemantics) -> [Int] {
        guard let body = function.child(Field.body) else { return [] }
        var offsets: [Int] = []
        TreeWalk.forEach(body) { node in
            guard node.is(Kind.identifier), node.textEquals(name) else { return true }
            if let list = node.parent, list.is(Kind.expressionList), let statement = list.parent,
               statement.is(Kind.assignmentStatement) || statement.is(Kind.shortVarDeclaration), statement.child(Field.left) == list {
                return false
            }
            if semantics.symbol(node)?.declaration.startByte == declaration { offsets.append(node.startByte) }
            return false
        }
        return offsets
    }

    /// The offset of the first assignment after `offset` in `function` whose left side has an identifier
    /// that `matches` (`x = …`, `_, x = …`, `y, x := …`) and none that is `unless`; Int.max when there is none.
    /// Subtrees that end before `offset` are not entered.
    /// The assignments of the error variable after `offset` in `function`: without the value (`stale`: the
    /// variable now holds another call's error) and together with it (`fresh`: a new acquisition's error).
    static func errorAssignments(after offset: Int, in function: Node, isError: (Node) -> Bool,
                                 isValue: (Node) -> Bool) -> (stale: [Int], fresh: [Int]) {
        guard let body = function.child(Field.body) else { return ([], []) }
        var stale: [Int] = []
        var fresh: [Int] = []
        TreeWalk.forEach(body) { node in
            if node.endByte <= offset { return false }
            if node.is(Kind.assignmentStatement) || node.is(Kind.shortVarDeclaration), node.startByte > offset,
               let left = node.child(Field.left), left.codeChildren.contains(where: isError) {
                if left.codeChildren.contains(where: isValue) { fresh.append(node.startByte) } else { stale.append(node.startByte) }
            }
            return true
        }
        return (stale, fresh)
    }

    /// Records an event at the current node (its offset bounds the returns that leak the value).
    private func note(_ value: TrackedValue, _ event: OwnershipEvent, _ walk: WalkContext) {
        value.record(event, at: walk.current.startByte)
        if event == .released {
            if let lines = Self.movableReleaseLines(of: value, walk) { value.movableReleases.append(lines) } else { value.hasFixedRelease = true }
        }
    }

    /// The lines of the release statement being visited when it is a plain call statement of the function
    /// that acquired `value` (`resp.Body.Close()`, `cancel()`) alone on its lines; nil otherwise.
    private static func movableReleaseLines(of value: TrackedValue, _ walk: WalkContext) -> Range<Int>? {
        var distance = 1
        while let parent = walk.ancestor(distance),
              parent.is(Kind.selectorExpression) || parent.is(Kind.callExpression) || parent.is(Kind.parenthesizedExpression) {
            distance += 1
        }
        guard let statement = walk.ancestor(distance), statement.is(Kind.expressionStatement),
              let container = walk.ancestor(distance + 1), container.is(Kind.block) || DeferAnchor.isCaseClause(container) else { return nil }
        var level = distance + 2
        while let enclosing = walk.ancestor(level) {
            if enclosing.is(Kind.funcLiteral) {
                // A closure declared after the acquisition runs who knows when.
                if enclosing.startByte > value.site.startByte { return nil }
                break
            }
            if enclosing.is(Kind.functionDeclaration) || enclosing.is(Kind.methodDeclaration) { break }
            level += 1
        }
        return DeferAnchor.wholeLines(of: statement)
    }

    /// The value is on the right of `=`, `:=` or `var … =`: bind, alias, store or drop it.
    private func assigned(_ value: TrackedValue, node: Node, list: Node, statement: Node, block: Node?,
                          resultIndex: Int, isAcquisition: Bool, _ walk: WalkContext) {
        let targets: [Node]
        switch statement.kind {
        case Kind.shortVarDeclaration, Kind.assignmentStatement:
            guard statement.child(Field.right) == list, let left = statement.child(Field.left) else { return }
            targets = left.namedChildren.filter { !$0.is(Kind.comment) }
        case Kind.varSpec:
            targets = LocalDeclarations.specNames(statement)
        default:
            return
        }
        let values = list.namedChildren.filter { !$0.is(Kind.comment) }
        guard let valueIndex = values.count == 1 && targets.count > 1 ? resultIndex : values.firstIndex(of: node) else { return }
        let position = valueIndex
        guard position < targets.count else { return }
        let target = targets[position]
        // `resp, err := http.Get(u)`: the other target of a two-value acquisition is its error.
        if isAcquisition, values.count == 1, targets.count == 2, let other = targets.last, other != target,
           other.is(Kind.identifier), !other.textEquals("_") {
            value.errorDeclaration = walk.semantics.symbol(other)?.declaration.startByte
        }
        if isAcquisition, target.is(Kind.identifier), !target.textEquals("_") {
            value.valueDeclaration = walk.semantics.symbol(target)?.declaration.startByte
        }
        guard target.is(Kind.identifier) else {
            note(value, .escaped, walk)  // stored in a field, map, slice element or through a pointer
            return
        }
        if target.textEquals("_") {
            if isAcquisition { value.acquisition = .dropped }
            return
        }
        let name = target.text, hash = target.textHash
        if statement.is(Kind.assignmentStatement) {
            let frame = frames.last(where: { $0.declared.contains(hash) })
            if frame == nil || frame!.namedResults.contains(hash) {
                note(value, .escaped, walk)  // a named result or a package-level variable
                return
            }
            // A variable of an enclosing function (`func() { _, cancel = context.WithCancel(bg) }()`): the
            // value is that function's to use, not this literal's (go vet issue 31856).
            if frame !== frames.last, value.everyPath || vocabulary.closuresTakeOwnership {
                frames.last?.everyPathValues.removeAll { $0 === value }
                note(value, .escaped, walk)
            }
            // Re-created in a loop into an outer variable that the loop releases by name (`if t != nil
            // { t.Stop() }; t = time.NewTicker(d)`): the release may come first in the source.
            if isAcquisition, let loop = walk.enclosingLoop, !frame!.declaredIn(loop, name: hash),
               vocabulary.releaseMethodNames.contains(where: { ByteSearch.contains(loop.bytes, "\(name).\($0)(") }) {
                note(value, .released, walk)
            }
            // A deferred closure registered earlier releases what this variable holds at exit.
            if let standIn = frame!.deferredStandIns[hash], standIn.events.contains(.released) {
                value.record(.released)
                value.releasedAtExit = true
            }
            bind(name, to: value, in: frame!, block: block?.id ?? 0, statement: statement, blockEnd: block?.endByte,
                 target: target, walk: walk)
        } else {
            bind(name, to: value, in: frames[frames.count - 1], block: block?.id ?? 0, statement: statement,
                 blockEnd: block?.endByte, target: target, walk: walk)
        }
    }

    // MARK: Names

    /// `target`: the identifier bound (kept while the file is walked): an assignment replaces an earlier value
    /// only when both name the same variable, as the binder says (asked only when the name is already bound).
    private func bind(_ name: String, to value: TrackedValue, in frame: Frame, block: UInt, statement: Node?,
                      blockEnd: Int? = nil, target: Node? = nil, walk: WalkContext? = nil) {
        if value.name == nil { value.name = name }
        if let statement {
            // Values bound by this same statement (`alias := x` where x may be any of several values)
            // are alternatives, not overwrites.
            for entry in frame.values where entry.name == name && entry.value !== value && entry.statement != statement.id {
                // Assigned another value: where the old one is still open, it is lost here.
                if statement.is(Kind.assignmentStatement), !value.isParameter, !entry.value.isParameter,
                   let target, let previous = entry.target, let walk,
                   let now = walk.semantics.symbol(target), now === walk.semantics.symbol(previous) {
                    entry.value.overwrittenAt.append(statement.startByte)
                }
                if entry.block == block {
                    pendingUnbinds[statement.id, default: []].append(entry.value)
                } else if let blockEnd {
                    // Re-assigned in a nested block: inside that block, after this statement, the name is
                    // the new value only (a Close there does not close the old one, FN-4). Elsewhere both.
                    entry.value.hiddenRanges.append(statement.endByte..<blockEnd)
                }
            }
        }
        frame.values.append((name, value, block, statement?.id ?? 0, target))
        trackedNames += 1
    }

    /// The values an identifier stands for: every value bound to the name in the innermost frame that
    /// binds it, unless a frame in between declares the name again (shadowing). Byte comparisons
    /// first; the name becomes a String only to check shadowing.
    /// The values, and the depth of the frame that binds them.
    private func lookup(_ identifier: Node) -> (values: [TrackedValue], depth: Int) {
        var depth = frames.count - 1
        while depth >= 0 {
            let frame = frames[depth]
            // A value cannot be used inside the call that acquires it (`p = C.realloc(p, n)`: that p is the old one).
            let values = frame.values.filter { identifier.textEquals($0.name) && !Self.acquiredAround(identifier, $0.value)
                && !$0.value.hiddenRanges.contains { $0.contains(identifier.startByte) } }
            if !values.isEmpty {
                if depth < frames.count - 1 {
                    let name = identifier.textHash
                    if frames[(depth + 1)...].contains(where: { $0.declared.contains(name) }) { return ([], depth) }
                }
                return (values.map(\.value), depth)
            }
            depth -= 1
        }
        return ([], -1)
    }

    private static func acquiredAround(_ identifier: Node, _ value: TrackedValue) -> Bool {
        !value.isParameter && value.site.startByte <= identifier.startByte && identifier.startByte < value.site.endByte
    }

    /// The byte range of the func literal around the current node when it is assigned to `_` (never
    /// called): a value acquired outside it is not closed by it.
    static func discardedLiteral(_ walk: WalkContext) -> Range<Int>? {
        let level = walk.enclosingFunctionLevel
        guard level >= 2, walk.node(atLevel: level).is(Kind.funcLiteral) else { return nil }
        let literal = walk.node(atLevel: level)
        let list = walk.node(atLevel: level - 1), statement = walk.node(atLevel: level - 2)
        guard list.is(Kind.expressionList), statement.is(Kind.assignmentStatement),
              statement.child(Field.right) == list, let left = statement.child(Field.left) else { return nil }
        let targets = left.namedChildren
        return targets.count == 1 && targets[0].textEquals("_") ? literal.startByte..<literal.endByte : nil
    }

    /// A return as the package phase needs it: which names it hands back, and which timers have fired on
    /// its path (`case <-t.C:` around it). Climbs the ancestors once per return of a function that holds
    /// tracked values.
    private func returnSite(_ node: Node, _ walk: WalkContext) -> ReturnSite {
        var firedTimers = Set<UInt64>()
        var level = walk.level - 1
        let floor = max(walk.enclosingFunctionLevel, 0)
        while level > floor {
            let ancestor = walk.node(atLevel: level)
            if ancestor.is(Kind.communicationCase), let communication = ancestor.child(Field.communication) {
                TreeWalk.forEach(communication) { child in
                    if child.is(Kind.selectorExpression), child.child(Field.field)?.textEquals("C") == true,
                       let operand = child.child(Field.operand), operand.is(Kind.identifier) {
                        firedTimers.insert(operand.textHash)
                    }
                    return true
                }
            }
            level -= 1
        }
        // Identifiers that may carry the value out; `resp.StatusCode` reads a field and carries nothing.
        var names = Set<UInt64>()
        TreeWalk.forEach(node) { child in
            if child.is(Kind.selectorExpression), let operand = child.child(Field.operand), operand.is(Kind.identifier),
               let field = child.child(Field.field), !field.textEquals("Body") {
                return false
            }
            // `return readAll(f)` hands back readAll's result, not f (what a call does with f is its own event).
            if child.is(Kind.callExpression) { return false }
            if child.is(Kind.identifier) { names.insert(child.textHash) }
            return !child.is(Kind.funcLiteral)
        }
        var site = ReturnSite(range: walk.file.range(of: node), returnedNames: names)
        site.firedTimers = firedTimers
        return site
    }

    /// For a value released later in its function: the first `return` after the acquisition and before
    /// the release that is not an error path and does not return the value — the value leaks there.
    ///
    /// With `afterFirstUse`, only returns after the value is first used count: until then the function
    /// is still checking whether the acquisition worked, however it spells that (`retry, err :=
    /// shouldRetry(err); if retry { return … }`). Resources with no error result (C memory) leave it off.
    ///
    /// `everyPath` (lost cancel, as go vet): error paths count too, so does falling off the end of the
    /// function, and a use counts for a return only if it is on every path to it (`if x { cancel() }`
    /// does not cover a later return): a search on the control-flow graph (PathSearch).
    public func leakingReturn(of value: TrackedValue, afterFirstUse: Bool = false, everyPath: Bool = false) -> ReturnSite? {
        guard let name = value.name, let log = value.functionReturns else { return nil }
        if everyPath { return returnMissingDischarge(value, log) }
        // Every acquisition gets its graph answer when the walk leaves its function; none means no body to ask.
        guard let exits = value.pathExits else { return nil }
        return pathLeak(value, name: name, log: log, exits: exits, afterFirstUse: afterFirstUse)
    }

    /// The first exit reachable on the control-flow graph from the acquisition without a release, an escape
    /// or (unless every hand-off keeps it open) a hand-off: a return that does not hand the value back, or
    /// the end of the body. With `afterFirstUse`, returns before the value's first use do not count (the
    /// function is still finding out whether the acquisition worked).
    private func pathLeak(_ value: TrackedValue, name: String, log: ReturnLog,
                          exits: (stopsAtHandOffs: TrackedValue.ExitSet, throughHandOffs: TrackedValue.ExitSet),
                          afterFirstUse: Bool) -> ReturnSite? {
        let handOffs = value.eventOffsets.compactMap { entry -> (CalleeKey, Int)? in
            if case .handedOff(let key, let argument) = entry.event { return (key, argument) }
            return nil
        }
        let everyHandOffOpen = !handOffs.isEmpty && handOffs.allSatisfy { resolveHandOff($0.0, $0.1) == .open }
        let candidates = everyHandOffOpen ? exits.throughHandOffs : exits.stopsAtHandOffs
        let start = afterFirstUse ? (value.firstUse ?? Int.max) : value.site.endByte
        let hash = ByteHash.of(name)
        var found: ReturnSite?
        for offset in candidates.returns where offset >= start {
            guard let site = log.sites.first(where: { $0.range.startByte == offset }) else { continue }
            if site.returnedNames.contains(hash) || site.firedTimers.contains(hash) { continue }
            found = site
            break
        }
        // `resp, err = http.Get(fallback)` while the first response is still open: it is lost there (FN-4).
        if let overwrite = candidates.overwrites.first(where: { $0.startByte >= start }),
           overwrite.startByte < (found?.range.startByte ?? Int.max) {
            var site = ReturnSite(range: overwrite, returnedNames: [])
            site.isOverwrite = true
            return site
        }
        if let found { return found }
        // Going round to acquire the next one is a leak unless the loop releases the variable by name before
        // re-acquiring (`if t != nil { t.Stop() }; t = time.NewTicker(d)`), which the walk recorded as a release.
        if candidates.loopsBack, candidates.end == nil, !value.events.contains(.released) {
            var site = ReturnSite(range: value.site, returnedNames: [])
            site.isLoopBack = true
            return site
        }
        if let end = candidates.end, end.startByte >= start {
            var site = ReturnSite(range: end, returnedNames: [])
            site.isEnd = true
            return site
        }
        return nil
    }

    /// The closing brace of a function's body (where falling off the end leaves it).
    static func endOfBody(_ function: Node, _ walk: WalkContext) -> SourceRange? {
        guard let body = function.child(Field.body), body.is(Kind.block) else { return nil }
        let closing = walk.file.range(of: body)
        return SourceRange(path: closing.path, start: SourcePosition(line: closing.end.line, column: max(1, closing.end.column - 1)),
                           end: closing.end, startByte: body.endByte - 1, endByte: body.endByte)
    }

    /// For `everyPath` values: the first exit (return, or the end of the function) reachable from the
    /// acquisition without a use, as the graph search found when the walk left the function. A use by hand-off
    /// to a same-package function that neither calls nor keeps the value does not count.
    private func returnMissingDischarge(_ value: TrackedValue, _ log: ReturnLog) -> ReturnSite? {
        let openHandOffs = value.eventOffsets.contains { entry in
            if case .handedOff(let key, let argument) = entry.event { return resolveHandOff(key, argument) == .open }
            return false
        }
        if openHandOffs { return log.sites.first { $0.range.startByte >= value.site.endByte } }
        if let site = log.sites.first(where: { value.returnsReachedUnused?.contains($0.range.startByte) == true }) { return site }
        return value.reachesEndUnused.map { end in
            var site = ReturnSite(range: end, returnedNames: [])
            site.isEnd = true
            return site
        }
    }

    // MARK: Package phase

    /// Whether the value is handed to a same-package function's parameter of a tracked type (`scanOne(rows
    /// *sql.Rows)`): that declaration confirms a source guessed from a method name.
    public func isHandedToTrackedParameter(_ value: TrackedValue) -> Bool {
        value.events.contains { event in
            if case .handedOff(let key, let argument) = event { return summaries[key]?[argument]?.isEmpty == false }
            return false
        }
    }

    /// Whether a value is released, escapes, or stays open, following hand-offs to same-package
    /// functions through their parameter summaries.
    public func resolve(_ value: TrackedValue) -> Resolution {
        var visiting = Set<ObjectIdentifier>()
        return resolve(value, &visiting)
    }

    private func resolveHandOff(_ key: CalleeKey, _ argument: Int) -> Resolution {
        var visiting = Set<ObjectIdentifier>()
        return resolveHandOff(key, argument, &visiting)
    }

    /// What a same-package function does with parameter `argument`, from its summary; a function we
    /// cannot see into is assumed to take ownership.
    private func resolveHandOff(_ key: CalleeKey, _ argument: Int, _ visiting: inout Set<ObjectIdentifier>) -> Resolution {
        guard let parameters = summaries[key]?[argument], !parameters.isEmpty else { return .escaped }
        // Methods are summarised by name, without receiver types: a method that passes the value to a
        // method of the same name (`s.Serve(ln)` → `s.h1.Serve(ln)`, net/http's) loops back to itself.
        // What that other method does is unknown: assume it takes ownership.
        if key.isMethod, parameters.contains(where: { visiting.contains(ObjectIdentifier($0)) }) { return .escaped }
        var result = Resolution.open
        for parameter in parameters {
            switch resolve(parameter, &visiting) {
            case .released: return .released
            case .escaped: result = .escaped
            case .open: break
            }
        }
        return result
    }

    private func resolve(_ value: TrackedValue, _ visiting: inout Set<ObjectIdentifier>) -> Resolution {
        if value.events.contains(.released) { return .released }
        if value.events.contains(.escaped) { return .escaped }
        guard visiting.insert(ObjectIdentifier(value)).inserted else { return .open }
        var result = Resolution.open
        for case .handedOff(let key, let argument) in value.events {
            switch resolveHandOff(key, argument, &visiting) {
            case .released: return .released
            case .escaped: result = .escaped
            case .open: break
            }
        }
        return result
    }
}
