/// GL404's documented examples: the rule's first tests (see RuleExampleTests).
enum SyncPoolNonPointerExamples {
    private static let header = """
        package p

        import (
        \t"bytes"
        \t"sync"
        )

        type record struct{ id int }

        var bufs = sync.Pool{New: func() any { return make([]byte, 0, 4096) }}

        """

    static let triggering: [Example] = [
        Example(header + """
            func release(buf []byte) {
            \tbufs.Put(↓buf[:0])
            }
            """),
        Example(header + """
            func release(buf []byte) {
            \tbufs.Put(↓buf)
            }
            """),
        Example(header + """
            func fresh() {
            \tbufs.Put(↓make([]byte, 0, 1024))
            }
            """),
        Example(header + """
            func local() {
            \ts := []int{}
            \tvar pool sync.Pool
            \tpool.Put(↓s)
            }
            """),
        Example(header + """
            func values() {
            \tp := &sync.Pool{}
            \tp.Put(↓record{})
            }
            """),
        Example(header + """
            type server struct{ pool sync.Pool }

            func (s *server) done(r record) {
            \ts.pool.Put(↓r)
            }
            """),
        Example(header + """
            func names() {
            \tvar pool sync.Pool
            \tdefer pool.Put(↓"name")
            }
            """),
        Example(header + """
            func text(s string) {
            \tbufs.Put(↓[]byte(s))
            }
            """),
        // Another linter's suppression is not staticcheck's.
        Example(header + """
            func release(buf []byte) {
            \tbufs.Put(↓buf) //nolint:errcheck
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // staticcheck's SA6002 is the same check: a suppression for it is the maintainers' decision.
        Example(header + """
            func release(buf []byte) {
            \tbufs.Put(buf[:0]) //nolint:staticcheck // the generated type holds a slice, see bufs
            }

            func reset(buf []byte) {
            \tfor i := range buf {
            \t\tbuf[i] = 0
            \t}
            \t//lint:ignore SA6002 a slice header is small
            \tbufs.Put(buf)
            }

            func drop(buf []byte) {
            \tbufs.Put(buf[:0]) // nolint:staticcheck
            }
            """),
        Example(header + """
            var ptrs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

            func release(buf *[]byte) {
            \t*buf = (*buf)[:0]
            \tptrs.Put(buf)
            }
            """),
        Example(header + """
            var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

            func release(b *bytes.Buffer) {
            \tb.Reset()
            \tbuffers.Put(b)
            }
            """),
        Example(header + """
            func addr() {
            \ts := []int{}
            \tvar pool sync.Pool
            \tpool.Put(&s)
            }
            """),
        Example(header + """
            func records() {
            \tp := &sync.Pool{}
            \tp.Put(&record{})
            }
            """),
        Example(header + """
            func anyValue(v any) {
            \tbufs.Put(v)
            }
            """),
        Example(header + """
            func maps() {
            \tbufs.Put(map[string]int{})
            \tbufs.Put(make(chan int))
            }
            """),
        Example(header + """
            type cache struct{}

            func (cache) Put(key string, value []byte) {}

            func store(c cache, b []byte) {
            \tc.Put("k", b)
            }
            """),
        Example(header + """
            type queue struct{}

            func (queue) Put(v []byte) {}

            func enqueue(q queue, b []byte) {
            \tq.Put(b)
            }
            """),
        Example(header + """
            func fromGet() {
            \tb := bufs.Get()
            \tbufs.Put(b)
            }
            """),
        Example(header + """
            // bufs.Put(buf[:0]) would allocate
            func comment() {}
            """),
        Example(header + """
            func pointerParam(r *record) {
            \tvar pool sync.Pool
            \tpool.Put(r)
            }
            """),
        Example(header + """
            func unknown(f func() []byte) {
            \tbufs.Put(f)
            }
            """),
    ]
}
