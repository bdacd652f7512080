/// GL402's documented examples: the rule's first tests (see RuleExampleTests).
enum UnboundedGlobalSliceExamples {
    static let triggering: [Example] = [
        Example("""
            package p

            var ↓events []string

            func record(e string) { events = append(events, e) }
            """),
        Example("""
            package p

            import "sync"

            var (
            \tmu     sync.Mutex
            \t↓errors = []error{}
            )

            func report(err error) {
            \tmu.Lock()
            \tdefer mu.Unlock()
            \terrors = append(errors, err)
            }
            """),
        Example("""
            package p

            var ↓samples = make([]float64, 0, 64)

            func observe(v float64) { samples = append(samples, v) }
            """),
        Example("""
            package p

            import "net/http"

            var ↓paths []string

            func init() {
            \thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { paths = append(paths, r.URL.Path) })
            }
            """),
        Example("""
            package p

            var ↓history []int

            func push(xs ...int) { history = append(history, xs...) }
            """),
        Example("""
            package p

            type Hook func()

            var ↓hooks []Hook

            func (s *server) handle() { hooks = append(hooks, s.cleanup) }
            """),
        Example("""
            package p

            var ↓seen []string

            func init() { seen = nil }

            func visit(u string) { seen = append(seen, u) }
            """),
        Example("""
            package p

            var ↓log []string

            func logf(s string) {
            \tgo func() { log = append(log, s) }()
            }

            func count(log []string) int { return len(log) }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example("""
            package p

            var events []string

            func record(e string) { events = append(events, e) }

            func drain() []string {
            \tout := events
            \tevents = nil
            \treturn out
            }
            """),
        Example("""
            package p

            var queue []int

            func push(v int) { queue = append(queue, v) }

            func pop() int {
            \tv := queue[0]
            \tqueue = queue[1:]
            \treturn v
            }
            """),
        Example("""
            package p

            var buf []byte

            func reset() { buf = buf[:0] }

            func write(b []byte) { buf = append(buf, b...) }
            """),
        Example("""
            package p

            const limit = 100

            var recent []string

            func remember(s string) {
            \tif len(recent) >= limit {
            \t\treturn
            \t}
            \trecent = append(recent, s)
            }
            """),
        Example("""
            package p

            var formats []string

            func init() { formats = append(formats, "json", "yaml") }
            """),
        Example("""
            package p

            var plugins []string

            func RegisterPlugin(name string) { plugins = append(plugins, name) }
            """),
        Example("""
            package p

            var flags []string

            func main() { setup() }

            func setup() { flags = append(flags, "-v") }
            """),
        Example("""
            package p

            var items []int

            func collect(items []int, v int) []int {
            \titems = append(items, v)
            \treturn items
            }
            """),
        Example("""
            package p

            var all []int

            func local(v int) {
            \tall := []int{}
            \tall = append(all, v)
            \t_ = all
            }
            """),
        Example("""
            package p

            var table [4]int

            func set(i, v int) { table[i] = v }
            """),
        Example("""
            package p

            var names []string

            func add(n string) { names = append(names, n) }

            func load(into *[]string) { *into = (*into)[:0] }

            func reload() { load(&names) }
            """),
        Example("""
            package p

            var scratch []byte

            func encode(v string) []byte {
            \tscratch = append(scratch[:0], v...)
            \treturn scratch
            }
            """),
        Example("""
            package p

            var cache = map[string][]int{}

            func add(k string, v int) { cache[k] = append(cache[k], v) }

            func forget(k string) { delete(cache, k) }
            """),
        Example("""
            package p

            var merged []int

            func add(v int) { merged = append(merged, v) }

            func rebuild(a, b []int) { merged = append(a, b...) }
            """),
    ]
}
