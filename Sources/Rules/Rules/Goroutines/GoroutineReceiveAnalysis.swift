/// The analysis behind GL202. Per function that makes a channel, one targeted walk of its body records
/// every use of each local channel: receives and ranges (and in which goroutine literal), sends, closes
/// (plain, deferred or in another literal) and escapes. A goroutine that waits on the channel outside a
/// select is stuck for good when nothing can ever wake it: nothing sends or closes at all, or, for a
/// `for range`, nothing closes, or the function that alone can wake it has a path to a return that
/// skips the close (or the send).
final class GoroutineReceiveAnalysis: PackageAnalysis {
    let diagnostics: Diagnostics

    init(diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    var kinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

    private static let makeChan = Array("make(chan".utf8)

    /// Where a use of the channel sits: directly in the function, or in a func literal inside it.
    struct Context {
        /// The go statement of the innermost goroutine literal around the use, if any.
        let goroutine: Node?
        /// Inside some func literal (a goroutine, a deferred or called closure, a callback).
        let inLiteral: Bool
        /// Channel names that a literal's parameters reuse: there they are other values.
        let shadowed: Set<UInt64>
    }

    enum Wake { case send, close }

    final class Channel {
        let name: String
        let declaration: Node
        /// Blocking receives and ranges of goroutine literals, by the go statement's start byte.
        var waits: [Int: (goStatement: Node, ranges: Bool)] = [:]
        /// Sends and closes: where, whether directly in the function (not in a literal), and which
        /// goroutine they are in.
        var wakes: [(kind: Wake, offset: Int, direct: Bool, goroutine: Int?)] = []
        var escapes = false
        init(name: String, declaration: Node) { self.name = name; self.declaration = declaration }
    }

    func enter(_ function: Node, _ walk: WalkContext) {
        guard let body = function.child(Field.body), body.is(Kind.block),
              MemorySearch.contains(walk.file.source[body.startByte..<body.endByte], Self.makeChan) else { return }
        // `func main`: when it returns the process ends, with every goroutine.
        if function.is(Kind.functionDeclaration), function.child(Field.name)?.textEquals("main") == true,
           walk.file.packageName == "main" { return }
        let channels = localChannels(in: body)
        guard !channels.isEmpty else { return }
        collectUses(of: channels, in: body)
        for channel in channels.values.sorted(by: { $0.declaration.startByte < $1.declaration.startByte }) {
            judge(channel, in: function, walk)
        }
    }

    // MARK: Channels and their uses

    /// `ch := make(chan T…)` and `var ch = make(chan T…)` directly in this function (not in a nested
    /// literal, which is judged on its own), by name hash.
    private func localChannels(in body: Node) -> [UInt64: Channel] {
        var channels: [UInt64: Channel] = [:]
        TreeWalk.forEach(body) { node in
            if node.is(Kind.funcLiteral) { return false }
            guard node.is(Kind.shortVarDeclaration) || node.is(Kind.varSpec) else { return true }
            let targets = node.is(Kind.varSpec) ? LocalDeclarations.specNames(node) : (node.child(Field.left)?.namedChildren ?? [])
            let values = (node.is(Kind.varSpec) ? node.child(Field.value) : node.child(Field.right))?.namedChildren ?? []
            for (index, target) in targets.enumerated() where target.is(Kind.identifier) && index < values.count {
                if GoroutineSendAnalysis.channelCapacity(values[index]) != nil {
                    channels[target.textHash] = Channel(name: target.text, declaration: values[index])
                }
            }
            return true
        }
        return channels
    }

    private func collectUses(of channels: [UInt64: Channel], in body: Node) {
        var contexts: [Context] = [Context(goroutine: nil, inLiteral: false, shadowed: [])]
        TreeWalk.walk(body, enter: { node in
            if node.is(Kind.funcLiteral) {
                // A literal whose parameters reuse a channel's name does not see that channel.
                var shadowed = contexts.last?.shadowed ?? []
                if let parameters = node.child(Field.parameters) {
                    for parameter in PackageDeclarations.parameters(of: parameters) {
                        if let name = parameter.name.map(ByteHash.of), channels[name] != nil { shadowed.insert(name) }
                    }
                }
                let statement = node.parent.flatMap { call in
                    call.is(Kind.callExpression) && call.child(Field.function) == node ? call.parent : nil
                }
                let goStatement = statement.flatMap { $0.is(Kind.goStatement) ? $0 : nil }
                contexts.append(Context(goroutine: goStatement ?? contexts.last?.goroutine, inLiteral: true, shadowed: shadowed))
                return true
            }
            if node.is(Kind.identifier), let channel = channels[node.textHash], let context = contexts.last,
               !context.shadowed.contains(node.textHash) {
                self.classify(node, channel, context)
            }
            return true
        }, leave: { node in
            if node.is(Kind.funcLiteral) { contexts.removeLast() }
        })
    }

    private func classify(_ identifier: Node, _ channel: Channel, _ context: Context) {
        let (node, parent) = ValueFlow.unwrapped(identifier)
        guard let parent else { return }
        switch parent.kind {
        case Kind.unaryExpression:
            guard parent.child(Field.operator)?.textEquals("<-") == true else { return }
            if let goStatement = context.goroutine, Self.isBlockingReceive(parent) {
                let key = goStatement.startByte
                channel.waits[key] = (goStatement, channel.waits[key]?.ranges ?? false)
            }
        case Kind.rangeClause where parent.child(Field.right) == node:
            if let goStatement = context.goroutine {
                channel.waits[goStatement.startByte] = (goStatement, true)
            }
        case Kind.sendStatement:
            if parent.child(Field.channel) == node {
                channel.wakes.append((.send, parent.startByte, !context.inLiteral, context.goroutine?.startByte))
            } else if ValueFlow.leavesAsValue(node, parent: parent) {
                channel.escapes = true  // sent as a value: someone else may use it
            }
        case Kind.argumentList:
            guard let call = parent.parent, let function = call.child(Field.function) else { return }
            if function.textEquals("close") {
                // A `defer close(ch)` is a statement of the function like any other: the path search sees
                // that every return after it passes it.
                channel.wakes.append((.close, call.startByte, !context.inLiteral, context.goroutine?.startByte))
            } else if !(function.textEquals("len") || function.textEquals("cap")) {
                channel.escapes = true  // handed to a function (or `go f(ch)`), which may send or close
            }
        default:
            if ValueFlow.leavesAsValue(node, parent: parent) { channel.escapes = true }
        }
    }

    /// `<-ch` outside a select, or as the only case of one: waits until a send or a close.
    static func isBlockingReceive(_ receive: Node) -> Bool {
        var node = receive
        while let parent = node.parent, parent.is(Kind.parenthesizedExpression) { node = parent }
        if let statement = node.parent, statement.is(Kind.receiveStatement) { node = statement }
        guard let clause = node.parent, clause.is(Kind.communicationCase), clause.child(Field.communication) == node,
              let select = clause.parent, select.is(Kind.selectStatement) else { return true }
        for other in select.namedChildren where other != clause {
            if other.is(Kind.communicationCase) || other.is(Kind.defaultCase) { return false }
        }
        return true
    }

    // MARK: Judgement

    private func judge(_ channel: Channel, in function: Node, _ walk: WalkContext) {
        guard !channel.escapes else { return }
        for (key, wait) in channel.waits.sorted(by: { $0.key < $1.key }) {
            // What can wake this goroutine: sends and closes outside it; a `for range` ends only on a close.
            let wakes = channel.wakes.filter { $0.goroutine != key && (!wait.ranges || $0.kind == .close) }
            // Woken by its own sends (a goroutine talking to itself) or by another goroutine: beyond this
            // syntactic judgement.
            if channel.wakes.contains(where: { $0.goroutine == key }) { continue }
            switch GoroutineAbandonment.judge(wait.goStatement, in: function, frees: wakes.map { ($0.offset, $0.direct) }, walk) {
            case nil:
                continue
            case .neverFreed:
                let anySend = channel.wakes.contains { $0.kind == .send }
                let reason = wait.ranges && anySend ? "nothing closes it, so its `for range` never ends"
                    : "nothing sends to or closes it"
                report(channel, wait.goStatement, reason, related: nil, walk)
            case .returnsFirst(let returnRange):
                let what = wait.ranges ? "closing" : "sending to or closing"
                report(channel, wait.goStatement, "the function can return before \(what) it",
                       related: returnRange.map { RelatedLocation($0, "returns here without \(what) '\(channel.name)'") }, walk)
            }
        }
    }

    private func report(_ channel: Channel, _ goStatement: Node, _ reason: String, related: RelatedLocation?, _ walk: WalkContext) {
        diagnostics.report(
            walk.file.range(of: goStatement),
            "goroutine may block forever receiving from '\(channel.name)': \(reason); close it on every path "
                + "(defer close(\(channel.name)) where the sender is done) or let the goroutine also wait on ctx.Done()",
            related: [RelatedLocation(walk.file.range(of: channel.declaration), "'\(channel.name)' is made here")]
                + (related.map { [$0] } ?? []))
    }
}
