/// GL102's documented examples: the rule's first tests (see RuleExampleTests).
enum UnfreedCMemoryExamples {
    private static let header = """
        package p

        /*
        #include <stdlib.h>
        #include <stdio.h>
        void set_name(char *s);
        void take_string(char *s);
        */
        import "C"

        import "unsafe"

        """

    static let triggering: [Example] = [
        Example(header + """
            func setName(name string) {
            \tcs := ↓C.CString(name)
            \tC.set_name(cs)
            }
            """),
        Example(header + """
            func say(s string) {
            \tC.puts(↓C.CString(s))
            }
            """),
        Example(header + """
            func discard(s string) {
            \t↓C.CString(s)
            }
            """),
        Example(header + """
            func buffer(n int) {
            \tbuf := ↓C.malloc(C.size_t(n))
            \tC.memset(buf, 0, C.size_t(n))
            }
            """),
        Example(header + """
            func zeroed(n int) {
            \tp := ↓C.calloc(C.size_t(n), 1)
            \t_ = p
            }
            """),
        Example(header + """
            func bytes(b []byte) {
            \tp := ↓C.CBytes(b)
            \tC.consume(p, C.int(len(b)))
            }
            """),
        Example(header + """
            func grow(n int) {
            \tp := C.malloc(16)
            \tp = ↓C.realloc(p, C.size_t(n))
            \tC.use(p)
            }
            """),
        Example(header + """
            func inspect(p *C.char) int { return int(C.strlen(p)) }

            func length(s string) int {
            \tcs := ↓C.CString(s)
            \treturn inspect(cs)
            }
            """),
        Example(header + """
            func blank(s string) {
            \t_ = ↓C.CString(s)
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        Example(header + """
            func setName(name string) {
            \tcs := C.CString(name)
            \tdefer C.free(unsafe.Pointer(cs))
            \tC.set_name(cs)
            }
            """),
        Example(header + """
            func setName(name string) {
            \tcs := C.CString(name)
            \tC.set_name(cs)
            \tC.free(unsafe.Pointer(cs))
            }
            """),
        Example(header + """
            func raw(n int) {
            \tp := C.malloc(C.size_t(n))
            \tdefer C.free(p)
            \tC.use(p)
            }
            """),
        Example(header + """
            func chain(s string) {
            \tp := C.CString(s)
            \tcp := (*C.char)(p)
            \tdefer C.free(unsafe.Pointer(cp))
            \tC.set_name(cp)
            }
            """),
        Example(header + """
            func closure(s string) {
            \tcs := C.CString(s)
            \tdefer func() { C.free(unsafe.Pointer(cs)) }()
            \tC.set_name(cs)
            }
            """),
        Example(header + """
            func newName(s string) *C.char {
            \treturn C.CString(s)
            }
            """),
        Example(header + """
            type handle struct{ name *C.char }

            func (h *handle) setName(s string) {
            \th.name = C.CString(s)
            }
            """),
        Example(header + """
            var names = map[string]*C.char{}

            func remember(s string) {
            \tcs := C.CString(s)
            \tnames[s] = cs
            }
            """),
        Example(header + """
            func freeString(p *C.char) { C.free(unsafe.Pointer(p)) }

            func setName(s string) {
            \tcs := C.CString(s)
            \tdefer freeString(cs)
            \tC.set_name(cs)
            }
            """),
        Example(header + """
            import "example.com/registry"

            func register(s string) {
            \tregistry.Keep(unsafe.Pointer(C.CString(s)))
            }
            """),
        Example(header + """
            func named(s string) (p *C.char) {
            \tp = C.CString(s)
            \treturn
            }
            """),
        Example(header + """
            func give(s string) {
            \tC.take_string(C.CString(s))
            }
            """, options: RuleOptions(lists: ["ownership-taking": ["C.take_string"]])),
        Example(header + """
            func grow(n int) {
            \tp := C.malloc(16)
            \tp = C.realloc(p, C.size_t(n))
            \tdefer C.free(p)
            }
            """),
        Example("""
            package p

            func CString(s string) string { return s }

            type fake struct{}

            func (fake) CString(s string) string { return s }

            func notCgo(s string) string {
            \tvar C fake
            \treturn C.CString(s)
            }
            """),
    ]
}
