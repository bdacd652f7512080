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

            import "net/http"

            var ↓seen = map[string]bool{}

            func visit(url string) { seen[url] = true }

            func serve(w http.ResponseWriter, r *http.Request) { visit(r.URL.String()) }
            """),
        Example("""
            package p

            import "net/http"

            type server struct{}

            var ↓counts = make(map[string]int)

            func hit(path string) { counts[path]++ }

            func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
            \tname := r.FormValue("name")
            \thit("/users/" + name)
            }
            """),
        Example("""
            package p

            import "time"

            var ↓perSecond map[string]float64

            func add(v float64) { perSecond[time.Now().Format("15:04:05")] += v }
            """),
        Example("""
            package p

            import (
            \t"bufio"
            \t"sync"
            )

            var ↓cache sync.Map

            func remember(sc *bufio.Scanner) {
            \tfor sc.Scan() {
            \t\tcache.Store(sc.Text(), true)
            \t}
            }
            """),
        Example("""
            package p

            import (
            \t"sync"

            \t"github.com/google/uuid"
            )

            var ↓inflight = &sync.Map{}

            func start() string {
            \tid := uuid.NewString()
            \tinflight.LoadOrStore(id, struct{}{})
            \treturn id
            }
            """),
        Example("""
            package p

            import (
            \t"sync"
            \t"sync/atomic"
            )

            var (
            \tmu     sync.Mutex
            \tnext   int64
            \t↓users = map[int64]string{}
            )

            func signUp(name string) int64 {
            \tid := atomic.AddInt64(&next, 1)
            \tmu.Lock()
            \tdefer mu.Unlock()
            \tusers[id] = name
            \treturn id
            }
            """),
        Example("""
            package p

            import (
            \t"fmt"
            \t"net"
            )

            var ↓states = map[string]string{}

            func connKey(c net.Conn) string { return fmt.Sprintf("%s => %s", c.RemoteAddr(), c.LocalAddr()) }

            func track(c net.Conn) { states[connKey(c)] = "new" }
            """),
        Example("""
            package p

            import (
            \t"encoding/json"
            \t"net/http"
            )

            type request struct{ Key, Value string }

            var ↓data = map[string]string{}

            func handler(w http.ResponseWriter, r *http.Request) {
            \tvar req request
            \tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {
            \t\treturn
            \t}
            \tdata[req.Key] = req.Value
            }
            """),
        Example("""
            package p

            import "net/http"

            var ↓sessions = map[string]int{}

            func open(id string) {
            \tsessions := 0
            \t_ = sessions
            }

            func login(id string) { sessions[id] = 1 }

            func handle(w http.ResponseWriter, r *http.Request) {
            \tif c, err := r.Cookie("sid"); err == nil {
            \t\tlogin(c.Value)
            \t}
            }
            """),
        Example("""
            package p

            import (
            \t"net/http"
            \t"strings"
            )

            var ↓byWord = map[string]int{}

            func watch(mux *http.ServeMux) {
            \tmux.HandleFunc("/", count())
            }

            func count() http.HandlerFunc {
            \treturn func(w http.ResponseWriter, r *http.Request) {
            \t\tfor i, word := range strings.Fields(r.URL.RawQuery) {
            \t\t\tfunc() { byWord[word] = i }()
            \t\t}
            \t}
            }

            func main() { watch(http.DefaultServeMux) }
            """),
        Example("""
            package p

            import "github.com/nats-io/nats.go"

            var ↓lastSeen = map[string][]byte{}

            func consume(m *nats.Msg) { lastSeen[m.Subject] = m.Data }
            """),
        Example("""
            package p

            var ↓seen = map[string]bool{}

            func Visit(url string) { seen[url] = true }
            """, options: RuleOptions(lists: ["unknown-keys": ["true"]])),
        // Other packages call Visit too: constants passed here do not bound its keys.
        Example("""
            package p

            var ↓seen = map[string]bool{}

            func Visit(url string) { seen[url] = true }

            func warm() { Visit("/") }
            """, options: RuleOptions(lists: ["unknown-keys": ["true"]])),
        Example("""
            package p

            import (
            \t"context"

            \tpb "example.com/greeter/v1"
            )

            type server struct {
            \tpb.UnimplementedGreeterServer
            }

            var ↓greeted = map[string]int{}

            func (s *server) SayHello(ctx context.Context, req *pb.HelloRequest) (*pb.HelloReply, error) {
            \tgreeted[req.GetName()]++
            \treturn &pb.HelloReply{}, nil
            }
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
        Example("""
            package p

            var seen = map[string]bool{}

            // Called from other packages with what they choose: unknown keys are not reported by default.
            func Visit(url string) { seen[url] = true }
            """),
        Example("""
            package p

            import "net/http"

            type logging struct{ next http.RoundTripper }

            var hosts = map[string]int{}

            // An outgoing request: its host is one the program chose.
            func (l logging) RoundTrip(req *http.Request) (*http.Response, error) {
            \thosts[req.Host]++
            \treturn l.next.RoundTrip(req)
            }
            """),
        Example("""
            package p

            var seen = map[string]bool{}

            func note(k string) { seen[k] = true }

            func setUp() {
            \tnote("alpha")
            \tnote("beta")
            }
            """),
        Example("""
            package p

            import (
            \t"hash/fnv"
            \t"net/http"
            )

            var shards = map[uint32]int{}

            func handle(w http.ResponseWriter, r *http.Request) {
            \th := fnv.New32a()
            \th.Write([]byte(r.URL.Path))
            \tshards[h.Sum32()%16]++
            }
            """),
        Example("""
            package p

            import "net/http"

            var byKind = map[string]int{}

            func classify(r *http.Request) string {
            \tif r.Method == http.MethodGet {
            \t\treturn "read"
            \t}
            \treturn "write"
            }

            func handle(w http.ResponseWriter, r *http.Request) { byKind[classify(r)]++ }
            """),
        Example("""
            package p

            import "time"

            var started = map[string]time.Time{}

            func init() { started[time.Now().Format(time.RFC3339)] = time.Now() }
            """),
        // Loaded once: `once.Do(initTypes)`, and loadFiles runs where the variable it is stored in is called.
        Example("""
            package p

            import (
            \t"bufio"
            \t"os"
            \t"sync"
            )

            var (
            \tonce       sync.Once
            \tloadSystem func()
            \ttypes      = map[string]string{}
            )

            func init() { loadSystem = loadFiles }

            func Lookup(ext string) string {
            \tonce.Do(initTypes)
            \treturn types[ext]
            }

            func initTypes() { loadSystem() }

            func loadFiles() {
            \tfor _, name := range []string{"/etc/mime.types", "/etc/apache2/mime.types"} {
            \t\tloadFile(name)
            \t}
            }

            func loadFile(name string) {
            \tf, err := os.Open(name)
            \tif err != nil {
            \t\treturn
            \t}
            \tdefer f.Close()
            \tsc := bufio.NewScanner(f)
            \tfor sc.Scan() {
            \t\tsetType(sc.Text())
            \t}
            }

            func setType(ext string) { types[ext] = "text/plain" }

            func AddType(ext string) { setType(ext) }
            """),
        // Not a gRPC server: a method taking a context and a pointer is called with whatever its callers choose.
        Example("""
            package p

            import "context"

            type Config struct{ Name string }

            type loader struct{}

            var configs = map[string]int{}

            func (l *loader) Load(ctx context.Context, cfg *Config) error {
            \tconfigs[cfg.Name]++
            \treturn nil
            }
            """),
    ]
}
