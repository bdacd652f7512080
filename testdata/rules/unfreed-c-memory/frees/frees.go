package frees

/*
#include <stdlib.h>
void use(void *p);
*/
import "C"

import (
	u "unsafe"
)

func deferred(s string) {
	cs := C.CString(s)
	defer C.free(u.Pointer(cs))
	C.use(u.Pointer(cs))
}

func plain(n int) {
	p := C.malloc(C.size_t(n))
	C.use(p)
	C.free(p)
}

func closure(s string) {
	cs := C.CString(s)
	defer func() {
		C.free(u.Pointer(cs))
	}()
	C.use(u.Pointer(cs))
}

func calledClosure(s string) {
	cs := C.CString(s)
	release := func() { C.free(u.Pointer(cs)) }
	C.use(u.Pointer(cs))
	release()
}

func conversionChain(s string) {
	p := C.CString(s)
	cp := (*C.char)(p)
	vp := u.Pointer(cp)
	defer C.free(vp)
	C.use(vp)
}

func reallocated(n int) {
	p := C.malloc(8)
	p = C.realloc(p, C.size_t(n))
	defer C.free(p)
}

func perIteration(names []string) {
	for _, name := range names {
		cs := C.CString(name)
		C.use(u.Pointer(cs))
		C.free(u.Pointer(cs))
	}
}
