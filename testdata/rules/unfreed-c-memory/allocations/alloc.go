package alloc

/*
#include <stdlib.h>
#include <string.h>
void use(void *p);
*/
import "C"

import "unsafe"

func cstring(s string) {
	cs := C.CString(s) // want "GL102@8: 'cs'"
	C.use(unsafe.Pointer(cs))
}

func cbytes(b []byte) {
	p := C.CBytes(b) // want "GL102@7: 'p'"
	C.use(p)
}

func malloc(n int) {
	p := C.malloc(C.size_t(n)) // want "GL102@7"
	C.memset(p, 0, C.size_t(n))
}

func calloc(n int) {
	p := C.calloc(C.size_t(n), 8) // want "GL102@7"
	C.use(p)
}

func realloc(n int) {
	p := C.malloc(8)
	p = C.realloc(p, C.size_t(n)) // want "GL102@6"
	C.use(p)
}

func inline(s string) {
	C.use(unsafe.Pointer(C.CString(s))) // want "GL102@23: never freed: it is discarded or passed straight to C"
}

func statement(n int) {
	C.malloc(C.size_t(n)) // want "GL102@2"
}

func blank(s string) {
	_ = C.CString(s) // want "GL102@6"
}

// Aliased "unsafe" and a conversion chain that never reaches C.free.
func chainNotFreed(s string) {
	p := C.CString(s) // want "GL102@7"
	cp := (*C.char)(p)
	C.use(unsafe.Pointer(cp))
}
