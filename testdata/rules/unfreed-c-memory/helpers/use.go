package helpers

/*
#include <stdlib.h>
*/
import "C"

import "unsafe"

func freedByHelper(s string) {
	cs := C.CString(s)
	defer release(cs)
}

func freedTwoHopsAway(s string) {
	cs := C.CString(s)
	releaseLater(cs)
}

func onlyMeasured(s string) int {
	cs := C.CString(s) // want "GL102@8: 'cs'"
	return length(cs)
}

func keptByPool(p *pool, s string) {
	cs := C.CString(s)
	p.keep(unsafe.Pointer(cs))
}
