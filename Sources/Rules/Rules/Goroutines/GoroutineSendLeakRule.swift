/// GL201: a goroutine sends on a local unbuffered channel that the spawning function may stop
/// receiving from, so the goroutine blocks forever (and keeps everything it references).
public struct GoroutineSendLeakRule: Rule {
    public static let doc = RuleDoc(
        code: "GL201",
        name: "goroutine-send-leak",
        title: "Goroutine may block forever sending on an unbuffered channel",
        severity: .warning,
        whatItDoes: """
            Finds `go` statements whose goroutine (a func literal, or a same-package function given the \
            channel) sends on a local unbuffered channel (`make(chan T)`, `make(chan T, 0)`, or a zero constant) \
            outside a `select` with a `default` or receive case, while the spawning function may abandon the \
            channel: its only receive is in a `select` whose other case returns, an exit of its control-flow graph \
            (a return, or the end of its body) is reachable from the go statement without a receive (entering a loop \
            that receives counts as receiving; a receive in a deferred call runs at every exit), it leaves a `for v := range ch` early while the goroutine still sends, or it never \
            receives at all and the channel does not escape (a channel also given to another goroutine or function \
            that may receive it escapes). Channels of `func main` are skipped: main returning ends the process. \
            Unexported channel fields of the package's struct types are judged the same way, package-wide and by \
            type (`w := &worker{out: make(chan T)}; go w.run()` where `run` sends on `w.out`): when every `make` \
            stored into the field is unbuffered, nothing hands the channel out (an accessor, an argument, an \
            assignment to a variable), and nothing in the package receives from it, or only `select` cases that \
            another case can take and leave — except a method polling its receiver's own field in a `select` with \
            `default` (a game's per-frame `Update`): it asks again on its next call. A use whose operand's type is \
            unknown counts as a receive.
            """,
        whyIsThisBad: """
            A send on an unbuffered channel completes only when someone receives. If the receiver timed out or \
            returned early, the goroutine waits forever, and so does everything it references (request bodies, \
            buffers, connections). One leaked goroutine per timed-out request adds up to an out-of-memory crash.
            """,
        example: """
            ch := make(chan result)
            go func() { ch <- fetch(ctx) }()
            select {
            case r := <-ch:
                return r, nil
            case <-time.After(time.Second):
                return result{}, errTimeout
            }
            """,
        useInstead: """
            ch := make(chan result, 1) // the send always completes, even after the timeout
            go func() { ch <- fetch(ctx) }()
            select {
            case r := <-ch:
                return r, nil
            case <-time.After(time.Second):
                return result{}, errTimeout
            }
            """,
        precision: "medium",
        tags: ["goroutines", "blocked-goroutines", "channels", "memory"],
        triggering: GoroutineSendLeakExamples.triggering,
        nonTriggering: GoroutineSendLeakExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only a package that makes channels and starts goroutines can trigger.
        guard package.anySourceContains("make(chan") && package.anySourceContains("go ") else { return nil }
        return GoroutineSendAnalysis(package: package, diagnostics: diagnostics)
    }
}
