/// GL205: a goroutine writes to an `io.Pipe` whose reader the spawning function can abandon, so the
/// writer blocks forever in Write.
public struct AbandonedPipeWriterRule: Rule {
    public static let doc = RuleDoc(
        code: "GL205",
        name: "abandoned-pipe-writer",
        title: "Goroutine writing to an io.Pipe may block forever",
        severity: .warning,
        whatItDoes: """
            Finds `pr, pw := io.Pipe()` pairs where a goroutine (`go func(){ … pw … }()` or `go produce(pw)`) \
            writes to `pw` while the spawning function, which holds `pr`, can return without freeing the \
            writer: a path from the `go` statement reaches a `return` without passing `pr.Close()`, \
            `pr.CloseWithError(err)` (plain or deferred) or a hand-off of the reader to a consumer (`io.Copy`, \
            `io.ReadAll`, an upload call). The reader is followed through wrappers assigned to variables \
            (`req, err := http.NewRequest(…, pr)` then `client.Do(req)`; `br := bufio.NewReader(pr)`), so the \
            classic early `return err` between building a request and sending it is found. Also reported: a \
            reader nothing ever reads or closes. A reader that is returned, stored or sent is the caller's, and \
            one read only through wrappers (a scanner loop) is not judged.
            """,
        whyIsThisBad: """
            A pipe has no buffer: every Write waits for a Read. When the reading side gives up (an error return \
            before the upload starts), the writer goroutine stays blocked in Write forever, with its encoder, \
            buffers and whatever it was streaming, and no timeout or context can wake it. Closing the reader \
            makes the pending and all later Writes fail with io.ErrClosedPipe, so the goroutine finishes.
            """,
        example: """
            pr, pw := io.Pipe()
            go func() {
                pw.CloseWithError(json.NewEncoder(pw).Encode(payload))
            }()
            req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
            if err != nil {
                return err // the encoder goroutine is blocked in Write forever
            }
            return upload(req)
            """,
        useInstead: """
            pr, pw := io.Pipe()
            go func() {
                pw.CloseWithError(json.NewEncoder(pw).Encode(payload))
            }()
            req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
            if err != nil {
                pr.CloseWithError(err) // the writer's next Write fails and it returns
                return err
            }
            return upload(req) // hands the body to client.Do, which closes it whatever happens
            """,
        precision: "high",
        tags: ["goroutines", "blocked-goroutines", "io", "memory"],
        triggering: AbandonedPipeWriterExamples.triggering,
        nonTriggering: AbandonedPipeWriterExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.callsAnySelector(["Pipe"]), package.anySourceContains("io.Pipe()") else { return nil }
        return AbandonedPipeAnalysis(diagnostics: diagnostics)
    }
}
