// C headers a preamble includes count as preamble text: from the package directory, relative to the
// including header, and from -I directories of #cgo CFLAGS inside the module; a missing header is fine, a
// header outside the module is never read.
package headers

/*
#cgo CFLAGS: -I${SRCDIR}/include -I${SRCDIR}/..
#include "binding.h"
#include <sub/lib.h>
#include "outside.h"
static int use(const char *s) { return s[0]; }
*/
import "C"

// A Go helper that calls a header's free wrapper is a free helper.
func cfree(p *C.char) { C.freeCstr(p) }

func Print(s string) int {
	p := C.CString(s)
	defer cfree(p)
	return int(C.use(p))
}

func Keep(s string) {
	C.keep_name(C.CString(s))
}

func Block(n int) {
	p := C.malloc(C.size_t(n))
	defer C.lib_release(p)
}

func Outside(s string) int {
	p := C.CString(s) // want "GL102@7: never freed"
	defer C.outside_release(p)
	return int(C.use(p))
}

func Leak(s string) int {
	p := C.CString(s) // want "GL102@7: never freed"
	return int(C.use(p))
}
