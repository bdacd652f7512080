/// The analysis behind GL205. Per function that calls `io.Pipe()`, one targeted walk of its body
/// records the goroutines that write to the pipe's writer and every use of its reader, following it
/// through wrappers assigned to variables (`req, err := http.NewRequest(…, pr)`, `br := bufio.NewReader(pr)`).
/// A use that frees the writer either closes the reader or hands it (or its wrapper) to a function that
/// consumes it (`io.Copy`, `client.Do(req)`); when every such use is the function's own and a path from the
/// `go` statement returns without passing one, the writer is abandoned, blocked in its next Write.
final class AbandonedPipeAnalysis: PackageAnalysis {
    let diagnostics: Diagnostics

    init(diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    var kinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

    private static let pipeCall = Array("io.Pipe()".utf8)

    /// Calls that wrap a reader without consuming it to the end: their result (when assigned) stands
    /// for the reader from then on; used inline they read only part of it.
    static let wrappers: Set<String> = [
        "NewReader", "NewReaderSize", "NewScanner", "NewDecoder", "TeeReader", "LimitReader", "MultiReader",
        "NopCloser", "NewRequest", "NewRequestWithContext", "NewSectionReader", "ReadFull", "ReadAtLeast",
    ]

    final class Pipe {
        let reader: String
        let writerHash: UInt64
        let declaration: Node
        /// The reader and the variables wrapping it, by name hash.
        var readerNames: Set<UInt64>
        var readerUsed = false
        var escapes = false
        /// Closes of the reader and hand-offs to consumers: offset, and whether directly in the function.
        var frees: [(offset: Int, direct: Bool)] = []
        /// The go statements whose goroutine writes to the writer, by start byte.
        var writers: [Int: Node] = [:]
        init(reader: Node, writer: Node, declaration: Node) {
            self.reader = reader.text
            readerNames = [reader.textHash]
            writerHash = writer.textHash
            self.declaration = declaration
        }
    }

    func enter(_ function: Node, _ walk: WalkContext) {
        guard let body = function.child(Field.body), body.is(Kind.block),
              MemorySearch.contains(walk.file.source[body.startByte..<body.endByte], Self.pipeCall) else { return }
        let pipes = localPipes(in: body)
        guard !pipes.isEmpty else { return }
        collectUses(of: pipes, in: body)
        for pipe in pipes { judge(pipe, in: function, walk) }
    }

    /// `pr, pw := io.Pipe()` (or `var pr, pw = io.Pipe()`) directly in this function.
    private func localPipes(in body: Node) -> [Pipe] {
        var pipes: [Pipe] = []
        TreeWalk.forEach(body) { node in
            if node.is(Kind.funcLiteral) { return false }
            guard node.is(Kind.shortVarDeclaration) || node.is(Kind.varSpec) else { return true }
            let targets = node.is(Kind.varSpec) ? LocalDeclarations.specNames(node) : (node.child(Field.left)?.codeChildren ?? [])
            let values = (node.is(Kind.varSpec) ? node.child(Field.value) : node.child(Field.right))?.codeChildren ?? []
            guard targets.count == 2, values.count == 1, targets.allSatisfy({ $0.is(Kind.identifier) }),
                  !targets[0].textEquals("_"), !targets[1].textEquals("_"),
                  let function = unparenthesized(values[0]).child(Field.function), function.textEquals("io.Pipe") else { return true }
            pipes.append(Pipe(reader: targets[0], writer: targets[1], declaration: values[0]))
            return true
        }
        return pipes
    }

    private func collectUses(of pipes: [Pipe], in body: Node) {
        // The go statement of the goroutine literal around a node, innermost first; and how many literals.
        var goroutines: [Node?] = [nil]
        TreeWalk.walk(body, enter: { node in
            if node.is(Kind.funcLiteral) {
                let call = node.parent.flatMap { $0.is(Kind.callExpression) && $0.child(Field.function) == node ? $0 : nil }
                let statement = call?.parent.flatMap { $0.is(Kind.goStatement) ? $0 : nil }
                goroutines.append(statement ?? goroutines.last ?? nil)
                return true
            }
            guard node.is(Kind.identifier) else { return true }
            let hash = node.textHash
            let inLiteral = goroutines.count > 1
            for pipe in pipes {
                if hash == pipe.writerHash {
                    if let goStatement = goroutines.last ?? nil {
                        pipe.writers[goStatement.startByte] = goStatement
                    } else if let statement = Self.goStatement(passing: node) {
                        pipe.writers[statement.startByte] = statement  // `go produce(pw)`
                    }
                } else if pipe.readerNames.contains(hash) {
                    self.classifyReaderUse(node, pipe, inLiteral: inLiteral)
                }
            }
            return true
        }, leave: { node in
            if node.is(Kind.funcLiteral) { goroutines.removeLast() }
        })
    }

    /// The go statement whose call takes `argument` directly (`go f(pw)`).
    private static func goStatement(passing argument: Node) -> Node? {
        guard let list = argument.parent, list.is(Kind.argumentList), let call = list.parent,
              let statement = call.parent, statement.is(Kind.goStatement) else { return nil }
        return statement
    }

    private func classifyReaderUse(_ identifier: Node, _ pipe: Pipe, inLiteral: Bool) {
        let (node, parent) = ValueFlow.unwrapped(identifier)
        guard let parent else { return }
        // The declaration itself (`pr, pw := io.Pipe()`, or a wrapper's own target) is not a use.
        if parent.is(Kind.expressionList), let statement = parent.parent, statement.child(Field.left) == parent { return }
        // `_ = pr` only silences the compiler.
        if parent.is(Kind.expressionList), let statement = parent.parent, statement.is(Kind.assignmentStatement),
           statement.child(Field.left)?.codeChildren.allSatisfy({ $0.textEquals("_") }) == true { return }
        pipe.readerUsed = true
        switch parent.kind {
        case Kind.selectorExpression:
            if let method = parent.child(Field.field), method.textEquals("Close") || method.textEquals("CloseWithError"),
               parent.parent?.is(Kind.callExpression) == true {
                pipe.frees.append((parent.startByte, !inLiteral))
            }
        case Kind.argumentList:
            guard let call = parent.parent, let function = call.child(Field.function) else { return }
            let name = function.is(Kind.selectorExpression) ? function.child(Field.field)?.text ?? "" : function.text
            if Self.wrappers.contains(name) {
                // `v := wrap(pr)` or `v, err := wrap(pr)`: v stands for the reader from here on.
                if let list = call.parent, list.is(Kind.expressionList), let statement = list.parent,
                   statement.is(Kind.shortVarDeclaration) || statement.is(Kind.assignmentStatement),
                   let target = statement.child(Field.left)?.namedChild(0), target.is(Kind.identifier) {
                    pipe.readerNames.insert(target.textHash)
                }
            } else {
                pipe.frees.append((call.startByte, !inLiteral))  // handed to a consumer
            }
        default:
            if ValueFlow.leavesAsValue(node, parent: parent) { pipe.escapes = true }
        }
    }

    private func judge(_ pipe: Pipe, in function: Node, _ walk: WalkContext) {
        guard !pipe.escapes else { return }
        for (_, goStatement) in pipe.writers.sorted(by: { $0.key < $1.key }) {
            // Read only through wrappers (a scanner loop): whether it is drained is beyond a syntactic judgement.
            if pipe.frees.isEmpty, pipe.readerUsed { continue }
            switch GoroutineAbandonment.judge(goStatement, in: function, frees: pipe.frees, walk) {
            case nil:
                continue
            case .neverFreed:
                report(pipe, goStatement, "nothing reads from or closes '\(pipe.reader)'", related: nil, walk)
            case .returnsFirst(let returnRange):
                report(pipe, goStatement, "the function can return before reading or closing '\(pipe.reader)'",
                       related: returnRange.map { RelatedLocation($0, "returns here without reading or closing '\(pipe.reader)'") }, walk)
            }
        }
    }

    private func report(_ pipe: Pipe, _ goStatement: Node, _ reason: String, related: RelatedLocation?, _ walk: WalkContext) {
        diagnostics.report(
            walk.file.range(of: goStatement),
            "goroutine writing to an io.Pipe may block forever: \(reason); close the reader on every path "
                + "(defer \(pipe.reader).Close(), or \(pipe.reader).CloseWithError(err) before an early return)",
            related: [RelatedLocation(walk.file.range(of: pipe.declaration), "the pipe is made here")]
                + (related.map { [$0] } ?? []))
    }
}
