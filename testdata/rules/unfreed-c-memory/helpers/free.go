package helpers

/*
#include <stdlib.h>
*/
import "C"

import "unsafe"

// release frees what it is given.
func release(p *C.char) { C.free(unsafe.Pointer(p)) }

// releaseLater hands the pointer on to release.
func releaseLater(p *C.char) { release(p) }

// length only reads.
func length(p *C.char) int { return int(C.strlen(p)) }
