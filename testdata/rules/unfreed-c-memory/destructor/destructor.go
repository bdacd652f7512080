// A C API given a free function as the destructor of what it is given (SQLite's bind and result functions) frees
// it: the allocation is handed off. The free wrapper is defined in a .c file of the package, declared in a header.
package destructor

/*
#include <stdlib.h>
#include "wrappers.h"
*/
import "C"
import "unsafe"

func Bind(stmt unsafe.Pointer, i int, value string) int {
	cs := C.CString(value)
	return int(C.bind_text(stmt, C.int(i), cs, C.int(len(value)), (*[0]byte)(C.cfree)))
}

func BindStd(stmt unsafe.Pointer, i int, value string) int {
	cs := C.CString(value)
	return int(C.bind_text(stmt, C.int(i), cs, C.int(len(value)), (*[0]byte)(unsafe.Pointer(C.free))))
}

func BindMaybe(stmt unsafe.Pointer, i int, value string) int {
	var v *C.char
	var free *[0]byte
	if len(value) > 0 {
		v = C.CString(value)
		free = (*[0]byte)(C.cfree)
	}
	return int(C.bind_text(stmt, C.int(i), v, C.int(len(value)), free))
}

// No destructor (SQLITE_STATIC): SQLite only borrows the string, so it leaks.
func BindStatic(stmt unsafe.Pointer, i int, value string) int {
	cs := C.CString(value) // want "GL102@8: never freed"
	return int(C.bind_text(stmt, C.int(i), cs, C.int(len(value)), nil))
}
