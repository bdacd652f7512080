/// What GL105 reports by default: a deferred release of something the same iteration acquired. Those
/// pile up real resources (descriptors, locks, connections, disk) one per iteration; other deferred calls
/// in loops were, on labelled real code, mostly deliberate (see the rule's docs). `every-defer: true`
/// reports them all.
extension DeferInLoopRule {
    enum IterationRelease {
        /// Methods that release what their receiver holds.
        static let releasingMethods: Set<String> = ["Close", "Unlock", "RUnlock", "Rollback"]

        /// Whether the deferred call (or a call in a deferred func literal) releases a value acquired in
        /// `body` before the defer: `X.Close()`, `X.Rollback()`, `os.Remove(X)`, `os.RemoveAll(X)` with X
        /// assigned in the iteration, or `X.Unlock()`/`X.RUnlock()` after `X.Lock()`/`X.RLock()` in it.
        static func releasesIterationResource(_ deferNode: Node, body: Node) -> Bool {
            guard let call = deferNode.namedChild(0).map(unparenthesized), call.is(Kind.callExpression),
                  let function = call.child(Field.function) else { return false }
            var calls: [Node] = []
            if function.is(Kind.funcLiteral), let literalBody = function.child(Field.body) {
                TreeWalk.forEach(literalBody) { node in
                    if node.is(Kind.callExpression) { calls.append(node) }
                    return !node.is(Kind.funcLiteral) || node == function
                }
            } else {
                calls = [call]
            }
            return calls.contains { releases($0, before: deferNode.startByte, in: body) }
        }

        private static func releases(_ call: Node, before offset: Int, in body: Node) -> Bool {
            guard let function = call.child(Field.function), function.is(Kind.selectorExpression),
                  let operand = function.child(Field.operand), let method = function.child(Field.field)?.text else { return false }
            if method == "Unlock" || method == "RUnlock" {
                let lock = method == "Unlock" ? "Lock" : "RLock"
                return locks(operand.text, with: lock, before: offset, in: body)
            }
            if releasingMethods.contains(method) {
                return selectorRoot(operand).map { assigned($0, before: offset, in: body) } ?? false
            }
            // `os.Remove(dir)` / `os.RemoveAll(dir)` of a path made in the iteration (a temp dir).
            if operand.textEquals("os"), method == "Remove" || method == "RemoveAll",
               let argument = call.child(Field.arguments)?.codeChildren.first, let root = selectorRoot(argument) {
                return assigned(root, before: offset, in: body)
            }
            return false
        }

        /// `name` is a target of a declaration or assignment in `body` (outside func literals) before `offset`.
        private static func assigned(_ name: Node, before offset: Int, in body: Node) -> Bool {
            let hash = name.textHash
            var found = false
            TreeWalk.forEach(body) { node in
                if found || node.startByte >= offset || node.is(Kind.funcLiteral) { return false }
                if node.is(Kind.shortVarDeclaration) || node.is(Kind.assignmentStatement) || node.is(Kind.varSpec) {
                    let targets = node.is(Kind.varSpec) ? LocalDeclarations.specNames(node) : (node.child(Field.left)?.codeChildren ?? [])
                    found = targets.contains { $0.is(Kind.identifier) && $0.textHash == hash }
                    return false
                }
                return true
            }
            return found
        }

        /// A `<receiver>.Lock()` (or `RLock()`) call in `body` before `offset`.
        private static func locks(_ receiver: String, with method: String, before offset: Int, in body: Node) -> Bool {
            var found = false
            TreeWalk.forEach(body) { node in
                if found || node.startByte >= offset || node.is(Kind.funcLiteral) { return false }
                if node.is(Kind.callExpression), let function = node.child(Field.function), function.is(Kind.selectorExpression),
                   function.child(Field.field)?.text == method, function.child(Field.operand)?.text == receiver {
                    found = true
                    return false
                }
                return true
            }
            return found
        }
    }
}
