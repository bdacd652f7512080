/// GL201's documented examples: the rule's first tests (see RuleExampleTests).
enum GoroutineSendLeakExamples {
    static let triggering: [Example] = [
        // Polled once by someone else (not a method of the owner): after `default` nobody asks again.
        Example("""
            package p

            type game struct{ imageCh chan []byte }

            func (g *game) load(f func() []byte) { g.imageCh <- f() }

            func peek(f func() []byte) []byte {
            \tg := &game{imageCh: make(chan []byte)}
            \t↓go g.load(f)
            \tselect {
            \tcase img := <-g.imageCh:
            \t\treturn img
            \tdefault:
            \t\treturn nil
            \t}
            }
            """),
        // A channel in a field of a value built here, sent on by the method the goroutine runs (issue 24).
        Example("""
            package p

            import "context"

            type worker struct{ out chan int }

            func (w *worker) run() { w.out <- 42 }

            func result(ctx context.Context) (int, error) {
            \tw := &worker{out: make(chan int)}
            \t↓go w.run()
            \tselect {
            \tcase v := <-w.out:
            \t\treturn v, nil
            \tcase <-ctx.Done():
            \t\treturn 0, ctx.Err()
            \t}
            }
            """),
        // A field nothing in the package receives from (GoKer kubernetes#25331).
        Example("""
            package p

            type watch struct {
            \terrs    chan error
            \tresults chan bool
            }

            func newWatch() *watch { return &watch{errs: make(chan error), results: make(chan bool)} }

            func (w *watch) run() {
            \terr := <-w.errs
            \tw.results <- err != nil
            }

            func (w *watch) Stop(err error) { w.errs <- err }

            func start() *watch {
            \tw := newWatch()
            \t↓go w.run()
            \treturn w
            }
            """),
        Example("""
            package p

            func breakBeforeReceive(jobs []func() int, stop func() bool) int {
            \ttotal := 0
            \tfor _, job := range jobs {
            \t\tch := make(chan int)
            \t\t↓go func() { ch <- job() }()
            \t\tif stop() {
            \t\t\tbreak
            \t\t}
            \t\ttotal += <-ch
            \t}
            \treturn total
            }
            """),
        Example("""
            package p

            import "time"

            func first(fetch func() int) (int, bool) {
            \tch := make(chan int)
            \t↓go func() { ch <- fetch() }()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v, true
            \tcase <-time.After(time.Second):
            \t\treturn 0, false
            \t}
            }
            """),
        Example("""
            package p

            import "context"

            func query(ctx context.Context, run func() error) error {
            \terrc := make(chan error, 0)
            \t↓go func() { errc <- run() }()
            \tselect {
            \tcase err := <-errc:
            \t\treturn err
            \tcase <-ctx.Done():
            \t\treturn ctx.Err()
            \t}
            }
            """),
        Example("""
            package p

            func early(load func() string, check func() error) (string, error) {
            \tch := make(chan string)
            \t↓go func() { ch <- load() }()
            \tif err := check(); err != nil {
            \t\treturn "", err
            \t}
            \treturn <-ch, nil
            }
            """),
        Example("""
            package p

            func forgotten(compute func() int) {
            \tdone := make(chan int)
            \t↓go func() {
            \t\tdone <- compute()
            \t}()
            }
            """),
        Example("""
            package p

            const unbuffered = 0

            func constant(f func() int, stop <-chan struct{}) int {
            \tch := make(chan int, unbuffered)
            \t↓go func() { ch <- f() }()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-stop:
            \t\treturn -1
            \t}
            }
            """),
        Example("""
            package p

            func produce(out chan int) { out <- 42 }

            func viaHelper(stop <-chan struct{}) int {
            \tch := make(chan int)
            \t↓go produce(ch)
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-stop:
            \t\treturn 0
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func inLoop(items []int, work func(int) int) {
            \tfor _, it := range items {
            \t\tres := make(chan int)
            \t\t↓go func(it int) { res <- work(it) }(it)
            \t\tselect {
            \t\tcase <-res:
            \t\tcase <-time.After(time.Second):
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            func declaredWithVar(f func() int, quit chan struct{}) int {
            \tvar ch = make(chan int)
            \t↓go func() {
            \t\tfor i := 0; i < 3; i++ {
            \t\t\tif i == 2 {
            \t\t\t\tch <- f()
            \t\t\t}
            \t\t}
            \t}()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-quit:
            \t\treturn 0
            \t}
            }
            """),
        Example("""
            package p

            func sendInSelectWithoutEscape(f func() int, a chan int) {
            \tch := make(chan int)
            \t↓go func() {
            \t\tselect {
            \t\tcase ch <- f():
            \t\tcase a <- 1:
            \t\t}
            \t}()
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // The owner polls its own field on every call (a game's Update, once per frame): `default` leaves the
        // call, and the next call receives.
        Example("""
            package p

            type game struct {
            \timageCh chan []byte
            \terrCh   chan error
            \timage   []byte
            }

            func newGame(load func() ([]byte, error)) *game {
            \tg := &game{imageCh: make(chan []byte), errCh: make(chan error)}
            \tgo func() {
            \t\timg, err := load()
            \t\tif err != nil {
            \t\t\tg.errCh <- err
            \t\t\treturn
            \t\t}
            \t\tg.imageCh <- img
            \t}()
            \treturn g
            }

            func (g *game) Update() error {
            \tselect {
            \tcase img := <-g.imageCh:
            \t\tg.image = img
            \tcase err := <-g.errCh:
            \t\treturn err
            \tdefault:
            \t}
            \treturn nil
            }
            """),
        // The field's receive waits (no other case can leave first): the send always completes.
        Example("""
            package p

            type worker struct{ out chan int }

            func (w *worker) run() { w.out <- 42 }

            func result() int {
            \tw := &worker{out: make(chan int)}
            \tgo w.run()
            \treturn <-w.out
            }
            """),
        // A buffered field, an accessor that hands the channel out, an exported field: no finding.
        Example("""
            package p

            import "context"

            type buffered struct{ out chan int }
            type handedOut struct{ out chan int }
            type Public struct{ Out chan int }

            func (b *buffered) run()  { b.out <- 1 }
            func (h *handedOut) run() { h.out <- 1 }
            func (p *Public) run()    { p.Out <- 1 }

            func (h *handedOut) Results() <-chan int { return h.out }

            func start(ctx context.Context) {
            \tb := &buffered{out: make(chan int, 1)}
            \tgo b.run()
            \th := &handedOut{out: make(chan int)}
            \tgo h.run()
            \tp := &Public{Out: make(chan int)}
            \tgo p.run()
            \tselect {
            \tcase <-b.out:
            \tcase <-ctx.Done():
            \t}
            }
            """),
        // Same field name on another type, and a send guarded by a select with a receive case.
        Example("""
            package p

            import "context"

            type a struct{ out chan int }
            type b struct{ out chan int }

            func (x *a) run(ctx context.Context) {
            \tselect {
            \tcase x.out <- 1:
            \tcase <-ctx.Done():
            \t}
            }

            func (y *b) run() { y.out <- 1 }

            func start(ctx context.Context) int {
            \tx := &a{out: make(chan int)}
            \tgo x.run(ctx)
            \ty := &b{out: make(chan int)}
            \tgo y.run()
            \tselect {
            \tcase <-x.out:
            \tcase <-ctx.Done():
            \t}
            \treturn <-y.out
            }
            """),
        Example("""
            package p

            func breakAfterReceive(jobs []func() int) int {
            \ttotal := 0
            \tfor _, job := range jobs {
            \t\tch := make(chan int)
            \t\tgo func() { ch <- job() }()
            \t\tv := <-ch
            \t\tif v < 0 {
            \t\t\tbreak
            \t\t}
            \t\ttotal += v
            \t}
            \treturn total
            }
            """),
        Example("""
            package p

            func pingPong(n int) {
            \tball := make(chan int)
            \tfor i := 0; i < 2; i++ {
            \t\tgo func(first bool) {
            \t\t\tfor j := 0; j < n; j++ {
            \t\t\t\tif first {
            \t\t\t\t\tball <- j
            \t\t\t\t} else {
            \t\t\t\t\t<-ball
            \t\t\t\t}
            \t\t\t}
            \t\t}(i == 0)
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func buffered(fetch func() int) (int, bool) {
            \tch := make(chan int, 1)
            \tgo func() { ch <- fetch() }()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v, true
            \tcase <-time.After(time.Second):
            \t\treturn 0, false
            \t}
            }
            """),
        Example("""
            package p

            import "context"

            func guarded(ctx context.Context, fetch func() int) int {
            \tch := make(chan int)
            \tgo func() {
            \t\tselect {
            \t\tcase ch <- fetch():
            \t\tcase <-ctx.Done():
            \t\t}
            \t}()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-ctx.Done():
            \t\treturn 0
            \t}
            }
            """),
        Example("""
            package p

            func always(fetch func() int) int {
            \tch := make(chan int)
            \tgo func() { ch <- fetch() }()
            \treturn <-ch
            }
            """),
        Example("""
            package p

            func drained(items []int) int {
            \tch := make(chan int)
            \tgo func() {
            \t\tfor _, it := range items {
            \t\t\tch <- it
            \t\t}
            \t\tclose(ch)
            \t}()
            \tsum := 0
            \tfor v := range ch {
            \t\tsum += v
            \t}
            \treturn sum
            }
            """),
        Example("""
            package p

            func closesOnly(work func()) {
            \tdone := make(chan struct{})
            \tgo func() {
            \t\twork()
            \t\tclose(done)
            \t}()
            \t<-done
            }
            """),
        Example("""
            package p

            func nonBlocking(f func() int) {
            \tch := make(chan int)
            \tgo func() {
            \t\tselect {
            \t\tcase ch <- f():
            \t\tdefault:
            \t\t}
            \t}()
            }
            """),
        Example("""
            package p

            func escapes(f func() int) <-chan int {
            \tch := make(chan int)
            \tgo func() { ch <- f() }()
            \treturn ch
            }
            """),
        Example("""
            package p

            func passedOn(f func() int, consume func(<-chan int)) {
            \tch := make(chan int)
            \tgo func() { ch <- f() }()
            \tconsume(ch)
            }
            """),
        Example("""
            package p

            import "time"

            func waitsInLoop(f func() int, tick <-chan time.Time) int {
            \tch := make(chan int)
            \tgo func() { ch <- f() }()
            \tfor {
            \t\tselect {
            \t\tcase v := <-ch:
            \t\t\treturn v
            \t\tcase <-tick:
            \t\t\tprintln("still waiting")
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func receivesInExit(f func() int) int {
            \tch := make(chan int)
            \tgo func() { ch <- f() }()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-time.After(time.Second):
            \t\t<-ch
            \t\treturn 0
            \t}
            }
            """),
        Example("""
            package p

            func variableCapacity(f func() int, n int, stop chan struct{}) int {
            \tch := make(chan int, n)
            \tgo func() { ch <- f() }()
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tcase <-stop:
            \t\treturn 0
            \t}
            }
            """),
        Example("""
            package p

            func consume(in chan int) { <-in }

            func helperReceives(f func() int) {
            \tch := make(chan int)
            \tgo func() { ch <- f() }()
            \tconsume(ch)
            }
            """),
        Example("""
            package p

            func worker(out chan int) {
            \tselect {
            \tcase out <- 1:
            \tdefault:
            \t}
            }

            func helperGuarded(stop chan struct{}) {
            \tch := make(chan int)
            \tgo worker(ch)
            \tselect {
            \tcase <-ch:
            \tcase <-stop:
            \t}
            }
            """),
        Example("""
            package p

            func shadowed(f func() int) int {
            \tch := make(chan int)
            \tgo func() {
            \t\tch := make(chan int, 1)
            \t\tch <- f()
            \t}()
            \tgo func() { ch <- 1 }()
            \treturn <-ch
            }
            """),
    ]
}
