/// GL304's documented examples: the rule's first tests (see RuleExampleTests).
enum LostCancelExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"errors"
        \t"time"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func fetch(ctx context.Context) error {
            \tctx, _ = ↓context.WithTimeout(ctx, time.Second)
            \treturn do(ctx)
            }

            func do(ctx context.Context) error { return ctx.Err() }
            """),
        Example(header + """
            func fetch(ctx context.Context, cached bool) error {
            \tctx, cancel := ↓context.WithTimeout(ctx, time.Second)
            \tif cached {
            \t\treturn nil
            \t}
            \tdefer cancel()
            \treturn ctx.Err()
            }
            """),
        Example(header + """
            func watch(ctx context.Context) context.Context {
            \tctx, cancel := ↓context.WithCancel(ctx)
            \tif ctx.Err() != nil {
            \t\tcancel()
            \t}
            \treturn ctx
            }
            """),
        Example(header + """
            func run(ctx context.Context, f func(context.Context)) {
            \tctx, cancel := ↓context.WithCancel(ctx)
            \tf(ctx)
            \tif ctx == nil {
            \t\t_ = cancel
            \t}
            }
            """),
        Example(header + """
            func deadline(ctx context.Context, at time.Time) {
            \t↓context.WithDeadline(ctx, at)
            }
            """),
        Example(header + """
            func cause(ctx context.Context, fail bool) {
            \tctx, cancel := ↓context.WithCancelCause(ctx)
            \tif fail {
            \t\tcancel(errors.New("failed"))
            \t}
            \t_ = ctx
            }
            """),
        Example(header + """
            func pick(ctx context.Context, n int) error {
            \tctx, cancel := ↓context.WithTimeout(ctx, time.Second)
            \tswitch n {
            \tcase 0:
            \t\tcancel()
            \t\treturn nil
            \tcase 1:
            \t\treturn ctx.Err()
            \t}
            \tcancel()
            \treturn nil
            }
            """),
        Example(header + """
            func later(ctx context.Context) {
            \tgo func() {
            \t\tctx, cancel := ↓context.WithTimeoutCause(ctx, time.Second, errors.New("slow"))
            \t\tif ctx.Err() == nil {
            \t\t\tcancel()
            \t\t}
            \t}()
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // Each value is cancelled before the variable is given the next one, and on the way out: a use of the
        // variable counts whichever value it held when the walk passed it (thanos's reloader).
        Example("""
            package p

            import (
            \t"context"
            \t"time"
            )

            func watch(ctx context.Context, notify <-chan struct{}, apply func(context.Context)) {
            \tvar cancel context.CancelFunc
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\tif cancel != nil {
            \t\t\t\tcancel()
            \t\t\t}
            \t\t\treturn
            \t\tcase <-notify:
            \t\t}
            \t\tif cancel != nil {
            \t\t\tcancel()
            \t\t}
            \t\tvar applyCtx context.Context
            \t\tapplyCtx, cancel = context.WithTimeout(ctx, time.Second)
            \t\tapply(applyCtx)
            \t}
            }
            """),
        Example(header + """
            func fetch(ctx context.Context) error {
            \tctx, cancel := context.WithTimeout(ctx, time.Second)
            \tdefer cancel()
            \treturn ctx.Err()
            }
            """),
        Example(header + """
            func withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
            \treturn context.WithTimeout(ctx, time.Second)
            }
            """),
        Example(header + """
            func derive(ctx context.Context) (context.Context, func()) {
            \tctx, cancel := context.WithCancel(ctx)
            \treturn ctx, cancel
            }
            """),
        Example(header + """
            type worker struct{ cancel context.CancelFunc }

            func (w *worker) start(ctx context.Context) {
            \tctx, w.cancel = context.WithCancel(ctx)
            \t_ = ctx
            }
            """),
        Example(header + """
            type worker struct{ stop func() }

            func (w *worker) start(ctx context.Context) {
            \tctx, cancel := context.WithCancel(ctx)
            \tw.stop = cancel
            \t_ = ctx
            }
            """),
        Example(header + """
            func background(ctx context.Context) {
            \tctx, cancel := context.WithCancel(ctx)
            \tgo func() {
            \t\tdefer cancel()
            \t\t<-ctx.Done()
            \t}()
            }
            """),
        Example(header + """
            func pick(ctx context.Context, n int) error {
            \tctx, cancel := context.WithTimeout(ctx, time.Second)
            \tswitch n {
            \tcase 0:
            \t\tcancel()
            \t\treturn nil
            \tdefault:
            \t\tcancel()
            \t}
            \treturn ctx.Err()
            }
            """),
        Example(header + """
            func maybe(ctx context.Context, d time.Duration) error {
            \tvar cancel context.CancelFunc
            \tif d > 0 {
            \t\tctx, cancel = context.WithTimeout(ctx, d)
            \t} else {
            \t\tctx, cancel = context.WithCancel(ctx)
            \t}
            \tdefer cancel()
            \treturn ctx.Err()
            }
            """),
        Example(header + """
            func timeout(ctx context.Context, d time.Duration) error {
            \tif d > 0 {
            \t\tvar cancel context.CancelFunc
            \t\tctx, cancel = context.WithTimeout(ctx, d)
            \t\tdefer cancel()
            \t}
            \treturn ctx.Err()
            }
            """),
        Example(header.replacingOccurrences(of: "package p", with: "package main") + """
            func main() {
            \tctx, cancel := context.WithCancel(context.Background())
            \tif ctx.Err() != nil {
            \t\tcancel()
            \t}
            }
            """),
        Example(header + """
            func serve(ctx context.Context, stop chan<- func()) {
            \tctx, cancel := context.WithCancel(ctx)
            \tstop <- cancel
            \t<-ctx.Done()
            }
            """),
        Example(header + """
            func run(ctx context.Context, register func(func())) {
            \tctx, cancel := context.WithCancel(ctx)
            \tregister(cancel)
            \t<-ctx.Done()
            }
            """),
    ]
}
