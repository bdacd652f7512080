package fn102

/*
#include <stdlib.h>
static int use(const char *s) { return s[0]; }
*/
import "C"
import "unsafe"

func Use(s string) int {
	cs := C.CString(s) // want "GL102@8"
	if len(s) == 0 {
		return 0 // cs leaks on this path
	}
	defer C.free(unsafe.Pointer(cs))
	return int(C.use(cs))
}
