/// One package's analysis for a `ResourceKind`: the vocabulary the ownership tracker asks, and the
/// reports of the package phase (never released, discarded, or leaked by a return).
final class ResourceAnalysis: PackageAnalysis, OwnershipVocabulary {
    let kind: ResourceKind
    let package: PackageContext
    let diagnostics: Diagnostics
    /// The severity of every finding (nil: the rule's); GL302 lowers it to a note from Go 1.23.
    let severity: Severity?
    private var tracker: OwnershipTracker!
    private var file: GoFile!
    /// The kind's `acquisitionPolicy` of each acquisition, by file and call start.
    private var policies: [String: AcquisitionPolicy] = [:]

    init(kind: ResourceKind, package: PackageContext, diagnostics: Diagnostics, severity: Severity? = nil) {
        self.kind = kind
        self.package = package
        self.diagnostics = diagnostics
        self.severity = severity
        tracker = OwnershipTracker(vocabulary: self)
    }

    /// The cheap gate: a package that imports none of the kind's packages, or never calls one of its
    /// acquiring functions or methods by name (`.Open(`, `.Query(`), cannot acquire it.
    /// A package that imports none of them but imports its own module's packages is read too: there only
    /// calls whose signature is known to return the kind's type acquire (see `importsKind`).
    static func gate(_ kind: ResourceKind, _ package: PackageContext) -> Bool {
        package.callsAnySelector(kind.sourceNames)
            && (package.importsAny(kind.imports) || (!kind.resultTypes.isEmpty && package.importsOwnModule))
    }

    /// Whether the package imports one of the kind's packages. When it does not, nothing says a `.Query(…)`
    /// of an unknown receiver is database/sql's, so only typed answers count (no guess from the call's shape).
    private lazy var importsKind = package.importsAny(kind.imports)

    var kinds: [KindID] { OwnershipTracker.kinds }
    var leaveKinds: [KindID] { OwnershipTracker.leaveKinds }

    func beginFile(_ file: GoFile) -> Bool {
        self.file = file
        return true  // files that do not import the package still contribute helper summaries
    }

    func enter(_ node: Node, _ walk: WalkContext) {
        if !wrappers.isEmpty, node.is(Kind.functionDeclaration) || node.is(Kind.methodDeclaration) { summarizeWrapper(node, walk) }
        tracker.enter(node, walk)
    }
    func leave(_ node: Node, _ walk: WalkContext) { tracker.leave(node, walk) }

    // MARK: Package phase

    func finishPackage() {
        for value in tracker.acquisitions where package.wantsFindings(in: value.site.path)
            && (value.isConfirmed || tracker.isHandedToTrackedParameter(value)) {
            // A call of a same-package wrapper acquires only if the wrapper's body hands back a fresh resource.
            if let wrapper = value.wrapper, freshWrappers[wrapper] != true { continue }
            var severity = self.severity
            var because = ""
            switch policies["\(value.site.path):\(value.site.startByte)"] {
            case .skip?: continue
            case .note(let reason)?: severity = .note; because = "; " + reason
            case .report(let reason?)?: because = "; " + reason
            case .report(nil)?, nil: break
            }
            let method = value.source.split(separator: ".").last.map(String.init) ?? ""
            let noun = kind.nouns[method] ?? kind.noun, verb = kind.verb
            if value.acquisition == .dropped {
                diagnostics.report(value.site, "the \(noun) from \(value.source) is discarded, so it can never be \(verb): "
                                   + "assign it and `\(kind.releaseStatement(placeholder, method))`" + because, severity: severity)
                continue
            }
            guard let name = value.name else { continue }
            let release = kind.releaseStatement(name, method)
            let fix = value.deferAnchor.flatMap { anchor -> Fix? in
                // A release before the error is checked would run on a nil value (`resp.Body` panics): no fix
                // when the error is kept in a variable that nothing checks right after the acquisition.
                guard anchor.name == name, !(kind.errorChecked && anchor.leavesErrorUnchecked) else { return nil }
                let at = kind.errorChecked ? anchor.insertAt : anchor.afterStatement
                return Fix(message: "add `\(release)`", edits: [
                    TextEdit(path: value.site.path, startByte: at, endByte: at, newText: anchor.insertion(release)),
                ])
            }
            switch tracker.resolve(value) {
            case .open:
                // Never used, but no exit is reachable from it either (the function panics or loops
                // forever): nothing outlives the function's work to leak (go vet agrees).
                if value.returnsReachedUnused?.isEmpty == true, value.reachesEndUnused == nil { continue }
                // Likewise for any resource: a function that never returns (an endless loop, os.Exit at
                // its end) holds it for the life of the process by design.
                if !value.canExit { continue }
                // Never released by name, yet no exit is reached with it open: it releases itself on every path
                // (a `for rows.Next()` loop run to its end) or every path fails first.
                if !kind.everyPath, value.pathExits != nil, tracker.leakingReturn(of: value) == nil { continue }
                let after = kind.errorChecked ? "after the error check" : "right after the call"
                // Where the function can be left without it (for values that must be used on every path).
                let exit = kind.everyPath ? tracker.leakingReturn(of: value, everyPath: true) : nil
                let related = exit.map { [RelatedLocation($0.range, "the function can be left here without '\(name)' \(verb)")] } ?? []
                diagnostics.report(value.site, "\(noun) '\(name)' from \(value.source) is never \(verb): add `\(release)` \(after)" + because,
                                   severity: severity, related: related, fix: fix)
            case .released, .escaped:
                guard let exit = tracker.leakingReturn(of: value, afterFirstUse: kind.errorChecked && !kind.everyPath, everyPath: kind.everyPath)
                else { continue }
                let line = exit.range.start.line
                if exit.isLoopBack {
                    diagnostics.report(value.site, "\(noun) '\(name)' from \(value.source) is not \(verb) on every path: "
                                       + "the loop goes round to acquire the next one while it is open; put `\(release)` "
                                       + "right after " + (kind.errorChecked ? "the error check" : "the call") + because,
                                       severity: severity, fix: onlyReleased(value) ? fix : nil)
                    continue
                }
                if exit.isOverwrite {
                    diagnostics.report(value.site, "\(noun) '\(name)' from \(value.source) is not \(verb) on every path: "
                                       + "the assignment at line \(line) replaces it while it is open; \(verb.hasPrefix("c") ? "close" : "release") "
                                       + "it before assigning '\(name)' again" + because,
                                       severity: severity,
                                       related: [RelatedLocation(exit.range, "'\(name)' is assigned another value here")])
                    continue
                }
                let place = exit.isEnd ? "the end of the function at line \(line)" : "the return at line \(line)"
                diagnostics.report(value.site, "\(noun) '\(name)' from \(value.source) is not \(verb) on every path: "
                                   + "\(place) is reached without it; put `\(release)` right after "
                                   + (kind.errorChecked ? "the error check" : "the call") + because,
                                   severity: severity,
                                   related: [RelatedLocation(exit.range, (exit.isEnd ? "the function ends here" : "returns here")
                                                             + " without '\(name)' \(verb)")],
                                   fix: onlyReleased(value) ? fix
                                       : DeferAnchor.movingReleases(of: value, name: name, deferred: release))
            }
        }
    }

    /// A cancel function that is only ever called (never stored, returned or passed on) can be deferred
    /// right after the call whatever else the function does with it: calling it twice is harmless.
    /// Elsewhere a release on some path is not mechanical to move.
    private func onlyReleased(_ value: TrackedValue) -> Bool {
        kind.callingReleases && !value.events.isEmpty && value.events.allSatisfy { $0 == .released }
    }

    private var placeholder: String { kind.callingReleases ? "cancel" : "v" }

    // MARK: OwnershipVocabulary

    var callingReleases: Bool { kind.callingReleases }
    var closuresTakeOwnership: Bool { true }
    var releaseMethodNames: [String] { kind.releaseMethods.sorted() }
    var releasedWhenFalse: Set<String> { kind.releasedWhenFalse }

    /// Every function and method name that can acquire, for a byte comparison before any String is built.
    /// `ByteHash`es of every function and method name that can acquire the kind: a call is rejected on
    /// one hash of its selector instead of a byte comparison per name (this runs for every call).
    private lazy var sourceNameHashes: Set<UInt64> = kind.sourceNameHashes

    func acquisition(_ call: Node, _ walk: WalkContext) -> Acquisition? {
        if !wrappers.isEmpty, let wrapper = wrapperAcquisition(call, walk) { return wrapper }
        let callee = walk.calleeParts(of: call)
        guard let field = callee.field, sourceNameHashes.contains(field.textHash),
              let operand = callee.operand else { return nil }
        if operand.is(Kind.identifier), let path = file.imports.path(forName: operand.text),
           let names = kind.functions[path] {
            for (name, index) in names where field.textEquals(name) {
                if let policy = kind.acquisitionPolicy { policies["\(file.path):\(call.startByte)"] = policy(call, walk) }
                return Acquisition(resultIndex: index, source: "\(operand.text).\(name)", everyPath: kind.everyPath)
            }
            return nil
        }
        for source in kind.methods {
            guard let name = source.names.first(where: { field.textEquals($0) }) else { continue }
            switch typedMethodSource(call, operand: operand, name: name, walk) {
            case .some(true): return Acquisition(resultIndex: 0, source: "\(operand.text).\(name)", everyPath: kind.everyPath)
            case .some(false): return nil
            case .none: break  // unknown: the shape and hints below decide
            }
            guard importsKind else { continue }
            // A method of this package with that name is a wrapper we can see into, not the library's.
            if package.declarations.methods[name] != nil { continue }
            let arguments = call.child(Field.arguments)?.codeChildren.count ?? 0
            guard source.arguments.contains(arguments), targets(of: walk) == source.targets else { continue }
            let receiver = operand.text
            if !source.receiverHints.isEmpty {
                // The receiver's last name: `s.listener` → listener; a hint of four letters or more may be
                // part of it (`tcpListener`), a short one must be all of it (`ln`).
                let last = receiver.split(separator: ".").last.map { $0.lowercased() } ?? ""
                guard source.receiverHints.contains(where: { last == $0 || ($0.count >= 4 && ByteSearch.contains(text: last, $0)) }) else { continue }
            }
            let last = receiver.split(separator: ".").last.map { $0.lowercased() } ?? ""
            let confident = source.confidentReceivers.contains { ByteSearch.contains(text: last, $0) }
            return Acquisition(resultIndex: 0, source: "\(receiver).\(name)",
                               needsConfirmation: source.needsConfirmation && !confident, everyPath: kind.everyPath)
        }
        return nil
    }

    /// The semantic core's answer for `x.Name(…)`: true when the callee's signature is known and its first
    /// result is one of the kind's types, false when it is known and is not, or when the receiver's package
    /// was read and has no such method; nil when types cannot tell (the receiver's package is not on the
    /// machine, or nothing says what `x` is).
    private func typedMethodSource(_ call: Node, operand: Node, name: String, _ walk: WalkContext) -> Bool? {
        guard !kind.resultTypes.isEmpty else { return nil }
        let semantics = walk.semantics
        // This package's own method is a wrapper: its summary decides, not its result type.
        let receiver = semantics.type(of: operand)
        if case .named(let owner)? = semantics.environment.methodOwner(of: receiver, name),
           owner.path == semantics.environment.current.path {
            return nil
        }
        if let signature = semantics.types.calleeSignature(call) {
            guard let first = signature.results.first?.type else { return false }
            let result = semantics.environment.canonical(first)
            return kind.resultTypes.contains { result.isNamed($0.path, $0.name) }
        }
        guard let named = semantics.environment.canonical(receiver).namedThroughPointer, !named.path.isEmpty else { return nil }
        // The receiver's package was read and its type has no such method: not this resource's call.
        return semantics.environment.facts(named.path) == nil ? nil : false
    }

    // MARK: Same-package wrappers (callee summary: returns a fresh resource)

    /// This package's functions and methods declared to return the kind's type, by name hash: result index.
    private lazy var wrappers: [UInt64: [(key: CalleeKey, index: Int)]] = {
        guard !kind.resultTypes.isEmpty else { return [:] }
        let facts = package.semantics.facts
        var result: [UInt64: [(key: CalleeKey, index: Int)]] = [:]
        func add(_ name: String, _ signature: FunctionSignature, isMethod: Bool) {
            for (index, parameter) in signature.results.enumerated() {
                // As written (`*os.File`, `*sql.Rows`): resolving every result type would read every package the
                // signatures mention.
                let type = parameter.type
                if kind.resultTypes.contains(where: { type.isNamed($0.path, $0.name) }) {
                    result[ByteHash.of(name), default: []].append((CalleeKey(name: name, isMethod: isMethod), index))
                    return
                }
            }
        }
        for (name, function) in facts.functions { add(name, function.signature, isMethod: false) }
        for declaration in facts.types.values {
            for (name, method) in declaration.methods { add(name, method.signature, isMethod: true) }
        }
        return result
    }()
    /// Wrappers whose every return hands back a fresh resource (nil, a call's result, or a local holding one).
    private var freshWrappers: [CalleeKey: Bool] = [:]

    /// `open(p)` / `s.query(q)` of a wrapper of this package: a tentative acquisition, kept in the package
    /// phase only if the wrapper's body returns a fresh resource.
    private func wrapperAcquisition(_ call: Node, _ walk: WalkContext) -> Acquisition? {
        let callee = walk.calleeParts(of: call)
        guard let function = callee.function else { return nil }
        // The name first (one hash lookup): only then resolve or type anything, as this runs for every call.
        let isMethod = !function.is(Kind.identifier)
        guard let nameNode = isMethod ? callee.field : function, let candidates = wrappers[nameNode.textHash],
              let match = candidates.first(where: { $0.key.isMethod == isMethod && nameNode.textEquals($0.key.name) }) else { return nil }
        let semantics = walk.semantics
        if isMethod {
            guard let operand = callee.operand,
                  case .named(let owner)? = semantics.environment.methodOwner(of: semantics.type(of: operand), nameNode.text),
                  owner.path == semantics.environment.current.path else { return nil }
        } else {
            guard case .package = semantics.resolve(function) else { return nil }
        }
        return Acquisition(resultIndex: match.index, source: function.text, everyPath: kind.everyPath, wrapper: match.key)
    }

    /// Whether every return of a wrapper hands back, at its resource's index, `nil`, a call's result, or a local
    /// variable assigned one (`f, err := os.Open(p); …; return f, nil`); not a parameter, a field or a global.
    private func summarizeWrapper(_ declaration: Node, _ walk: WalkContext) {
        guard let name = declaration.child(Field.name), let candidates = wrappers[name.textHash],
              let match = candidates.first(where: { $0.key.isMethod == declaration.is(Kind.methodDeclaration) && name.textEquals($0.key.name) }),
              freshWrappers[match.key] == nil, let body = declaration.child(Field.body) else { return }
        let semantics = walk.semantics
        var fresh = true
        var returnsSomething = false
        TreeWalk.forEach(body) { node in
            guard fresh else { return false }
            if node.is(Kind.funcLiteral) { return false }
            guard node.is(Kind.returnStatement) else { return true }
            let values = node.namedChildren.first { $0.is(Kind.expressionList) }?.codeChildren ?? node.codeChildren
            guard !values.isEmpty else { fresh = false; return false }  // a bare return: named results, not read here
            let value = unparenthesized(values.count == 1 ? values[0] : (match.index < values.count ? values[match.index] : values[0]))
            if value.is(Kind.nilLiteral) { return false }
            if value.is(Kind.callExpression) { returnsSomething = true; return false }
            if value.is(Kind.identifier), case .local(let symbol) = semantics.resolve(value), symbol.role == .variable,
               case .value(let index, let count) = symbol.source, let assigned = symbol.valueNode {
                let expressions = assigned.is(Kind.expressionList) ? assigned.codeChildren : [assigned]
                let source = count == expressions.count && index < expressions.count ? expressions[index] : expressions.first
                if let source, unparenthesized(source).is(Kind.callExpression) { returnsSomething = true; return false }
            }
            fresh = false
            return false
        }
        freshWrappers[match.key] = fresh && returnsSomething
    }

    /// How many variables the call's results are assigned to (0 when it is not assigned).
    private func targets(of walk: WalkContext) -> Int {
        guard let list = walk.ancestor(1), list.is(Kind.expressionList), list.namedChildCount == 1,
              let statement = walk.ancestor(2) else { return 0 }
        switch statement.kind {
        case Kind.shortVarDeclaration, Kind.assignmentStatement:
            guard statement.child(Field.right) == list else { return 0 }
            return statement.child(Field.left)?.codeChildren.count ?? 0
        case Kind.varSpec:
            return LocalDeclarations.specNames(statement).count
        default:
            return 0
        }
    }

    func selectorUse(_ selector: Node, field: Node, parentOfSelector: Node?, _ walk: WalkContext) -> SelectorUse {
        // `<-t.C` of a timer (by type): it has fired and been drained, so there is nothing left to stop. A
        // ticker keeps ticking; a select case receives on its path only.
        if let releasingReceive = kind.releasedByReceivingFrom, field.textEquals(releasingReceive.field),
           let parent = parentOfSelector, parent.is(Kind.unaryExpression), parent.child(Field.operator)?.textEquals("<-") == true,
           let operand = selector.child(Field.operand),
           walk.semantics.type(of: operand).isPointer(to: releasingReceive.type.path, releasingReceive.type.name) {
            return SelectorUse.releasedByCall
        }
        if kind.releaseMethods.contains(where: { field.textEquals($0) }) {
            // `defer check(f.Close)`, `closeFn: f.Close`: the method value is handed over to be called.
            return .releasedByCall
        }
        if kind.confirmingMethods.contains(where: { field.textEquals($0) }) { return .confirming }
        return .irrelevant
    }

    func argumentUse(_ call: Node, index: Int, _ walk: WalkContext) -> ArgumentUse {
        // A cancel function passed to another package is called there, not read.
        if kind.callingReleases, case .package = file.callee(of: call) { return .escapes }
        let typed = kind.callingReleases ? nil : (walk.semantics, index, kind.releaseMethods)
        return OwnershipCalls.argumentUse(call, file, package.declarations, typed: typed)
    }

    var parameterTypeNeedles: [String] { kind.parameterTypes }
}
