/// GL302's documented examples: the rule's first tests (see RuleExampleTests).
enum UnstoppedTickerExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"time"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func poll(ctx context.Context, check func() bool) {
            \tt := ↓time.NewTicker(time.Second)
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\tcase <-t.C:
            \t\t\tif check() {
            \t\t\t\treturn
            \t\t\t}
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func wait(ctx context.Context, d time.Duration) error {
            \ttimer := ↓time.NewTimer(d)
            \tselect {
            \tcase <-ctx.Done():
            \t\treturn ctx.Err()
            \tcase <-timer.C:
            \t\treturn nil
            \t}
            }
            """),
        Example(header + """
            func start() {
            \t↓time.NewTicker(time.Minute)
            }
            """),
        Example(header + """
            func heartbeat(beat func()) {
            \tt := ↓time.NewTicker(time.Second)
            \tfor i := 0; i < 10; i++ {
            \t\t<-t.C
            \t\tbeat()
            \t}
            }
            """),
        Example(header + """
            const idleTimeout = 10 * time.Minute

            func waitFor(ctx context.Context, ready <-chan struct{}) bool {
            \tt := ↓time.NewTimer(idleTimeout)
            \tselect {
            \tcase <-ready:
            \t\treturn true
            \tcase <-t.C:
            \t\treturn false
            \t}
            }
            """),
        Example(header + """
            func each(items []string, handle func(string) bool) {
            \tfor _, item := range items {
            \t\tt := ↓time.NewTimer(2 * time.Hour)
            \t\tif handle(item) {
            \t\t\tt.Reset(time.Hour)
            \t\t\tcontinue
            \t\t}
            \t\t<-t.C
            \t}
            }
            """),
        Example(header + """
            func tick(n int) {
            \tt := ↓time.NewTicker(time.Millisecond)
            \tt.Reset(time.Second)
            \tfor ; n > 0; n-- {
            \t\t<-t.C
            \t}
            }
            """),
        Example(header + """
            func loop(done <-chan struct{}) {
            \tt := ↓time.NewTicker(time.Second)
            \tfor {
            \t\tselect {
            \t\tcase <-done:
            \t\t\treturn
            \t\tcase <-t.C:
            \t\t}
            \t\tif late() {
            \t\t\treturn
            \t\t}
            \t\tt.Stop()
            \t}
            }

            func late() bool { return false }
            """, goVersion: "1.22"),
        Example(header + """
            func every(d time.Duration, f func() bool) {
            \tt := ↓time.NewTicker(d)
            \tdrive(t, f)
            }

            func drive(t *time.Ticker, f func() bool) {
            \tfor range t.C {
            \t\tif f() {
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example(header + """
            func poll(ctx context.Context, check func() bool) {
            \tt := time.NewTicker(time.Second)
            \tdefer t.Stop()
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\tcase <-t.C:
            \t\t\tif check() {
            \t\t\t\treturn
            \t\t\t}
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func wait(ctx context.Context, d time.Duration) error {
            \ttimer := time.NewTimer(d)
            \tdefer timer.Stop()
            \tselect {
            \tcase <-ctx.Done():
            \t\treturn ctx.Err()
            \tcase <-timer.C:
            \t\treturn nil
            \t}
            }
            """),
        Example(header + """
            type poller struct{ ticker *time.Ticker }

            func newPoller() *poller {
            \tt := time.NewTicker(time.Second)
            \treturn &poller{ticker: t}
            }
            """),
        Example(header + """
            func ticker(d time.Duration) *time.Ticker {
            \tt := time.NewTicker(d)
            \treturn t
            }
            """),
        Example(header + """
            func poll(check func() bool) {
            \tt := time.NewTicker(time.Second)
            \tgo func() {
            \t\tdefer t.Stop()
            \t\tfor range t.C {
            \t\t\tif check() {
            \t\t\t\treturn
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        Example(header + """
            func every(d time.Duration, f func()) {
            \tt := time.NewTicker(d)
            \tdrive(t, f)
            }

            func drive(t *time.Ticker, f func()) {
            \tdefer t.Stop()
            \tfor range t.C {
            \t\tf()
            \t}
            }
            """),
        Example(header + """
            func later(f func()) *time.Timer {
            \treturn time.AfterFunc(time.Second, f)
            }
            """),
        Example(header + """
            func poll(ctx context.Context) {
            \tt := time.NewTicker(time.Second)
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\tcase <-t.C:
            \t\t}
            \t}
            }
            """, goVersion: "1.23"),
        Example(header + """
            func sleep(ctx context.Context, d time.Duration) error {
            \tt := time.NewTimer(d)
            \tselect {
            \tcase <-ctx.Done():
            \t\tif !t.Stop() {
            \t\t\t<-t.C
            \t\t}
            \t\treturn ctx.Err()
            \tcase <-t.C:
            \t\treturn nil
            \t}
            }
            """),
        Example(header + """
            var tickers = map[string]*time.Ticker{}

            func register(name string) {
            \tt := time.NewTicker(time.Second)
            \ttickers[name] = t
            }
            """),
        Example(header + """
            func stopLater(t *time.Ticker) { t.Stop() }

            func run() {
            \tt := time.NewTicker(time.Second)
            \tdefer stopLater(t)
            \t<-t.C
            }
            """),
        Example(header + """
            func feed(out chan<- *time.Timer) {
            \tt := time.NewTimer(time.Second)
            \tout <- t
            }
            """),
        // A timer fires once and is released then: under a minute it is gone before anyone could notice.
        Example(header + """
            func waitBriefly(ready <-chan struct{}) {
            \tt := time.NewTimer(500 * time.Millisecond)
            \tselect {
            \tcase <-ready:
            \tcase <-t.C:
            \t}
            }
            """),
        // Re-armed by one loop: one timer for the loop, however many rounds.
        Example(header + """
            func poll(ctx context.Context, every time.Duration, check func()) {
            \tt := time.NewTimer(every)
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\tcase <-t.C:
            \t\t\tcheck()
            \t\t\tt.Reset(every)
            \t\t}
            \t}
            }
            """),
    ]
}
