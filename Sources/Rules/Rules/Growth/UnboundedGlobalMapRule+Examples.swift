/// GL401's documented examples: the rule's first tests (see RuleExampleTests).
enum UnboundedGlobalMapExamples {
    static let triggering: [Example] = [
        Example("""
            package p

            import "net/http"

            var ↓hits = map[string]int{}

            func init() {
            \thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hits[r.URL.Path]++ })
            }
            """),
        Example("""
            package p

            var ↓seen = map[string]bool{}

            func visit(url string) { seen[url] = true }
            """),
        Example("""
            package p

            var ↓counts = make(map[string]int)

            func hit(path string) { counts[path]++ }
            """),
        Example("""
            package p

            var ↓totals map[string]float64

            func add(k string, v float64) { totals[k] += v }
            """),
        Example("""
            package p

            import "sync"

            var ↓cache sync.Map

            func remember(k string, v []byte) { cache.Store(k, v) }
            """),
        Example("""
            package p

            import "sync"

            var ↓inflight = &sync.Map{}

            func start(id string) bool {
            \t_, loaded := inflight.LoadOrStore(id, struct{}{})
            \treturn !loaded
            }
            """),
        Example("""
            package p

            import "sync"

            var (
            \tmu    sync.Mutex
            \t↓users = map[int]string{}
            )

            func signUp(id int, name string) {
            \tmu.Lock()
            \tdefer mu.Unlock()
            \tusers[id] = name
            }
            """),
        Example("""
            package p

            var ↓handlers = map[string]func(){}

            func init() { handlers["ping"] = func() {} }

            func Remember(name string, h func()) { handlers[name] = h }
            """),
        Example("""
            package p

            var ↓byKey = map[string]int{}

            func update(keys []string) {
            \tfor i, k := range keys {
            \t\tfunc() { byKey[k] = i }()
            \t}
            }
            """),
        Example("""
            package p

            var ↓sessions = map[string]int{}

            func open(id string) {
            \tsessions := 0
            \t_ = sessions
            }

            func login(id string) { sessions[id] = 1 }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example("""
            package p

            var compressors = map[uint16]func([]byte) []byte{}

            func RegisterCompressor(method uint16, c func([]byte) []byte) { compressors[method] = c }
            """),
        Example("""
            package p

            var registers = map[int]int{}

            func init() {
            \tf := func(from, to, base int) {
            \t\tfor r := from; r <= to; r++ {
            \t\t\tregisters[r] = r - from + base
            \t\t}
            \t}
            \tf(0, 15, 64)
            }
            """),
        Example("""
            package p

            var seen = map[string]bool{}

            func visit(url string) { seen[url] = true }

            func forget(url string) { delete(seen, url) }
            """),
        Example("""
            package p

            var counts = map[string]int{}

            func hit(path string) { counts[path]++ }

            func reset() { counts = map[string]int{} }
            """),
        Example("""
            package p

            var counts = map[string]int{}

            func hit(path string) { counts[path]++ }

            func reset() { clear(counts) }
            """),
        Example("""
            package p

            var table = map[string]int{}

            func init() {
            \ttable["a"] = 1
            \ttable["b"] = 2
            }

            func get(k string) int { return table[k] }
            """),
        Example("""
            package p

            const limit = 1000

            var recent = map[string]bool{}

            func note(k string) {
            \tif len(recent) < limit {
            \t\trecent[k] = true
            \t}
            }
            """),
        Example("""
            package p

            var recent = map[string]bool{}

            func note(k string) {
            \tif len(recent) >= 100 {
            \t\treturn
            \t}
            \trecent[k] = true
            }
            """),
        Example("""
            package p

            import "sync"

            var cache sync.Map

            func remember(k string, v []byte) { cache.Store(k, v) }

            func expire(k string) { cache.Delete(k) }
            """),
        Example("""
            package p

            var seen = map[string]bool{}

            func local(urls []string) {
            \tseen := map[string]bool{}
            \tfor _, u := range urls {
            \t\tseen[u] = true
            \t}
            }
            """),
        Example("""
            package p

            var seen = map[string]bool{}

            func param(seen map[string]bool, u string) { seen[u] = true }
            """),
        Example("""
            package p

            var items = []string{}

            func set(i int, v string) { items[i] = v }
            """),
        Example("""
            package p

            var seen = map[string]bool{}

            func visit(url string) { seen[url] = true }

            func sweep() { evict(seen) }

            func evict(m map[string]bool) {
            \tfor k := range m {
            \t\tdelete(m, k)
            \t}
            }
            """),
        Example("""
            package p

            var lookup = map[string]int{"a": 1, "b": 2}

            func get(k string) int { return lookup[k] }
            """),
        Example("""
            package p

            type registry struct{ m map[string]int }

            var reg = registry{m: map[string]int{}}

            func local() {
            \tm := map[int]int{}
            \tm[1] = 1
            }
            """),
        Example("""
            package p

            import "sync"

            var inflight sync.Map

            func run(id string) {
            \tif _, loaded := inflight.LoadOrStore(id, true); loaded {
            \t\treturn
            \t}
            \tdefer inflight.LoadAndDelete(id)
            }
            """),
    ]
}
