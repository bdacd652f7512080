/// GL204's documented examples: the rule's first tests (see RuleExampleTests).
enum SelectForeverExamples {
    private static let header = """
        package p

        import (
        \t"context"
        \t"os"
        \t"os/signal"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func Run(serve func()) {
            \tgo serve()
            \t↓select {}
            }
            """),
        Example(header + """
            type Server struct{}

            func (s *Server) Wait() {
            \t↓select {}
            }
            """),
        Example(header + """
            func start(work func()) {
            \tgo func() {
            \t\twork()
            \t\t↓select {}
            \t}()
            }
            """),
        Example(header + """
            func block(enabled bool) {
            \tif !enabled {
            \t\t↓select {}
            \t}
            }
            """),
        Example(header + """
            func forever() {
            \tfor {
            \t\t↓select {
            \t\t}
            \t}
            }
            """),
        Example(header + """
            var hang = func() {
            \t↓select {}
            }
            """),
        Example(header + """
            func serveAll(handlers []func()) {
            \tfor _, h := range handlers {
            \t\tgo h()
            \t}
            \t↓select {} // park until the process is killed
            }
            """),
        Example(header + """
            func Main() {
            \t↓select {}
            }
            """),
        Example(header + """
            func stopChild(p *os.Process) {
            \t_ = p.Signal(os.Interrupt)
            \t↓select {}
            }
            """),
        Example(header + """
            func commandLike(start func()) {
            \tstart()
            \t↓select {}
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example(header + """
            func cmdRun(start func()) (int, error) {
            \tstart()
            \tselect {}
            }
            """),
        Example(header + """
            func serverMain(start func()) {
            \tgo start()
            \tselect {}
            }
            """),
        Example(header + """
            func fail(e any) {
            \tgo panic(e)
            \tselect {} // keep this goroutine for the crash dump
            }
            """),
        Example(header + """
            func interrupt() {
            \tself, _ := os.FindProcess(os.Getpid())
            \t_ = self.Signal(os.Interrupt)
            \t// wait for the signal to end the process
            \tselect {}
            }
            """),
        Example(header.replacingOccurrences(of: "package p", with: "package main") + """
            func main() {
            \tgo serve()
            \tselect {}
            }

            func serve() {}
            """),
        Example(header + """
            func init() {
            \tgo func() { select {} }()
            }
            """),
        Example(header + """
            func Run(ctx context.Context, serve func()) error {
            \tgo serve()
            \t<-ctx.Done()
            \treturn ctx.Err()
            }
            """),
        Example(header + """
            func wait(done <-chan struct{}, ctx context.Context) {
            \tselect {
            \tcase <-done:
            \tcase <-ctx.Done():
            \t}
            }
            """),
        Example(header + """
            func poll(ch <-chan int) int {
            \tselect {
            \tcase v := <-ch:
            \t\treturn v
            \tdefault:
            \t\treturn 0
            \t}
            }
            """),
        Example(header + """
            func untilSignal() {
            \tsig := make(chan os.Signal, 1)
            \tsignal.Notify(sig, os.Interrupt)
            \t<-sig
            }
            """),
        Example(header.replacingOccurrences(of: "package p", with: "package main") + """
            func main() {
            \tgo func() {
            \t\tselect {}
            \t}()
            \tselect {}
            }
            """),
        Example(header + """
            // select {} would block forever here
            func documented() {}
            """),
        Example(header + """
            func messages() string {
            \treturn "use select {} only in main"
            }
            """),
        Example(header + """
            func onlyDefault() {
            \tselect {
            \tdefault:
            \t}
            }
            """),
        Example(header + """
            func sendOrDrop(ch chan<- int, v int) {
            \tselect {
            \tcase ch <- v:
            \tdefault:
            \t}
            }
            """),
        Example(header.replacingOccurrences(of: "package p", with: "package main") + """
            func serveForever(serve func()) {
            \tgo serve()
            \tselect {}
            }
            """),
        Example(header + """
            func selectCase(ctx context.Context) {
            \tfor {
            \t\tselect {
            \t\tcase <-ctx.Done():
            \t\t\treturn
            \t\t}
            \t}
            }
            """),
    ]
}
