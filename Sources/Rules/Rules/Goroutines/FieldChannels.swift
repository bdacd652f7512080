/// GL201 for channels held in struct fields of this package's types (issue 24, item 3): `w := &worker{out:
/// make(chan T)}; go w.run(); select { case v := <-w.out: …; case <-ctx.Done(): return }`. A field is judged
/// package-wide and by type: every `x.f` whose `x` is (a pointer to) the declaring struct type is a send, a
/// receive, a `make` stored into it, or a use that lets the channel leave (returned by an accessor, passed,
/// assigned to a variable, sent). Judged only when the field is unexported (no other package can reach it),
/// every `make` stored into it is unbuffered and nothing lets it leave. A finding: a goroutine started with
/// `go` sends on the field outside a guarding `select`, while nothing in the package receives from it, or
/// every receive is a `select` case that another case can pre-empt and leave.
///
/// Uses are found by a byte search for `.name` over each file (channel fields are rare: no node kind is
/// dispatched for them), then typed by the semantic core. A use whose operand has no known type counts as a
/// receive and an escape of every candidate field of that name, never as a send: unknown silences.
final class FieldChannels {
    struct ChannelField: Hashable, Comparable {
        let type: String
        let name: String
        static func < (left: ChannelField, right: ChannelField) -> Bool { (left.type, left.name) < (right.type, right.name) }
    }

    enum Goroutine: Hashable {
        /// `go func() { … }()`: the go statement.
        case literal(SourceRange)
        /// A same-package function or method; goroutine only if some `go` statement starts it.
        case function(CalleeKey)
    }

    private struct Send {
        let range: SourceRange
        let goroutine: Goroutine
    }

    private struct Receive {
        /// Waits for a value (outside a select, a `range`, or a select no other case can leave).
        let waits: Bool
        /// The case that leaves instead, for a select receive that can be pre-empted.
        let exit: SourceRange?
    }

    private let package: PackageContext
    private let diagnostics: Diagnostics
    /// Unexported channel fields of this package's struct types: field name → declaring types.
    /// Empty unless some file sends on a selector (`x.f <- v`): no field send, no finding, and the package's
    /// types need not be read for it.
    private lazy var candidates: [String: Set<String>] =
        package.anySource(where: Self.hasSelectorSend) ? Self.channelFields(package.semantics) : [:]
    private var capacities: [ChannelField: [GoroutineSendAnalysis.Capacity]] = [:]
    private var sends: [ChannelField: [Send]] = [:]
    private var receives: [ChannelField: [Receive]] = [:]
    private var escaped: Set<ChannelField> = []
    private var starts: [CalleeKey: [SourceRange]] = [:]

    init(package: PackageContext, diagnostics: Diagnostics) {
        self.package = package
        self.diagnostics = diagnostics
    }

    private static func channelFields(_ semantics: PackageSemantics) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (typeName, declaration) in semantics.facts.types where !declaration.isAlias {
            guard case .structure(let fields) = declaration.underlying else { continue }
            for field in fields where !field.embedded && field.name.first?.isLowercase == true {
                // A channel type as written, or a named type of this package whose underlying type is one.
                var type = field.type
                if case .named(let name, _) = type, name.path == semantics.facts.path { type = semantics.environment.underlying(type) }
                if case .channel = type { result[field.name, default: []].insert(typeName) }
            }
        }
        return result
    }

    /// A `<-` that follows `name.name` (spaces allowed): the byte shape of a send on a field.
    static func hasSelectorSend(_ source: [UInt8]) -> Bool {
        for arrow in ByteSearch.offsets(of: "<-", in: source) {
            var index = arrow - 1
            while index >= 0, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index -= 1 }
            var identifierEnd = index
            while index >= 0, ByteSearch.isIdentifierByte(source[index]) { index -= 1 }
            guard index < identifierEnd, index >= 0, source[index] == UInt8(ascii: ".") else { continue }
            identifierEnd = index - 1
            if identifierEnd >= 0, ByteSearch.isIdentifierByte(source[identifierEnd]) || source[identifierEnd] == UInt8(ascii: ")")
                || source[identifierEnd] == UInt8(ascii: "]") { return true }
        }
        return false
    }

    /// `go f(…)` / `go x.m(…)` of a same-package function or method.
    func started(_ key: CalleeKey, at goStatement: SourceRange) {
        starts[key, default: []].append(goStatement)
    }

    // MARK: Reading a file

    func scan(_ file: GoFile, semantics: @autoclosure () -> FileSemantics) {
        guard !candidates.isEmpty else { return }
        var fileSemantics: FileSemantics?
        for (name, types) in candidates.sorted(by: { $0.key < $1.key }) {
            for start in ByteSearch.offsets(of: "." + name, in: file.source) {
                let nameStart = start + 1, nameEnd = nameStart + name.utf8.count
                if nameEnd < file.source.count, ByteSearch.isIdentifierByte(file.source[nameEnd]) { continue }
                guard let node = file.root.namedDescendant(from: nameStart, to: nameEnd), node.is(Kind.fieldIdentifier),
                      let selector = node.parent, selector.is(Kind.selectorExpression), selector.child(Field.field) == node,
                      let operand = selector.child(Field.operand) else { continue }
                // Only a send needs its operand's type (to be credited to one field); a receive, a make or an escape
                // counts for every declaring type of that name (conservative: it can only silence).
                func typed() -> FileSemantics {
                    let known = fileSemantics ?? semantics()
                    fileSemantics = known
                    return known
                }
                if Self.isSendTarget(selector) {
                    let owner = owningType(of: operand, name: name, types: types, typed())
                    classify(selector, fields: owner.fields, exact: owner.exact, file, typed)
                } else {
                    classify(selector, fields: types.sorted().map { ChannelField(type: $0, name: name) }, exact: false, file, typed)
                }
            }
        }
        for start in ByteSearch.offsets(of: "make(chan", in: file.source) { literalMake(at: start, file) }
    }

    /// Whether the selector is the channel of a send statement (`x.f <- v`, parentheses allowed).
    private static func isSendTarget(_ selector: Node) -> Bool {
        let (node, parent) = ValueFlow.unwrapped(selector)
        guard let parent, parent.is(Kind.sendStatement) else { return false }
        return parent.child(Field.channel) == node
    }

    /// The candidate fields `operand.name` may be: exactly one when the operand's type is a declaring struct
    /// (or a pointer to one); every declaring type when its type is unknown or another type.
    private func owningType(of operand: Node, name: String, types: Set<String>, _ semantics: FileSemantics) -> (fields: [ChannelField], exact: Bool) {
        let type = semantics.type(of: operand)
        if let named = type.namedThroughPointer, named.path == semantics.environment.current.path, types.contains(named.name) {
            return ([ChannelField(type: named.name, name: name)], true)
        }
        if let named = type.namedThroughPointer, named.path != semantics.environment.current.path, !named.path.isEmpty {
            return ([], true)  // another package's type: not one of ours
        }
        return (types.sorted().map { ChannelField(type: $0, name: name) }, false)
    }

    private func classify(_ selector: Node, fields: [ChannelField], exact: Bool, _ file: GoFile,
                          _ semantics: () -> FileSemantics) {
        guard !fields.isEmpty else { return }
        let (node, parent) = ValueFlow.unwrapped(selector)
        guard let parent else { return }
        switch parent.kind {
        case Kind.sendStatement where parent.child(Field.channel) == node:
            guard exact, let goroutine = Self.goroutine(ofSend: parent, file) else { return }
            for field in fields { sends[field, default: []].append(Send(range: file.range(of: parent), goroutine: goroutine)) }
        case Kind.unaryExpression where parent.child(Field.operator)?.textEquals("<-") == true:
            let receive = Self.receive(parent, file, semantics)
            for field in fields { receives[field, default: []].append(receive) }
        case Kind.rangeClause where parent.child(Field.right) == node:
            for field in fields { receives[field, default: []].append(Receive(waits: true, exit: nil)) }
        case Kind.binaryExpression:
            break  // `x.ch == nil`: a comparison reads no value
        case Kind.argumentList:
            // close, len and cap neither receive nor let the channel leave.
            if let call = parent.parent, let function = call.child(Field.function), function.is(Kind.identifier),
               function.textEquals("close") || function.textEquals("len") || function.textEquals("cap") { return }
            escaped.formUnion(fields)
        case Kind.expressionList:
            guard let statement = parent.parent, statement.is(Kind.assignmentStatement), statement.child(Field.left) == parent,
                  let index = parent.codeChildren.firstIndex(of: node),
                  let values = statement.child(Field.right)?.codeChildren, index < values.count else {
                escaped.formUnion(fields)
                return
            }
            let value = unparenthesized(values[index])
            if value.is(Kind.nilLiteral) { return }
            guard let capacity = GoroutineSendAnalysis.channelCapacity(value) else {
                escaped.formUnion(fields)  // another channel stored into the field: made elsewhere
                return
            }
            for field in fields { capacities[field, default: []].append(capacity) }
        default:
            escaped.formUnion(fields)
        }
    }

    /// `T{f: make(chan …)}` / `&T{f: make(chan …)}`: the capacity a composite literal stores into a field.
    private func literalMake(at start: Int, _ file: GoFile) {
        guard let make = file.root.namedDescendant(from: start, to: start + 4), make.is(Kind.identifier),
              let call = make.parent, call.is(Kind.callExpression), let capacity = GoroutineSendAnalysis.channelCapacity(call) else { return }
        let (node, parent) = ValueFlow.unwrapped(call)
        guard let element = parent, element.is(Kind.literalElement), element.namedChild(0) == node,
              let keyed = element.parent, keyed.is(Kind.keyedElement), keyed.namedChild(1) == element,
              let key = keyed.namedChild(0), let types = candidates[key.text],
              let literal = keyed.parent?.parent, literal.is(Kind.compositeLiteral), var type = literal.child(Field.type) else { return }
        if type.is(Kind.genericType), let base = type.child(Field.type) { type = base }
        guard type.is(Kind.typeIdentifier), types.contains(type.text) else { return }
        capacities[ChannelField(type: type.text, name: key.text), default: []].append(capacity)
    }

    /// Who runs a send: the go statement of its func literal, or its function (a goroutine if started with
    /// `go`); nil inside a callback (who runs it is unknown) or when a `select` guards it.
    private static func goroutine(ofSend send: Node, _ file: GoFile) -> Goroutine? {
        if GoroutineSendAnalysis.isGuarded(send) { return nil }
        var current = send.parent
        while let node = current {
            if node.is(Kind.funcLiteral) {
                if let call = node.parent, call.is(Kind.callExpression), call.child(Field.function) == node,
                   let statement = call.parent, statement.is(Kind.goStatement) {
                    return .literal(file.range(of: statement))
                }
                return nil
            }
            if node.is(Kind.functionDeclaration) || node.is(Kind.methodDeclaration) {
                guard let name = node.child(Field.name) else { return nil }
                return .function(CalleeKey(name: name.text, isMethod: node.is(Kind.methodDeclaration)))
            }
            current = node.parent
        }
        return nil
    }

    /// A receive outside a select waits; a select case can be pre-empted by another case that leaves (in a
    /// loop, only a case that returns or jumps out leaves).
    private static func receive(_ unary: Node, _ file: GoFile, _ semantics: () -> FileSemantics) -> Receive {
        var communication = unary
        var parent = unary.parent
        while let enclosing = parent, enclosing.is(Kind.parenthesizedExpression) { communication = enclosing; parent = enclosing.parent }
        if let statement = parent, statement.is(Kind.receiveStatement) { communication = statement; parent = statement.parent }
        guard let clause = parent, clause.is(Kind.communicationCase), clause.child(Field.communication) == communication,
              let select = clause.parent, select.is(Kind.selectStatement) else { return Receive(waits: true, exit: nil) }
        let inLoop = isInLoop(select)
        // An owner polling its own field (`func (g *Game) Update() { select { case v := <-g.ch: …; default: } }`,
        // a game's per-frame update) asks again on its next call: a select with `default` is a poll, and leaving
        // this call (by `default` or another case) does not leave the channel.
        if select.namedChildren.contains(where: { $0.is(Kind.defaultCase) }), isReceiverField(unary, semantics) {
            return Receive(waits: true, exit: nil)
        }
        for other in select.namedChildren where other != clause && (other.is(Kind.communicationCase) || other.is(Kind.defaultCase)) {
            if !inLoop || Termination.mayLeaveAndGoOn(other) { return Receive(waits: false, exit: file.range(of: other)) }
        }
        return Receive(waits: true, exit: nil)
    }

    /// Whether `<-x.f` receives from a field of the receiver of the method it is in (`x` is that receiver, as the
    /// resolver says: a local that shadows its name is not).
    private static func isReceiverField(_ unary: Node, _ semantics: () -> FileSemantics) -> Bool {
        guard let selector = unary.child(Field.operand).map(unparenthesized), selector.is(Kind.selectorExpression),
              let operand = selector.child(Field.operand), operand.is(Kind.identifier) else { return false }
        var current = unary.parent
        while let enclosing = current {
            if enclosing.is(Kind.funcLiteral) || enclosing.is(Kind.functionDeclaration) { return false }
            if enclosing.is(Kind.methodDeclaration) {
                guard let receiver = enclosing.child(Field.receiver)?.codeChildren.first,
                      let name = receiver.child(Field.name), let symbol = semantics().symbol(operand) else { return false }
                return semantics().symbol(name) === symbol
            }
            current = enclosing.parent
        }
        return false
    }

    private static func isInLoop(_ node: Node) -> Bool {
        var current = node.parent
        while let enclosing = current {
            if enclosing.is(Kind.forStatement) { return true }
            if enclosing.is(Kind.funcLiteral) || enclosing.is(Kind.functionDeclaration) || enclosing.is(Kind.methodDeclaration) { return false }
            current = enclosing.parent
        }
        return false
    }

    // MARK: Judgement

    func finish(isUnbuffered: (GoroutineSendAnalysis.Capacity) -> Bool) {
        for (field, fieldSends) in sends.sorted(by: { $0.key < $1.key }) where !escaped.contains(field) {
            guard let made = capacities[field], !made.isEmpty, made.allSatisfy(isUnbuffered) else { continue }
            let fieldReceives = receives[field] ?? []
            if fieldReceives.contains(where: \.waits) { continue }
            let reason = fieldReceives.isEmpty ? "nothing in the package receives from it"
                : "its only receives are select cases that another case can take and leave"
            let exit = fieldReceives.compactMap(\.exit).min()
            var reported = Set<SourceRange>()
            for send in fieldSends.sorted(by: { $0.range < $1.range }) {
                let goStatements: [SourceRange]
                switch send.goroutine {
                case .literal(let statement): goStatements = [statement]
                case .function(let key): goStatements = starts[key] ?? []
                }
                for statement in goStatements.sorted() where reported.insert(statement).inserted {
                    var related = [RelatedLocation(send.range, "the send that blocks")]
                    if let exit { related.append(RelatedLocation(exit, "'\(field.name)' is abandoned here")) }
                    diagnostics.report(
                        statement,
                        "goroutine may block forever sending on unbuffered channel field '\(field.name)' of \(field.type): "
                            + "\(reason); give the field a buffer (make(chan T, 1) for a single send), or select on a "
                            + "done channel around the send",
                        related: related)
                }
            }
        }
    }
}
