package golden

/*
#include <stdlib.h>
*/
import "C"

func name(s string) {
	cs := C.CString(s) // été
	C.puts(cs)
}
