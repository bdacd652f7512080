// R-102a: C functions of the preamble that free or keep their parameter take ownership; R-102b: the
// address of a field of the allocation stored away is a hand-off; FN-102: a return before the free.
package preamble

/*
#include <stdlib.h>
static char *held;
static void take_text(char *s) { free(held); held = s; }
static void release(char *s) { free(s); }
static void result_text(void *ctx, char *s, int n) { set_result(ctx, s, n, &free); }
static int use(const char *s) { return s[0]; }
typedef struct { int kind; } parent_t;
typedef struct { parent_t parent; int extra; } custom_t;
*/
import "C"
import "unsafe"

func SetText(s string) {
	cs := C.CString(s)
	C.take_text(cs)
}

func Result(ctx unsafe.Pointer, s string) {
	cs := C.CString(s)
	C.result_text(ctx, cs, C.int(len(s)))
}

// A Go helper that calls a freeing C wrapper is a free helper.
func freeString(p *C.char) { C.release(p) }

func Print(s string) int {
	cs := C.CString(s)
	defer freeString(cs)
	return int(C.use(cs))
}

func Leak(s string) int {
	cs := C.CString(s) // want "GL102@8: never freed"
	return int(C.use(cs))
}

type Cred struct{ ptr *C.parent_t }

func NewCred() *Cred {
	cc := (*C.custom_t)(C.calloc(1, C.size_t(unsafe.Sizeof(C.custom_t{}))))
	cc.parent.kind = 1
	cred := &Cred{}
	cred.ptr = &cc.parent
	return cred
}

func Use(s string) int {
	cs := C.CString(s) // want "GL102@8: not freed on the path that returns at line 55"
	if len(s) == 0 {
		return 0
	}
	defer C.free(unsafe.Pointer(cs))
	return int(C.use(cs))
}
