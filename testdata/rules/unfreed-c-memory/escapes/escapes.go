package escapes

/*
#include <stdlib.h>
*/
import "C"

import (
	"unsafe"

	"example.com/registry"
)

type handle struct{ name *C.char }

var global *C.char

var table = map[string]unsafe.Pointer{}

func returned(s string) *C.char { return C.CString(s) }

func returnedLater(s string) unsafe.Pointer {
	p := C.malloc(8)
	return p
}

func field(h *handle, s string) { h.name = C.CString(s) }

func toGlobal(s string) {
	cs := C.CString(s)
	global = cs
}

func toMap(s string) {
	p := C.CString(s)
	table[s] = unsafe.Pointer(p)
}

func toSlice(s string, all []*C.char) []*C.char {
	p := C.CString(s)
	return append(all, p)
}

func otherPackage(s string) {
	registry.Keep(unsafe.Pointer(C.CString(s)))
}

func namedResult(s string) (p *C.char) {
	p = C.CString(s)
	return
}

func literal(s string) handle {
	cs := C.CString(s)
	return handle{name: cs}
}

func sent(s string, out chan *C.char) {
	out <- C.CString(s)
}
