package p

import "C"

func f() { p := C.malloc(; C.free(C.realloc(p, )) }
func (
