/// GL105's documented examples: the rule's first tests (see RuleExampleTests).
enum DeferInLoopExamples {
    private static let header = """
        package p

        import (
        \t"os"
        \t"sync"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func sizes(paths []string) (int64, error) {
            \tvar total int64
            \tfor _, p := range paths {
            \t\tf, err := os.Open(p)
            \t\tif err != nil {
            \t\t\treturn 0, err
            \t\t}
            \t\t↓defer f.Close()
            \t\tinfo, err := f.Stat()
            \t\tif err != nil {
            \t\t\treturn 0, err
            \t\t}
            \t\ttotal += info.Size()
            \t}
            \treturn total, nil
            }
            """),
        Example(header + """
            func drain(mu *sync.Mutex, jobs []func()) {
            \tfor _, job := range jobs {
            \t\tmu.Lock()
            \t\t↓defer mu.Unlock()
            \t\tjob()
            \t}
            }
            """),
        Example(header + """
            func poll(next func() (*os.File, bool)) {
            \tfor {
            \t\tf, ok := next()
            \t\tif !ok {
            \t\t\treturn
            \t\t}
            \t\t↓defer f.Close()
            \t}
            }
            """),
        // Any deferred call, with `every-defer: true`.
        Example(header + """
            func each(n int, cleanup func(int)) {
            \tfor i := 0; i < n; i++ {
            \t\t↓defer cleanup(i)
            \t}
            }
            """, options: RuleOptions(lists: ["every-defer": ["true"]])),
        // A literal list longer than a handful.
        Example(header + """
            func all() {
            \tfor _, p := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"} {
            \t\tf, _ := os.Open(p)
            \t\t↓defer f.Close()
            \t}
            }
            """),
        // A local list grown inside a loop has no fixed length.
        Example(header + """
            func grown(dirs []string) {
            \tpaths := []string{"first.txt"}
            \tfor _, d := range dirs {
            \t\tpaths = append(paths, d+"/x.txt")
            \t}
            \tfor _, p := range paths {
            \t\tf, _ := os.Open(p)
            \t\t↓defer f.Close()
            \t}
            }
            """),
        // A temp dir per iteration, removed only at return.
        Example(header + """
            func unpack(archives []string) error {
            \tfor _, a := range archives {
            \t\tdir, err := os.MkdirTemp("", "unpack")
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\t↓defer os.RemoveAll(dir)
            \t\t_ = a
            \t}
            \treturn nil
            }
            """),
        Example(header + """
            func nested(groups [][]string) {
            \tfor _, g := range groups {
            \t\tfor _, p := range g {
            \t\t\tf, _ := os.Open(p)
            \t\t\t↓defer f.Close()
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func conditional(paths []string, keep bool) {
            \tfor _, p := range paths {
            \t\tif keep {
            \t\t\tf, _ := os.Create(p)
            \t\t\t↓defer f.Close()
            \t\t}
            \t}
            }
            """),
        Example(header + """
            func literal(paths []string) {
            \tfunc() {
            \t\tfor _, p := range paths {
            \t\t\tf, _ := os.Open(p)
            \t\t\t↓defer f.Close()
            \t\t}
            \t}()
            }
            """),
        Example(header + """
            func retry(attempts int, mu *sync.Mutex, try func() bool) {
            \tfor attempt := 0; attempt < attempts; attempt++ {
            \t\tmu.Lock()
            \t\t↓defer func() { mu.Unlock() }()
            \t\tif try() {
            \t\t\tbreak
            \t\t}
            \t}
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // By default only releases of what the iteration acquired are reported.
        Example(header + """
            func each(n int, cleanup func(int)) {
            \tfor i := 0; i < n; i++ {
            \t\tdefer cleanup(i)
            \t}
            }
            """),
        // The file was opened before the loop: one Close, however many iterations.
        Example(header + """
            func lines(f *os.File, n int) {
            \tfor i := 0; i < n; i++ {
            \t\tdefer f.Close()
            \t}
            }
            """),
        // Unlock of a lock the loop did not take.
        Example(header + """
            func held(mu *sync.Mutex, jobs []func()) {
            \tfor _, job := range jobs {
            \t\tdefer mu.Unlock()
            \t\tjob()
            \t}
            }
            """),
        Example(header + """
            func sizes(paths []string) error {
            \tfor _, p := range paths {
            \t\tif err := func() error {
            \t\t\tf, err := os.Open(p)
            \t\t\tif err != nil {
            \t\t\t\treturn err
            \t\t\t}
            \t\t\tdefer f.Close()
            \t\t\treturn nil
            \t\t}(); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            }
            """),
        Example(header + """
            func one(path string) error {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer f.Close()
            \treturn nil
            }
            """),
        Example(header + """
            func first(paths []string) (*os.File, error) {
            \tfor _, p := range paths {
            \t\tf, err := os.Open(p)
            \t\tif err != nil {
            \t\t\tcontinue
            \t\t}
            \t\tdefer println("opened", p)
            \t\treturn f, nil
            \t}
            \treturn nil, os.ErrNotExist
            }
            """),
        Example(header + """
            func worker(jobs <-chan func(), mu *sync.Mutex) {
            \tfor job := range jobs {
            \t\tgo func() {
            \t\t\tmu.Lock()
            \t\t\tdefer mu.Unlock()
            \t\t\tjob()
            \t\t}()
            \t}
            }
            """),
        Example(header + """
            func process(paths []string) {
            \tfor _, p := range paths {
            \t\thandle(p)
            \t}
            }

            func handle(p string) {
            \tf, err := os.Open(p)
            \tif err != nil {
            \t\treturn
            \t}
            \tdefer f.Close()
            }
            """),
        Example(header + """
            func once(mu *sync.Mutex, items []int) int {
            \tfor _, it := range items {
            \t\tmu.Lock()
            \t\tdefer mu.Unlock()
            \t\treturn it
            \t}
            \treturn 0
            }
            """),
        Example(header + """
            func loopThenDefer(paths []string) error {
            \tvar files []*os.File
            \tfor _, p := range paths {
            \t\tf, err := os.Open(p)
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tfiles = append(files, f)
            \t}
            \tdefer func() {
            \t\tfor _, f := range files {
            \t\t\tf.Close()
            \t\t}
            \t}()
            \treturn nil
            }
            """),
        Example(header + """
            func handlers(paths []string) []func() {
            \tvar out []func()
            \tfor _, p := range paths {
            \t\tout = append(out, func() {
            \t\t\tf, _ := os.Open(p)
            \t\t\tdefer f.Close()
            \t\t})
            \t}
            \treturn out
            }
            """),
        Example(header + """
            func until(mu *sync.Mutex, ok func() bool) {
            \tfor {
            \t\tmu.Lock()
            \t\tdefer mu.Unlock()
            \t\tif ok() {
            \t\t\treturn
            \t\t}
            \t\tpanic("unreachable")
            \t}
            }
            """),
        Example(header + """
            func labelled(groups [][]string) {
            outer:
            \tfor _, g := range groups {
            \t\tdefer println(len(g))
            \t\tbreak outer
            \t}
            }
            """),
        Example(header + """
            // defer in a comment: for { defer f.Close() }
            func comment() {}
            """),
        Example(header + """
            func selectLoop(done <-chan struct{}, f *os.File) {
            \tdefer f.Close()
            \tfor {
            \t\tselect {
            \t\tcase <-done:
            \t\t\treturn
            \t\tdefault:
            \t\t}
            \t}
            }
            """),
    ]
}

extension DeferInLoopExamples {
    /// `func <signature> error { <setup>; for _, p := range <list> { open p, return on error, defer Close } }`:
    /// the short-list examples differ only in how the list is built.
    private static func openEachPath(_ signature: String, after setup: String = "", ranging list: String = "paths") -> Example {
        Example(header + "func \(signature) error {\n" + (setup.isEmpty ? "" : setup + "\n") + """
            \tfor _, p := range \(list) {
            \t\tf, err := os.Open(p)
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tdefer f.Close()
            \t}
            \treturn nil
            }
            """)
    }

    /// The deliberate shapes of DeferInLoopRule.Exemptions, one each.
    static let exempted: [Example] = [
        // A short fixed list: two registry keys, by design.
        openEachPath("both()", ranging: #"[]string{"v4.txt", "v6.txt"}"#),
        // A short literal plus a conditional append: at most two (tailscale's v4/v6 registry keys).
        openEachPath("keys(v6 bool)", after: """
            \tpaths := []string{"v4.txt"}
            \tif v6 {
            \t\tpaths = append(paths, "v6.txt")
            \t}
            """),
        // An empty list with room for two, filled by two conditional appends (tailscale's DNS registration).
        openEachPath("prefixes(v4, v6 bool)", after: """
            \tpaths := make([]string, 0, 2)
            \tif v4 {
            \t\tpaths = append(paths, "v4.txt")
            \t}
            \tif v6 {
            \t\tpaths = append(paths, "v6.txt")
            \t}
            """),
        // A two-element literal cut to one: only shorter.
        openEachPath("both(local bool)", after: """
            \tpaths := []string{"local.txt", "policy.txt"}
            \tif local {
            \t\tpaths = paths[:1]
            \t}
            """),
        // The same, through a local name.
        openEachPath("both()", after: "\tnames := []string{\"a\", \"b\", \"c\"}", ranging: "names"),
        // The previous file is closed explicitly before reopening: the defer is a backstop.
        Example(header + """
            func follow(path string, truncated <-chan bool) error {
            \tvar f *os.File
            \tfor range truncated {
            \t\tif f != nil {
            \t\t\tf.Close()
            \t\t}
            \t\tvar err error
            \t\tf, err = os.Open(path)
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tdefer f.Close()
            \t}
            \treturn nil
            }
            """),
        // A flag-guarded backstop closure.
        Example(header + """
            func write(paths []string) error {
            \tfor _, p := range paths {
            \t\tw, err := os.Create(p)
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tclosed := false
            \t\tdefer func() {
            \t\t\tif !closed {
            \t\t\t\tw.Close()
            \t\t\t}
            \t\t}()
            \t\tif err := w.Close(); err != nil {
            \t\t\treturn err
            \t\t}
            \t\tclosed = true
            \t}
            \treturn nil
            }
            """),
        Example("""
            package p

            /*
            #include <stdlib.h>
            void use(char **v, int n);
            */
            import "C"

            import "unsafe"

            func strv(values []string) {
            \tcvalues := make([]*C.char, len(values))
            \tfor i, v := range values {
            \t\tcvalues[i] = C.CString(v)
            \t\tdefer C.free(unsafe.Pointer(cvalues[i]))
            \t}
            \tC.use(&cvalues[0], C.int(len(values)))
            }
            """),
        Example("""
            package p

            func rename(eps []interface{ Rename(string) error }, name string) (err error) {
            \tfor _, ep := range eps {
            \t\tif err = ep.Rename(name); err != nil {
            \t\t\treturn err
            \t\t}
            \t\tdefer func() {
            \t\t\tif err != nil {
            \t\t\t\t_ = ep.Rename("old")
            \t\t\t}
            \t\t}()
            \t}
            \treturn nil
            }
            """),
        Example("""
            package p

            import "io"

            func closeAtEnd(targets []io.Closer) {
            \tfor _, t := range targets {
            \t\tdefer t.Close()
            \t}
            }
            """),
        Example("""
            package p

            import "os"

            func openAll(paths []string) ([]*os.File, error) {
            \tvar files []*os.File
            \tfor _, p := range paths {
            \t\tf, err := os.Open(p)
            \t\tif err != nil {
            \t\t\treturn nil, err
            \t\t}
            \t\tdefer f.Close()
            \t\tfiles = append(files, f)
            \t}
            \treturn files, nil
            }
            """),
        Example("""
            package p

            import "net/http"

            func firstOK(urls []string) error {
            \tfor _, u := range urls {
            \t\tresp, err := http.Get(u)
            \t\tif err != nil {
            \t\t\tcontinue
            \t\t}
            \t\tdefer resp.Body.Close()
            \t\tbreak
            \t}
            \treturn nil
            }
            """),
        Example("""
            package p

            func progress(items []int, start func() func()) {
            \tfor range items {
            \t\tstop := start()
            \t\tdefer stop()
            \t\tstop()
            \t}
            }
            """),
    ]
}

extension DeferInLoopExamples {
    /// `func <signature> error { for _, l := range layers { <loopBody> }; return nil }` over manifest layers:
    /// the filtered-loop examples differ only in how the loop body picks the layers it opens.
    private static func eachLayer(_ signature: String, _ loopBody: String) -> Example {
        Example(header + "type Layer struct{ MediaType, Path string }\n\nfunc \(signature) error {\n"
            + "\tfor _, l := range layers {\n" + loopBody + "\t}\n\treturn nil\n}\n")
    }

    /// Opening `l.Path` at `depth` tabs, returning on error, with a deferred Close (marked as the finding when
    /// `marked`).
    private static func openLayer(depth: Int, marked: Bool) -> String {
        let tabs = String(repeating: "\t", count: depth)
        return tabs + "f, err := os.Open(l.Path)\n" + tabs + "if err != nil {\n" + tabs + "\treturn err\n" + tabs + "}\n"
            + tabs + (marked ? "↓" : "") + "defer f.Close()\n"
    }

    /// Filters that pick more than one key, or no constant key: the defers pile up.
    static let filteredTriggering: [Example] = [
        // Several media types in one case: one open blob per matching layer.
        eachLayer("blobs(layers []Layer)", "\t\tswitch l.MediaType {\n\t\tcase \"model\", \"projector\":\n"
            + openLayer(depth: 3, marked: true) + "\t\t}\n"),
        // A filter on a variable, not a constant: any number of layers may match.
        eachLayer("matching(layers []Layer, kind string)", "\t\tif l.MediaType != kind {\n\t\t\tcontinue\n\t\t}\n"
            + openLayer(depth: 2, marked: true)),
        // A constant compared with something else than the element: every layer still opens.
        eachLayer("all(layers []Layer, mode string)", "\t\tif mode != \"all\" {\n\t\t\tcontinue\n\t\t}\n"
            + openLayer(depth: 2, marked: true)),
    ]

    /// A lookup written as a loop: only the element whose key equals one string constant acquires.
    static let lookupExempted: [Example] = [
        eachLayer("params(layers []Layer)", "\t\tif l.MediaType != \"params\" {\n\t\t\tcontinue\n\t\t}\n"
            + openLayer(depth: 2, marked: false)),
        eachLayer("load(layers []Layer)", "\t\tswitch l.MediaType {\n\t\tcase \"params\":\n" + openLayer(depth: 3, marked: false)
            + "\t\tcase \"license\":\n\t\t}\n"),
        eachLayer("messages(layers []Layer)", "\t\tif \"messages\" == l.MediaType {\n" + openLayer(depth: 3, marked: false)
            + "\t\t}\n"),
    ]
}
