/// GL202: a goroutine waits on a local channel that nothing will ever send to or close, so it blocks
/// forever (and keeps everything it references).
public struct GoroutineReceiveLeakRule: Rule {
    public static let doc = RuleDoc(
        code: "GL202",
        name: "goroutine-receive-leak",
        title: "Goroutine may block forever receiving from a channel nobody closes",
        severity: .warning,
        whatItDoes: """
            Finds `go func(){ … }()` goroutines that receive from (`<-ch`, outside a select or as its only case) \
            or range over (`for v := range ch`) a channel made in the spawning function, when the channel does \
            not escape (is not returned, stored, sent, or passed to a function or another `go f(ch)`) and:

            - nothing sends to or closes it at all;
            - the goroutine ranges over it and nothing closes it, so the loop never ends once the sends stop; or
            - only the spawning function can wake the goroutine (its sends and closes are its own statements, \
            not deferred), and some path from the `go` statement returns without reaching them — typically an \
            early `return err` in the loop that feeds workers, before the `close(jobs)` after it.

            Receives in a select with another case (a `ctx.Done()`, a timer) can give up and are not reported. \
            Functions that never return (server loops) and `func main` are skipped: nothing outlives them.
            """,
        whyIsThisBad: """
            A goroutine blocked on a receive that can never complete is never collected, and neither is anything \
            it references. Worker pools are the classic case: an early error return skips `close(jobs)`, and \
            every worker of every failed call stays parked in `for job := range jobs` for the life of the \
            process, visible only as a slowly climbing goroutine count.
            """,
        example: """
            jobs := make(chan string)
            for i := 0; i < 4; i++ {
                go func() {
                    for j := range jobs {
                        process(j)
                    }
                }()
            }
            for _, name := range names {
                if name == "" {
                    return errEmpty // the workers wait on jobs forever
                }
                jobs <- name
            }
            close(jobs)
            return nil
            """,
        useInstead: """
            jobs := make(chan string)
            defer close(jobs) // every path, early returns included, releases the workers
            for i := 0; i < 4; i++ {
                go func() {
                    for j := range jobs {
                        process(j)
                    }
                }()
            }
            for _, name := range names {
                if name == "" {
                    return errEmpty
                }
                jobs <- name
            }
            return nil
            """,
        precision: "high",
        tags: ["goroutines", "blocked-goroutines", "channels", "memory"],
        triggering: GoroutineReceiveLeakExamples.triggering,
        nonTriggering: GoroutineReceiveLeakExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only a package that makes channels and starts goroutines can trigger.
        guard package.anySourceContains("make(chan") && package.anySourceContains("go ") else { return nil }
        return GoroutineReceiveAnalysis(diagnostics: diagnostics)
    }
}
