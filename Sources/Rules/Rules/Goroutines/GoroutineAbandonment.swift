/// The judgement GL202 and GL205 share: a goroutine waits for something only the spawning function
/// can do (close a channel it ranges over, read or close the pipe it writes to). Given where the
/// function does it, is the goroutine abandoned on some path?
enum GoroutineAbandonment {
    enum Verdict {
        /// Nothing ever frees the goroutine, and the function can return.
        case neverFreed
        /// A path from the go statement reaches this return without freeing it.
        case returnsFirst(SourceRange?)
    }

    /// `frees`: the offsets of the statements that free the goroutine, and whether each is the
    /// function's own (not in a func literal: a producer goroutine or a callback is another
    /// function's question). Nil when the goroutine is always freed or the question is not ours.
    static func judge(_ goStatement: Node, in function: Node, frees: [(offset: Int, direct: Bool)],
                      _ walk: WalkContext) -> Verdict? {
        let graph = walk.semantics.controlFlow(of: function)
        guard !frees.isEmpty else {
            // Unless the function never returns (a server loop): then nothing is abandoned.
            return PathSearch.exits(graph, from: goStatement.startByte, avoiding: []).isEmpty ? nil : .neverFreed
        }
        guard frees.allSatisfy(\.direct) else { return nil }
        // Freed before the goroutine even starts: a channel filled and closed, a semaphore's token in the
        // buffer, `defer pr.Close()` first.
        if frees.contains(where: { $0.offset < goStatement.startByte }) { return nil }
        // The first return reachable on the function's graph from the go statement without passing a free.
        let exits = PathSearch.exits(graph, from: goStatement.startByte, avoiding: frees.map(\.offset))
        guard let first = exits.returns.first else { return nil }
        return .returnsFirst(walk.file.range(of: first))
    }
}
