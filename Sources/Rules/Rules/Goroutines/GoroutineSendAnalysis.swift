/// The single-walk analysis behind GL201. Per function it records local channels, the goroutines that
/// send on them, every receive and return; when the function is left, each goroutine is judged. Goroutines
/// started with a same-package function (`go worker(ch)`) are judged in the package phase, once every
/// function's "sends on parameter i" summary is known.
final class GoroutineSendAnalysis: PackageAnalysis {
    let package: PackageContext
    let diagnostics: Diagnostics

    enum Capacity { case zero, constant(String), buffered }

    enum ReceiveKind {
        /// `<-ch` or `v := <-ch` outside a select: waits for the send.
        case blocking
        /// `for v := range ch`: drains every send, unless the loop (`loop`) is left early.
        case drains(loop: SourceRange)
        /// A select case; `exit` is another case that leaves (the select is abandoned through it).
        case select(exits: [SelectExit])
    }

    /// A case of a select that can leave instead of receiving; `receivesFrom`: the channel name it receives from,
    /// when it is a plain receive (`case err := <-errs:`).
    struct SelectExit {
        let range: SourceRange
        let receivesFrom: UInt64?
    }

    struct Receive {
        let range: SourceRange
        let kind: ReceiveKind
        /// The goroutine literal the receive is in, if any (a goroutine does not receive its own sends).
        let goroutine: Int?
        /// The `for` statements around it in its function, innermost first.
        var loops: [Range<Int>] = []
        /// In a deferred call (`defer func() { <-done }()`): it runs at every exit after its registration.
        var deferred = false
    }

    struct Send {
        let goroutine: Int
        /// The go statement runs in a loop, or the send does inside the goroutine: more than one send.
        let repeats: Bool
        let goStatement: SourceRange
        let range: SourceRange
    }

    final class Channel {
        let name: String
        let declaration: SourceRange
        let capacity: Capacity
        var receives: [Receive] = []
        var sends: [Send] = []
        var escapes = false
        /// Same-package functions started with the channel as an argument (`go consume(ch)`): unless
        /// such a function sends on it, it may be the receiver (R-201a).
        var goroutineArguments: [(key: CalleeKey, index: Int)] = []
        /// Makes the channel buffered for one value (`make(chan T)` → `make(chan T, 1)`).
        let bufferOne: TextEdit?
        init(name: String, declaration: SourceRange, capacity: Capacity, bufferOne: TextEdit?) {
            self.name = name; self.declaration = declaration; self.capacity = capacity; self.bufferOne = bufferOne
        }
    }

    final class Frame {
        let key: CalleeKey?
        /// Set when this frame is the func literal of a `go` statement.
        let goroutine: Int?
        let goStatement: SourceRange?
        var goStatementInLoop = false
        /// Names by `ByteHash`, so no String is made per identifier.
        var declared: Set<UInt64> = []
        var parameters: [UInt64: Int] = [:]
        var channels: [UInt64: Channel] = [:]
        /// Ways out before a receive, in source order: returns (leave the function) and breaks out of a
        /// `for` (skip what follows in that loop: `within` is the loop).
        var returns: [Exit] = []
        /// `go f(ch)` calls: judged in the package phase.
        var calledGoroutines: [(key: CalleeKey, argument: Int, channel: Channel, goStatement: SourceRange)] = []
        init(key: CalleeKey?, goroutine: Int?, goStatement: SourceRange?) {
            self.key = key; self.goroutine = goroutine; self.goStatement = goStatement
        }
    }

    private var frames: [Frame] = []
    /// Goroutine func literals by id, for path questions inside a goroutine (valid while its file is walked).
    private var goroutineLiterals: [Int: Node] = [:]
    private var file: GoFile!
    private var nextGoroutine = 0
    /// Same-package function → parameter indices it sends on without a guard.
    private var sendsOnParameter: [CalleeKey: Set<Int>] = [:]
    private var deferred: [(key: CalleeKey, argument: Int, channel: Channel, goStatement: SourceRange, returns: [Exit],
                            exitWithoutReceive: SourceRange?)] = []
    /// Channels held in struct fields, judged package-wide by type.
    private lazy var fieldChannels = FieldChannels(package: package, diagnostics: diagnostics)

    /// A return (`within` nil) or a break out of the `for` statement `within`.
    struct Exit {
        let range: SourceRange
        let within: SourceRange?
    }

    init(package: PackageContext, diagnostics: Diagnostics) {
        self.package = package
        self.diagnostics = diagnostics
    }

    var kinds: [KindID] {
        [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration, Kind.varSpec,
         Kind.assignmentStatement, Kind.rangeClause, Kind.sendStatement, Kind.unaryExpression, Kind.returnStatement,
         Kind.goStatement, Kind.breakStatement]
    }
    var leaveKinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

    func beginFile(_ file: GoFile) -> Bool {
        self.file = file
        goroutineLiterals = [:]
        return true
    }

    func endFile(_ file: GoFile) {
        fieldChannels.scan(file, semantics: FileSemantics(file: file, environment: self.package.semantics.environment))
    }

    func enter(_ node: Node, _ walk: WalkContext) {
        switch node.kind {
        case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral: enterFunction(node, walk)
        case Kind.shortVarDeclaration, Kind.assignmentStatement, Kind.varSpec: declaration(node)
        case Kind.rangeClause: rangeClause(node, walk)
        case Kind.sendStatement: send(node, walk)
        case Kind.unaryExpression: receive(node, walk)
        case Kind.returnStatement: frames.last?.returns.append(Exit(range: file.range(of: node), within: nil))
        case Kind.breakStatement: loopBreak(node, walk)
        case Kind.goStatement: goStatement(node, walk)
        default: break
        }
    }

    func leave(_ node: Node, _ walk: WalkContext) {
        guard let frame = frames.popLast() else { return }
        // Escapes are looked for only here, in the rare functions that made a channel: dispatching every
        // identifier of the package to this rule cost more than the rest of it.
        if !frame.channels.isEmpty, let body = node.child(Field.body) { markEscapes(of: frame.channels, in: body) }
        guard !frame.channels.isEmpty else { return }
        let paths = PathToExit(function: node, walk: walk)
        for channel in frame.channels.values.sorted(by: { $0.declaration < $1.declaration }) {
            judge(channel, returns: frame.returns, paths: paths, channels: frame.channels)
        }
        for pending in frame.calledGoroutines {
            let exit = paths.exit(from: pending.goStatement, avoiding: pending.channel.receives)
            deferred.append((pending.key, pending.argument, pending.channel, pending.goStatement, frame.returns, exit))
        }
    }

    // MARK: Scopes and channels

    private func enterFunction(_ node: Node, _ walk: WalkContext) {
        var goroutine: Int?
        var goStatement: SourceRange?
        if node.is(Kind.funcLiteral), let call = walk.parent, call.is(Kind.callExpression),
           call.child(Field.function) == node, let statement = walk.ancestor(2), statement.is(Kind.goStatement) {
            goroutine = nextGoroutine
            goroutineLiterals[nextGoroutine] = node
            nextGoroutine += 1
            goStatement = file.range(of: statement)
        }
        let key = node.is(Kind.funcLiteral) ? nil
            : node.child(Field.name).map { CalleeKey(name: $0.text, isMethod: node.is(Kind.methodDeclaration)) }
        let frame = Frame(key: key, goroutine: goroutine, goStatement: goStatement)
        if goroutine != nil { frame.goStatementInLoop = walk.enclosingLoopLevel >= 0 }
        let signature = walk.signature(of: node)
        for entry in signature.receiver + signature.results { if let name = entry.name { frame.declared.insert(name.textHash) } }
        for entry in signature.parameters {
            guard let name = entry.name else { continue }
            let hash = name.textHash
            frame.declared.insert(hash)
            frame.parameters[hash] = entry.index
        }
        frames.append(frame)
    }

    private func declaration(_ node: Node) {
        guard let frame = frames.last else { return }
        // `func main`'s channels: when main stops receiving it returns, and the process ends with every
        // goroutine, so nothing can stay blocked.
        if frame.key?.name == "main", frame.key?.isMethod == false, file.packageName == "main" { return }
        let targets: [Node]
        let values: [Node]
        if node.is(Kind.varSpec) {
            targets = LocalDeclarations.specNames(node)
            values = node.child(Field.value)?.namedChildren ?? []
        } else {
            targets = node.child(Field.left)?.namedChildren ?? []
            values = node.child(Field.right)?.namedChildren ?? []
        }
        let declares = !node.is(Kind.assignmentStatement)
        for (index, target) in targets.enumerated() where target.is(Kind.identifier) {
            let name = target.textHash
            if declares { frame.declared.insert(name) }
            guard index < values.count, let capacity = Self.channelCapacity(values[index]) else { continue }
            // `ch = make(chan T)` re-makes a channel declared in this function; elsewhere it is not ours.
            guard declares || frame.declared.contains(name) else { continue }
            frame.channels[name] = Channel(name: target.text, declaration: file.range(of: values[index]), capacity: capacity,
                                           bufferOne: bufferOneEdit(values[index]))
        }
    }

    /// The edit that gives an unbuffered `make` a buffer of one: `make(chan T)` gets `, 1` after its type,
    /// `make(chan T, 0)` has its `0` replaced.
    private func bufferOneEdit(_ value: Node) -> TextEdit? {
        let call = unparenthesized(value)
        guard let arguments = call.child(Field.arguments) else { return nil }
        let values = arguments.namedChildren.filter { !$0.is(Kind.comment) }
        if values.count == 2, values[1].is(Kind.intLiteral) {
            return TextEdit(path: file.path, startByte: values[1].startByte, endByte: values[1].endByte, newText: "1")
        }
        guard values.count == 1 else { return nil }
        return TextEdit(path: file.path, startByte: values[0].endByte, endByte: values[0].endByte, newText: ", 1")
    }

    /// `make(chan T)` → zero, `make(chan T, 0)` → zero, `make(chan T, name)` → a constant to look up,
    /// anything else → buffered (or unknown: no finding).
    static func channelCapacity(_ value: Node) -> Capacity? {
        let value = unparenthesized(value)
        guard value.is(Kind.callExpression), let function = value.child(Field.function), function.textEquals("make"),
              let arguments = value.child(Field.arguments)?.namedChildren.filter({ !$0.is(Kind.comment) }),
              let type = arguments.first, type.is(Kind.channelType) else { return nil }
        guard arguments.count > 1 else { return .zero }
        let capacity = unparenthesized(arguments[1])
        if capacity.is(Kind.intLiteral) { return GoText.intValue(capacity.text) == 0 ? .zero : .buffered }
        if capacity.is(Kind.identifier) { return .constant(capacity.text) }
        return .buffered
    }

    /// The channel a name refers to at this point, with the frame that owns it.
    private func channel(named node: Node) -> (channel: Channel?, frame: Frame, depth: Int)? {
        guard node.is(Kind.identifier) else { return nil }
        let name = node.textHash
        for depth in stride(from: frames.count - 1, through: 0, by: -1) {
            let frame = frames[depth]
            if let channel = frame.channels[name] { return (channel, frame, depth) }
            if frame.declared.contains(name) { return (nil, frame, depth) }
        }
        return nil
    }

    /// The goroutine literal between the owner frame (at `depth`) and here, if any.
    private func goroutineFrame(below depth: Int) -> Frame? {
        frames[(depth + 1)...].last { $0.goroutine != nil }
    }

    // MARK: Events

    private func send(_ node: Node, _ walk: WalkContext) {
        guard let target = node.child(Field.channel).map(unparenthesized), target.is(Kind.identifier),
              let resolved = channel(named: target), !Self.isGuarded(node) else { return }
        if let channel = resolved.channel {
            guard let goroutine = goroutineFrame(below: resolved.depth), let id = goroutine.goroutine,
                  let goStatement = goroutine.goStatement else { return }
            let repeats = goroutine.goStatementInLoop || walk.enclosingLoopLevel >= 0
            channel.sends.append(Send(goroutine: id, repeats: repeats, goStatement: goStatement, range: file.range(of: node)))
        } else if let index = resolved.frame.parameters[target.textHash], let key = resolved.frame.key,
                  resolved.depth == frames.count - 1 || goroutineFrame(below: resolved.depth) == nil {
            sendsOnParameter[key, default: []].insert(index)
        }
    }

    /// A send that is a case of a select with a `default` or a receive case can always give up.
    /// Shared with channels in fields (sends are rare: the parent lookups cost nothing that matters).
    static func isGuarded(_ send: Node) -> Bool {
        guard let clause = send.parent, clause.is(Kind.communicationCase), clause.child(Field.communication) == send,
              let select = clause.parent, select.is(Kind.selectStatement) else { return false }
        for other in select.namedChildren where other != clause {
            if other.is(Kind.defaultCase) { return true }
            if other.is(Kind.communicationCase), let communication = other.child(Field.communication),
               !communication.is(Kind.sendStatement) {
                return true
            }
        }
        return false
    }

    private func receive(_ node: Node, _ walk: WalkContext) {
        guard let op = node.child(Field.operator), op.textEquals("<-"),
              let operand = node.child(Field.operand).map(unparenthesized),
              let resolved = channel(named: operand), let channel = resolved.channel else { return }
        let goroutine = goroutineFrame(below: resolved.depth)?.goroutine
        channel.receives.append(Receive(range: file.range(of: node), kind: receiveKind(node, walk), goroutine: goroutine,
                                        loops: Self.enclosingLoops(walk), deferred: Self.isDeferred(walk)))
    }

    private func rangeClause(_ node: Node, _ walk: WalkContext) {
        if let frame = frames.last {
            frame.declared.formUnion(walk.declaredNameHashes(node))
        }
        guard let right = node.child(Field.right).map(unparenthesized), let resolved = channel(named: right),
              let channel = resolved.channel else { return }
        let goroutine = goroutineFrame(below: resolved.depth)?.goroutine
        let loop = walk.parent.map { file.range(of: $0) } ?? file.range(of: node)
        channel.receives.append(Receive(range: file.range(of: right), kind: .drains(loop: loop), goroutine: goroutine,
                                        loops: Self.enclosingLoops(walk)))
    }

    /// Whether the current node runs in a deferred call of its function.
    private static func isDeferred(_ walk: WalkContext) -> Bool {
        var distance = 1
        while let node = walk.ancestor(distance) {
            if node.is(Kind.deferStatement) { return true }
            if node.is(Kind.functionDeclaration) || node.is(Kind.methodDeclaration) || node.is(Kind.goStatement) { return false }
            distance += 1
        }
        return false
    }

    /// The byte ranges of the `for` statements around the current node, up to its function.
    private static func enclosingLoops(_ walk: WalkContext) -> [Range<Int>] {
        var loops: [Range<Int>] = []
        var distance = 1
        while let node = walk.ancestor(distance) {
            if node.is(Kind.funcLiteral) || node.is(Kind.functionDeclaration) || node.is(Kind.methodDeclaration) { break }
            if node.is(Kind.forStatement) { loops.append(node.startByte..<node.endByte) }
            distance += 1
        }
        return loops
    }

    /// Whether a receive waits (outside a select) or is a select case that another, leaving, case can
    /// pre-empt.
    private func receiveKind(_ node: Node, _ walk: WalkContext) -> ReceiveKind {
        var distance = 1
        while let parent = walk.ancestor(distance), parent.is(Kind.parenthesizedExpression) { distance += 1 }
        var communication = walk.ancestor(distance - 1)
        if let statement = walk.ancestor(distance), statement.is(Kind.receiveStatement) {
            communication = statement
            distance += 1
        }
        guard let clause = walk.ancestor(distance), clause.is(Kind.communicationCase),
              clause.child(Field.communication) == communication,
              let select = walk.ancestor(distance + 1), select.is(Kind.selectStatement) else { return .blocking }
        let inLoop = walk.enclosingLoopLevel >= 0
        var exits: [SelectExit] = []
        for other in select.namedChildren where other != clause && (other.is(Kind.communicationCase) || other.is(Kind.defaultCase)) {
            // Outside a loop every other case leaves the select for good; inside one, only a case that
            // returns (or jumps out) does.
            if !inLoop || Termination.mayLeaveAndGoOn(other) {
                exits.append(SelectExit(range: file.range(of: other), receivesFrom: Self.receivedChannel(of: other)))
            }
        }
        return .select(exits: exits)
    }

    /// The channel name a select case receives from (`case v := <-ch:`, `case <-ch:`), as a name hash.
    private static func receivedChannel(of clause: Node) -> UInt64? {
        guard clause.is(Kind.communicationCase), var communication = clause.child(Field.communication) else { return nil }
        if communication.is(Kind.receiveStatement), let right = communication.child(Field.right) { communication = right }
        if communication.is(Kind.expressionStatement), let inner = communication.namedChild(0) { communication = inner }
        communication = unparenthesized(communication)
        guard communication.is(Kind.unaryExpression), communication.child(Field.operator)?.textEquals("<-") == true,
              let operand = communication.child(Field.operand).map(unparenthesized), operand.is(Kind.identifier) else { return nil }
        return operand.textHash
    }

    private func goStatement(_ node: Node, _ walk: WalkContext) {
        guard let call = node.namedChildren.first(where: { $0.is(Kind.callExpression) }),
              let function = call.child(Field.function), !function.is(Kind.funcLiteral) else { return }
        let key: CalleeKey
        switch file.callee(of: call) {
        case .function(let name) where !goBuiltinFunctions.contains(name): key = CalleeKey(name: name, isMethod: false)
        case .method(_, let name): key = CalleeKey(name: name, isMethod: true)
        default: return
        }
        fieldChannels.started(key, at: file.range(of: node))
        let arguments = call.child(Field.arguments)?.namedChildren.filter { !$0.is(Kind.comment) } ?? []
        for (index, argument) in arguments.enumerated() {
            guard let resolved = channel(named: unparenthesized(argument)), let channel = resolved.channel else { continue }
            resolved.frame.calledGoroutines.append((key, index, channel, file.range(of: node)))
            channel.goroutineArguments.append((key, index))
        }
    }

    /// A channel that leaves the function (passed on, returned, stored, aliased, sent) may be received
    /// elsewhere: no finding. One walk of the function's body; a func literal whose parameters reuse a
    /// channel's name does not see that channel.
    private func markEscapes(of channels: [UInt64: Channel], in body: Node) {
        var shadowed: [Set<UInt64>] = [[]]
        TreeWalk.walk(body, enter: { node in
            if node.is(Kind.funcLiteral) {
                var names = shadowed.last ?? []
                if let parameters = node.child(Field.parameters) {
                    for parameter in PackageDeclarations.parameters(of: parameters) {
                        if let name = parameter.name.map(ByteHash.of), channels[name] != nil { names.insert(name) }
                    }
                }
                shadowed.append(names)
            } else if node.is(Kind.identifier), let channel = channels[node.textHash],
                      shadowed.last?.contains(node.textHash) != true, Self.escapes(node) {
                channel.escapes = true
            }
            return true
        }, leave: { node in
            if node.is(Kind.funcLiteral) { shadowed.removeLast() }
        })
    }

    /// Whether this use of a channel's name hands the channel on.
    private static func escapes(_ identifier: Node) -> Bool {
        let (node, parent) = ValueFlow.unwrapped(identifier)
        guard let parent else { return false }
        guard parent.is(Kind.argumentList) else { return ValueFlow.leavesAsValue(node, parent: parent) }
        guard let call = parent.parent, let function = call.child(Field.function) else { return false }
        if function.is(Kind.identifier), ["close", "len", "cap"].contains(where: { function.textEquals($0) }) { return false }
        // `go worker(ch)` is judged as a sender, not an escape.
        return call.parent?.is(Kind.goStatement) != true || function.is(Kind.funcLiteral)
    }

    /// `break` leaving a `for` (not a switch or select): unlabelled, its nearest breakable statement
    /// is a loop; labelled, assumed to leave the enclosing loop.
    private func loopBreak(_ node: Node, _ walk: WalkContext) {
        guard let frame = frames.last else { return }
        let loop: Node?
        if node.namedChildCount > 0 {
            loop = walk.enclosingLoop
        } else {
            let breakable = walk.nearestAncestor(of: Kind.forStatement, Kind.expressionSwitchStatement,
                                                 Kind.typeSwitchStatement, Kind.selectStatement)
            loop = breakable.flatMap { $0.node.is(Kind.forStatement) ? $0.node : nil }
        }
        guard let loop else { return }
        frame.returns.append(Exit(range: file.range(of: node), within: file.range(of: loop)))
    }

    // MARK: Judgement

    private func isUnbuffered(_ channel: Channel) -> Bool { isUnbuffered(channel.capacity) }

    private func isUnbuffered(_ capacity: Capacity) -> Bool {
        switch capacity {
        case .zero: return true
        case .buffered: return false
        case .constant(let name):
            guard let value = package.declarations.constants[name] else { return false }
            return GoText.intValue(value) == 0
        }
    }

    private func judge(_ channel: Channel, returns: [Exit], paths: PathToExit, channels: [UInt64: Channel]) {
        // A channel also handed to `go f(ch)` may be received by f; its summary is not known yet.
        guard !channel.escapes, isUnbuffered(channel), channel.goroutineArguments.isEmpty else { return }
        var judged = Set<Int>()
        for send in channel.sends where judged.insert(send.goroutine).inserted {
            // A goroutine that also receives on the channel is a ping-pong between instances of the
            // same literal (started in a loop): their hand-off is beyond a syntactic judgement.
            if channel.receives.contains(where: { $0.goroutine == send.goroutine }) { continue }
            let receives = channel.receives
            let repeats = channel.sends.contains { $0.goroutine == send.goroutine && $0.repeats }
            let exit = paths.exit(from: send.goStatement, avoiding: receives)
            let cannotPreempt = { (exit: SelectExit) in self.cannotPrecede(send, on: exit.receivesFrom, channels: channels, paths) }
            if let reason = abandonment(of: channel, receives: receives, after: send.goStatement, returns: returns,
                                        exitWithoutReceive: exit, senderRepeats: repeats, cannotPreempt: cannotPreempt) {
                // Buffering one value is a complete fix only for a single send from a single goroutine.
                let senders = channel.sends.filter { $0.goroutine == send.goroutine }
                let single = Set(channel.sends.map(\.goroutine)).count == 1 && senders.count == 1 && !send.repeats
                report(channel, goStatement: send.goStatement, reason: reason, fix: single ? channel.bufferOne : nil)
            }
        }
    }

    /// Why the spawning function may stop receiving, with the place that abandons; nil when it always
    /// receives.
    private func abandonment(of channel: Channel, receives: [Receive], after goStatement: SourceRange,
                             returns: [Exit], exitWithoutReceive: SourceRange?, senderRepeats: Bool = false,
                             cannotPreempt: (SelectExit) -> Bool = { _ in false }) -> (String, SourceRange?)? {
        if receives.isEmpty { return ("nothing receives from it", nil) }
        // FN-201: a sender that sends again and again, drained by `for range` — but the range loop can
        // be left early (return, or a break out of it), and nothing else receives after that.
        if senderRepeats, let early = earlyExit(fromDrainsOf: receives, after: goStatement, returns: returns) {
            return ("the `for range` over it can be left before the sender is done", early)
        }
        let waiting = receives.filter {
            if case .select = $0.kind { return false }
            return true
        }
        if !waiting.isEmpty {
            // Another goroutine that receives runs whatever path this function takes; a deferred receive runs
            // at every exit.
            if waiting.contains(where: { $0.goroutine != nil || $0.deferred }) { return nil }
            // (b) on the function's control-flow graph, an exit (a return, the end of the body) is reachable from
            // the go statement without passing any receive: the goroutine is left sending. Through a break out of
            // the loop that holds the go statement, the break is the place that abandons.
            guard let exit = exitWithoutReceive else { return nil }
            if let loopBreak = returns.first(where: { exit in
                guard let loop = exit.within else { return false }
                return loop.startByte <= goStatement.startByte && goStatement.endByte <= loop.endByte
                    && exit.range.startByte > goStatement.endByte
                    && !receives.contains { $0.range.startByte > goStatement.endByte && $0.range.startByte < exit.range.startByte }
            }) {
                return ("a break can leave the loop before receiving from it", loopBreak.range)
            }
            return ("the function can return before receiving from it", exit)
        }
        // (a) every receive is a select case that another case can pre-empt.
        var exits: [SourceRange] = []
        for receive in receives {
            guard case .select(let cases) = receive.kind,
                  let exit = cases.first(where: { !cannotPreempt($0) }) else { return nil }
            exits.append(exit.range)
        }
        return ("its only receive is in a select that can take another case and leave", exits.first)
    }

    /// Whether a select case receiving from `other` cannot fire in a run where `send` happens: every send on that
    /// (local, unbuffered) channel comes from the same goroutine, none repeats, and `send` is not reachable
    /// from any of them in the goroutine's control-flow graph (happens-before: `errs <- err; return` or
    /// `results <- r` after `errs <- err`, received by one select: each case waits for its own send).
    private func cannotPrecede(_ send: Send, on other: UInt64?, channels: [UInt64: Channel], _ paths: PathToExit) -> Bool {
        guard let other, let channel = channels[other], !channel.escapes, isUnbuffered(channel), !send.repeats,
              channel.goroutineArguments.isEmpty, !channel.sends.isEmpty,
              channel.sends.allSatisfy({ $0.goroutine == send.goroutine && !$0.repeats }),
              let literal = goroutineLiterals[send.goroutine] else { return false }
        let graph = paths.walk.semantics.controlFlow(of: literal)
        return channel.sends.allSatisfy { earlier in
            PathSearch.exits(graph, from: earlier.range.startByte, avoiding: [], ending: [send.range.startByte]).ended.isEmpty
        }
    }

    /// An exit inside a `for v := range ch` loop (a return, or a break of that loop) when every waiting
    /// receive after the go statement is such a loop.
    private func earlyExit(fromDrainsOf receives: [Receive], after goStatement: SourceRange, returns: [Exit]) -> SourceRange? {
        var loops: [SourceRange] = []
        for receive in receives where receive.range.startByte > goStatement.endByte {
            guard case .drains(let loop) = receive.kind else { return nil }
            loops.append(loop)
        }
        for loop in loops {
            if let exit = returns.first(where: { exit in
                loop.startByte < exit.range.startByte && exit.range.endByte <= loop.endByte
                    && (exit.within == nil || exit.within == loop)
            }) {
                return exit.range
            }
        }
        return nil
    }

    private func report(_ channel: Channel, goStatement: SourceRange, reason: (String, SourceRange?), fix edit: TextEdit? = nil) {
        let related = reason.1.map { [RelatedLocation($0, "'\(channel.name)' is abandoned here")] } ?? []
        let fix = edit.map { Fix(message: "give '\(channel.name)' a buffer of one so the single send never blocks", edits: [$0]) }
        diagnostics.report(
            goStatement,
            "goroutine may block forever sending on unbuffered channel '\(channel.name)': \(reason.0); use "
                + "make(chan T, 1) for a single send, or select on ctx.Done() around the send",
            related: related, fix: fix)
    }

    func finishPackage() {
        fieldChannels.finish(isUnbuffered: isUnbuffered)
        for pending in deferred where sendsOnParameter[pending.key]?.contains(pending.argument) == true {
            guard !pending.channel.escapes, isUnbuffered(pending.channel) else { continue }
            // Also started with a function that does not send on it: that one may be its receiver.
            if pending.channel.goroutineArguments.contains(where: { sendsOnParameter[$0.key]?.contains($0.index) != true }) {
                continue
            }
            if let reason = abandonment(of: pending.channel, receives: pending.channel.receives,
                                        after: pending.goStatement, returns: pending.returns,
                                        exitWithoutReceive: pending.exitWithoutReceive) {
                report(pending.channel, goStatement: pending.goStatement, reason: reason)
            }
        }
    }
}

/// GL201's path question on the spawning function's control-flow graph: the first exit (a return, or the
/// end of the body) reachable from a go statement without passing any receive of the channel. Entering a loop
/// that receives (and does not hold the go statement) counts as receiving: `for i := 0; i < n; i++ { <-done }`
/// after n goroutines runs. The graph is built on the first question (most functions with a channel never ask).
struct PathToExit {
    let function: Node
    let walk: WalkContext

    func exit(from goStatement: SourceRange, avoiding receives: [GoroutineSendAnalysis.Receive]) -> SourceRange? {
        let graph = walk.semantics.controlFlow(of: function)
        let loops = receives.compactMap { receive in
            receive.loops.last { !($0.lowerBound <= goStatement.startByte && goStatement.startByte < $0.upperBound) }
        }
        let exits = PathSearch.exits(graph, from: goStatement.startByte, avoiding: receives.map(\.range.startByte), avoidingRanges: loops)
        if let first = exits.returns.first { return walk.file.range(of: first) }
        if exits.fallsOffEnd, let body = function.child(Field.body), let close = body.child(body.childCount - 1) {
            return walk.file.range(of: close)
        }
        return nil
    }
}
