/// GL203's documented examples: the rule's first tests (see RuleExampleTests).
enum GoroutineWithoutExitExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"sync"
        \t"time"
        )

        var _ context.Context
        var _ sync.Once

        type Cache struct{ ch chan int }

        func (c *Cache) expire() {}

        """

    static let triggering: [Example] = [
        Example(header + """
            func NewCache() *Cache {
            \tc := &Cache{}
            \t↓go func() {
            \t\tfor {
            \t\t\ttime.Sleep(time.Minute)
            \t\t\tc.expire()
            \t\t}
            \t}()
            \treturn c
            }
            """),
        // A same-package function with the loop.
        Example(header + """
            func (c *Cache) loop() {
            \tfor {
            \t\tc.expire()
            \t}
            }

            func Start(c *Cache) {
            \t↓go c.loop()
            }
            """),
        Example(header + """
            func refresh(c *Cache) {
            \tfor range time.Tick(time.Second) {
            \t\tc.expire()
            \t}
            }

            func New() *Cache {
            \tc := &Cache{}
            \t↓go refresh(c)
            \treturn c
            }
            """),
        // A select whose cases never leave.
        Example(header + """
            func watch(c *Cache, t *time.Ticker) {
            \t↓go func() {
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase v := <-c.ch:
            \t\t\t\tprintln(v)
            \t\t\tcase <-t.C:
            \t\t\t\tc.expire()
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // The break leaves the select, not the loop.
        Example(header + """
            func drain(c *Cache) {
            \t↓go func() {
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase <-c.ch:
            \t\t\t\tbreak
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // The return belongs to a nested func literal.
        Example(header + """
            func spin(c *Cache) {
            \t↓go func() {
            \t\tfor {
            \t\t\tfunc() {
            \t\t\t\tif c == nil {
            \t\t\t\t\treturn
            \t\t\t\t}
            \t\t\t}()
            \t\t}
            \t}()
            }
            """),
        // Started per call in a method of a library.
        Example(header + """
            func (c *Cache) Watch() {
            \t↓go func() {
            \t\tfor {
            \t\t\tv := <-c.ch
            \t\t\tprintln(v)
            \t\t}
            \t}()
            }
            """),
        // The inner loop's break does not leave the outer one.
        Example(header + """
            func poll(c *Cache) {
            \t↓go func() {
            \t\tfor {
            \t\t\tfor i := 0; i < 3; i++ {
            \t\t\t\tif i == 1 {
            \t\t\t\t\tbreak
            \t\t\t\t}
            \t\t\t}
            \t\t\tc.expire()
            \t\t}
            \t}()
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // The documented fix: a context.
        Example(header + """
            func NewCache(ctx context.Context) *Cache {
            \tc := &Cache{}
            \tgo func() {
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase <-ctx.Done():
            \t\t\t\treturn
            \t\t\tcase <-time.After(time.Minute):
            \t\t\t\tc.expire()
            \t\t\t}
            \t\t}
            \t}()
            \treturn c
            }
            """),
        // A done channel.
        Example(header + """
            func (c *Cache) run(done chan struct{}) {
            \tgo func() {
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase <-done:
            \t\t\t\treturn
            \t\t\tcase v := <-c.ch:
            \t\t\t\tprintln(v)
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // `for range ch` ends when ch is closed.
        Example(header + """
            func (c *Cache) consume() {
            \tgo func() {
            \t\tfor v := range c.ch {
            \t\t\tprintln(v)
            \t\t}
            \t}()
            }
            """),
        // A break leaves the loop.
        Example(header + """
            func (c *Cache) once() {
            \tgo func() {
            \t\tfor {
            \t\t\tif _, ok := <-c.ch; !ok {
            \t\t\t\tbreak
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // A labelled break.
        Example(header + """
            func (c *Cache) labelled() {
            \tgo func() {
            \tloop:
            \t\tfor {
            \t\t\tselect {
            \t\t\tcase _, ok := <-c.ch:
            \t\t\t\tif !ok {
            \t\t\t\t\tbreak loop
            \t\t\t\t}
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // Started once, under sync.Once.
        Example(header + """
            var startOnce sync.Once

            func start(c *Cache) {
            \tstartOnce.Do(func() {
            \t\tgo func() {
            \t\t\tfor {
            \t\t\t\tc.expire()
            \t\t\t}
            \t\t}()
            \t})
            }
            """),
        // Started by init: once per process.
        Example(header + """
            var global = &Cache{}

            func init() {
            \tgo func() {
            \t\tfor {
            \t\t\ttime.Sleep(time.Minute)
            \t\t\tglobal.expire()
            \t\t}
            \t}()
            }
            """),
        // A command's goroutines run for the life of the command.
        Example("""
            package main

            import "time"

            func startReporter() {
            \tgo func() {
            \t\tfor {
            \t\t\ttime.Sleep(time.Second)
            \t\t}
            \t}()
            }
            """),
        // A panic ends it.
        Example(header + """
            func (c *Cache) guard() {
            \tgo func() {
            \t\tfor {
            \t\t\tif c.ch == nil {
            \t\t\t\tpanic("closed")
            \t\t\t}
            \t\t}
            \t}()
            }
            """),
        // A function of another package: not ours to read.
        Example(header + """
            func (c *Cache) serve() {
            \tgo time.Sleep(time.Second)
            }
            """),
        // A same-package function whose loop returns.
        Example(header + """
            func (c *Cache) pump() {
            \tfor {
            \t\tif _, ok := <-c.ch; !ok {
            \t\t\treturn
            \t\t}
            \t}
            }

            func (c *Cache) Start() { go c.pump() }
            """),
        // The endless loop is in the function, not in the goroutine.
        Example(header + """
            func (c *Cache) serveForever() {
            \tgo c.expire()
            \tfor {
            \t\tc.expire()
            \t}
            }
            """),
    ]
}
