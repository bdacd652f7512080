/// GL202's documented examples: the rule's first tests (see RuleExampleTests).
enum GoroutineReceiveLeakExamples {
    private static func function(_ body: String) -> String {
        "package p\n\nimport \"context\"\n\nvar _ context.Context\n\nfunc run(ctx context.Context, names []string) error {\n" + body + "\n}\n"
    }

    static let triggering: [Example] = [
        // Worker pool: an early return skips the close.
        Example(function("""
            \tjobs := make(chan string)
            \t↓go func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tfor _, n := range names {
            \t\tif n == "" {
            \t\t\treturn nil
            \t\t}
            \t\tjobs <- n
            \t}
            \tclose(jobs)
            \treturn nil
            """)),
        // Nothing ever closes the channel the workers range over.
        Example(function("""
            \tjobs := make(chan string, len(names))
            \tfor i := 0; i < 4; i++ {
            \t\t↓go func() {
            \t\t\tfor j := range jobs {
            \t\t\t\tprintln(j)
            \t\t\t}
            \t\t}()
            \t}
            \tfor _, n := range names {
            \t\tjobs <- n
            \t}
            \treturn nil
            """)),
        // Nothing sends or closes at all.
        Example(function("""
            \tdone := make(chan struct{})
            \t↓go func() {
            \t\t<-done
            \t\tprintln("cleanup")
            \t}()
            \treturn nil
            """)),
        // A single receive, and the send is skipped by an error return.
        Example(function("""
            \tresult := make(chan error)
            \t↓go func() {
            \t\terr := <-result
            \t\tprintln(err)
            \t}()
            \tif len(names) == 0 {
            \t\treturn ctx.Err()
            \t}
            \tresult <- nil
            \treturn nil
            """)),
        // The close is only on one branch.
        Example(function("""
            \tquit := make(chan bool)
            \t↓go func() {
            \t\tv, ok := <-quit
            \t\tprintln(v, ok)
            \t}()
            \tif len(names) > 1 {
            \t\tclose(quit)
            \t}
            \treturn nil
            """)),
        // `var` declaration, receive as the only case of a select.
        Example(function("""
            \tvar stop = make(chan struct{})
            \t↓go func() {
            \t\tselect {
            \t\tcase <-stop:
            \t\t}
            \t}()
            \treturn nil
            """)),
        // A method, a parenthesised receive.
        Example("""
            package p

            type S struct{}

            func (s *S) Watch() {
            \tevents := make(chan int)
            \t↓go func() {
            \t\tfor {
            \t\t\tv := (<-events)
            \t\t\tprintln(v)
            \t\t}
            \t}()
            }
            """),
        // The return sits in a switch case before the close.
        Example(function("""
            \tlines := make(chan string)
            \t↓go func() {
            \t\tfor l := range lines {
            \t\t\tprintln(l)
            \t\t}
            \t}()
            \tfor _, n := range names {
            \t\tswitch n {
            \t\tcase "stop":
            \t\t\treturn nil
            \t\t}
            \t\tlines <- n
            \t}
            \tclose(lines)
            \treturn nil
            """)),
    ]

    static let nonTriggering: [Example] = [
        // `defer close` covers every path.
        Example(function("""
            \tjobs := make(chan string)
            \tdefer close(jobs)
            \tgo func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tfor _, n := range names {
            \t\tif n == "" {
            \t\t\treturn nil
            \t\t}
            \t\tjobs <- n
            \t}
            \treturn nil
            """)),
        // `defer close` right after the go statement: every later return passes it.
        Example(function("""
            \tjobs := make(chan string)
            \tgo func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tdefer close(jobs)
            \tfor _, n := range names {
            \t\tif n == "" {
            \t\t\treturn nil
            \t\t}
            \t\tjobs <- n
            \t}
            \treturn nil
            """)),
        // Closed before the only return that follows.
        Example(function("""
            \tjobs := make(chan string)
            \tgo func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tfor _, n := range names {
            \t\tjobs <- n
            \t}
            \tclose(jobs)
            \treturn nil
            """)),
        // Closed on the error path as well.
        Example(function("""
            \tjobs := make(chan string)
            \tgo func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tfor _, n := range names {
            \t\tif n == "" {
            \t\t\tclose(jobs)
            \t\t\treturn nil
            \t\t}
            \t\tjobs <- n
            \t}
            \tclose(jobs)
            \treturn nil
            """)),
        // The receive can give up on ctx.Done().
        Example(function("""
            \tdone := make(chan struct{})
            \tgo func() {
            \t\tselect {
            \t\tcase <-done:
            \t\tcase <-ctx.Done():
            \t\t}
            \t}()
            \treturn nil
            """)),
        // A producer goroutine owns the close.
        Example(function("""
            \tout := make(chan string)
            \tgo func() {
            \t\tdefer close(out)
            \t\tfor _, n := range names {
            \t\t\tout <- n
            \t\t}
            \t}()
            \tgo func() {
            \t\tfor v := range out {
            \t\t\tprintln(v)
            \t\t}
            \t}()
            \treturn nil
            """)),
        // The channel escapes: returned to the caller.
        Example("""
            package p

            func start() chan int {
            \tch := make(chan int)
            \tgo func() {
            \t\tfor v := range ch {
            \t\t\tprintln(v)
            \t\t}
            \t}()
            \treturn ch
            }
            """),
        // Stored in a struct.
        Example("""
            package p

            type W struct{ in chan int }

            func newW() *W {
            \tin := make(chan int)
            \tw := &W{in: in}
            \tgo func() {
            \t\tfor v := range in {
            \t\t\tprintln(v)
            \t\t}
            \t}()
            \treturn w
            }
            """),
        // Handed to another function, which may close it.
        Example(function("""
            \tjobs := make(chan string)
            \tgo func() {
            \t\tfor j := range jobs {
            \t\t\tprintln(j)
            \t\t}
            \t}()
            \tfeed(jobs, names)
            \treturn nil
            """)),
        // A function that never returns: a server loop.
        Example("""
            package p

            func serve(next func() int) {
            \treqs := make(chan int)
            \tgo func() {
            \t\tfor r := range reqs {
            \t\t\tprintln(r)
            \t\t}
            \t}()
            \tfor {
            \t\treqs <- next()
            \t}
            }
            """),
        // The program's main: its return ends every goroutine.
        Example("""
            package main

            func main() {
            \tdone := make(chan struct{})
            \tgo func() {
            \t\t<-done
            \t}()
            }
            """),
        // The goroutine sends, it does not wait.
        Example(function("""
            \terrs := make(chan error, 1)
            \tgo func() {
            \t\terrs <- nil
            \t}()
            \treturn <-errs
            """)),
        // A literal whose parameter reuses the name receives from another channel.
        Example(function("""
            \tch := make(chan int)
            \tgo func(ch chan int) {
            \t\t<-ch
            \t}(make(chan int, 1))
            \tclose(ch)
            \treturn nil
            """)),
        // The single receive is woken by the send before any return.
        Example(function("""
            \tready := make(chan struct{})
            \tgo func() {
            \t\t<-ready
            \t\tprintln("go")
            \t}()
            \tready <- struct{}{}
            \tif len(names) == 0 {
            \t\treturn nil
            \t}
            \treturn nil
            """)),
    ]
}
