/// GL301's documented examples: the rule's first tests (see RuleExampleTests).
enum TimeAfterInLoopExamples {
    static let triggering: [Example] = [
        Example("""
            package p

            import "time"

            func consume(messages <-chan string) {
            \tfor {
            \t\tselect {
            \t\tcase m := <-messages:
            \t\t\tprintln(m)
            \t\tcase <-↓time.After(time.Minute):
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func drain(in <-chan int) {
            \tfor v := range in {
            \t\tselect {
            \t\tcase <-↓time.After(time.Second):
            \t\tdefault:
            \t\t\tprintln(v)
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import clock "time"

            func loop(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-↓clock.After(5 * clock.Second):
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func nested(in <-chan int, mode int) {
            outer:
            \tfor {
            \t\tswitch mode {
            \t\tcase 1:
            \t\t\tselect {
            \t\t\tcase <-in:
            \t\t\tcase <-↓time.After(time.Hour):
            \t\t\t\tbreak outer
            \t\t\t}
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func inLiteral(in <-chan int) {
            \tgo func() {
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase <-in:
            \t\t\tcase <-↓time.After(time.Second):
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        Example("""
            package p

            import "time"

            func twice(a, b <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-a:
            \t\tcase <-↓time.After(time.Second):
            \t\t}
            \t\tselect {
            \t\tcase <-b:
            \t\tcase <-↓time.After(2 * time.Second):
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func newer(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-↓time.After(time.Second):
            \t\t\treturn
            \t\t}
            \t}
            }
            """, goVersion: "1.23", options: RuleOptions(lists: ["note-since-go-1-23": ["true"]])),
        Example("""
            package p

            import "time"

            func labelled(in <-chan int) {
            outer:
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\t\tcontinue outer
            \t\tcase <-↓time.After(time.Minute):
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func busy(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-↓time.After(time.Minute):
            \t\t\treturn
            \t\tdefault:
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func parenthesised(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-(↓time.After(time.Second)):
            \t\t}
            \t}
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // A cancellable sleep: the other case leaves, so at most one timer is pending.
        Example("""
            package p

            import "time"

            func wait(done <-chan struct{}) {
            \tfor i := 0; i < 10; i++ {
            \t\tselect {
            \t\tcase <-done:
            \t\t\treturn
            \t\tcase t := <-time.After(time.Duration(i) * time.Second):
            \t\t\tprintln(t.String())
            \t\t}
            \t}
            }
            """),
        // A timeout: every case leaves the loop (return, break out, t.Fatal, panic).
        Example("""
            package p

            import (
            \t"testing"
            \t"time"
            )

            func await(t *testing.T, msgs <-chan string, errs <-chan error) string {
            loop:
            \tfor {
            \t\tselect {
            \t\tcase <-time.After(3 * time.Second):
            \t\t\tt.Fatal("timeout")
            \t\tcase err := <-errs:
            \t\t\tif err != nil {
            \t\t\t\tpanic(err)
            \t\t\t} else {
            \t\t\t\tbreak loop
            \t\t\t}
            \t\tcase m := <-msgs:
            \t\t\treturn m
            \t\t}
            \t}
            \treturn ""
            }
            """),
        // Go ≥ 1.23 collects unreferenced timers: silent by default.
        Example("""
            package p

            import "time"

            func newer(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-time.After(time.Second):
            \t\t\treturn
            \t\t}
            \t}
            }
            """, goVersion: "1.23"),
        Example("""
            package p

            import "time"

            type fakeClock struct{}

            func (fakeClock) After(d time.Duration) <-chan time.Time { return nil }

            func shadowedPackageName(in <-chan int) {
            \ttime := fakeClock{}
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-time.After(1):
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func once(in <-chan int) {
            \tselect {
            \tcase <-in:
            \tcase <-time.After(time.Second):
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func reused(in <-chan int) {
            \tt := time.NewTimer(time.Second)
            \tdefer t.Stop()
            \tfor {
            \t\tt.Reset(time.Second)
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-t.C:
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func sleepy() {
            \tfor i := 0; i < 3; i++ {
            \t\t<-time.After(time.Second)
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func literalInLoop(in <-chan int) {
            \tfor i := 0; i < 3; i++ {
            \t\tfunc() {
            \t\t\tselect {
            \t\t\tcase <-in:
            \t\t\tcase <-time.After(time.Second):
            \t\t\t}
            \t\t}()
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func stored(in <-chan int) {
            \tfor {
            \t\ttimeout := time.After(time.Second)
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase <-in:
            \t\t\tcase <-timeout:
            \t\t\t\treturn
            \t\t\t}
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func ticker(in <-chan int) {
            \ttick := time.NewTicker(time.Second)
            \tdefer tick.Stop()
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-tick.C:
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func timerChannel(in <-chan int) {
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-time.NewTimer(time.Second).C:
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            type fake struct{}

            func (fake) After(int) chan int { return nil }

            func notTheTimePackage(in <-chan int) {
            \tvar time fake
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-time.After(1):
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func afterFunc(in <-chan int) {
            \tfor {
            \t\tt := time.AfterFunc(time.Second, func() {})
            \t\t<-in
            \t\tt.Stop()
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func sendCase(out chan<- <-chan time.Time) {
            \tfor {
            \t\tselect {
            \t\tcase out <- time.After(time.Second):
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func deadline(in <-chan int) {
            \tdeadline := time.After(time.Minute)
            \tfor {
            \t\tselect {
            \t\tcase <-in:
            \t\tcase <-deadline:
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
        Example("""
            package p

            import "time"

            func spawnPerIteration(in <-chan int) {
            \tfor v := range in {
            \t\tgo func(v int) {
            \t\t\tselect {
            \t\t\tcase <-time.After(time.Duration(v)):
            \t\t\t}
            \t\t}(v)
            \t}
            }
            """),
    ]
}
