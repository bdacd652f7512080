/// GL303's documented examples: the rule's first tests (see RuleExampleTests).
enum TimeTickLeakExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"time"
        )

        """

    static let triggering: [Example] = [
        // Two loops in one function: one fix pass must declare two tickers, not `ticker :=` twice in one scope.
        Example(header + """
            func twoPhases(warm, hot func() bool) {
            \tfor range ↓time.Tick(time.Second) {
            \t\tif warm() {
            \t\t\tbreak
            \t\t}
            \t}
            \tfor range ↓time.Tick(time.Millisecond) {
            \t\tif hot() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func waitReady(ready func() bool) {
            \tfor range ↓time.Tick(time.Second) {
            \t\tif ready() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func poll(check func() bool) {
            \tfor range ↓time.Tick(time.Second) {
            \t\tif check() {
            \t\t\tbreak
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func watch(ctx context.Context, f func()) {
            \ttick := ↓time.Tick(time.Minute)
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\tcase <-tick:
            \t\t\tf()
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func once() {
            \t<-↓time.Tick(time.Second)
            }
            """),
        Example(header + """
            type T struct{}

            func (t *T) run(n int) {
            \tfor range ↓time.Tick(time.Millisecond) {
            \t\tn--
            \t\tif n == 0 {
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func handler(done <-chan struct{}) {
            \tc := ↓time.Tick(10 * time.Second)
            \tselect {
            \tcase <-c:
            \tcase <-done:
            \t}
            }
            """),
        Example(header + """
            func later() {
            \tgo func() {
            \t\tfor range ↓time.Tick(time.Second) {
            \t\t\tif time.Now().Hour() == 0 {
            \t\t\t\treturn
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        Example(header + """
            func retry(try func() error) error {
            \tvar err error
            \tfor i := 0; i < 3; i++ {
            \t\t<-↓time.Tick(time.Second)
            \t\tif err = try(); err == nil {
            \t\t\treturn nil
            \t\t}
            \t}
            \treturn err
            }
            """, goVersion: "1.22"),
    ]

    static let nonTriggering: [Example] = [
        Example(header + """
            func heartbeat(beat func()) {
            \tfor range time.Tick(time.Second) {
            \t\tbeat()
            \t}
            }
            """),
        Example(header + """
            func start(beat func()) {
            \tgo func() {
            \t\tfor range time.Tick(time.Second) {
            \t\t\tbeat()
            \t\t}
            \t}()
            }
            """),
        Example(header + """
            func guarded(beat func()) {
            \tif beat == nil {
            \t\tpanic("nil beat")
            \t}
            \tfor range time.Tick(time.Second) {
            \t\tbeat()
            \t}
            }
            """),
        Example(header + """
            func init() {
            \tgo func() {
            \t\tfor range time.Tick(time.Second) {
            \t\t}
            \t}()
            \t_ = time.Tick(time.Hour)
            }
            """),
        Example(header.replacingOccurrences(of: "package p", with: "package main") + """
            func main() {
            \tfor range time.Tick(time.Second) {
            \t\tbreak
            \t}
            }

            func helper() {
            \t<-time.Tick(time.Second)
            }
            """),
        Example(header + """
            func waitReady(ready func() bool) {
            \tticker := time.NewTicker(time.Second)
            \tdefer ticker.Stop()
            \tfor range ticker.C {
            \t\tif ready() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func poll(check func() bool) {
            \tfor range time.Tick(time.Second) {
            \t\tif check() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """, goVersion: "1.23"),
        Example(header + """
            func waitFor(ready func() bool) {
            \tfor range time.Tick(time.Second) {
            \t\tif ready() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """, fileName: "wait_test.go"),
        Example(header + """
            type clock struct{}

            func (clock) Tick(d time.Duration) <-chan time.Time { return nil }

            func use(c clock) {
            \t<-c.Tick(time.Second)
            }
            """),
        Example(header + """
            func after() {
            \t<-time.After(time.Second)
            }
            """),
        Example(header + """
            // time.Tick(time.Second) leaks when the function returns
            func comment() {}
            """),
        Example(header + """
            func forever(ctx context.Context, beat func()) {
            \ttick := time.Tick(time.Second)
            \tfor {
            \t\tselect {
            \t\tcase <-tick:
            \t\t\tbeat()
            \t\tcase <-ctx.Done():
            \t\t\tbeat()
            \t\t}
            \t}
            }
            """),
    ]
}
