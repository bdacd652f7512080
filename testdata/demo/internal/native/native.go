// Package native wraps a small C library that computes checksums and tags documents.
package native

/*
#cgo LDFLAGS: -ldoctag
#include <stdlib.h>
#include <doctag.h>
*/
import "C"

import (
	"errors"
	"unsafe"
)

// Checksum is clean: the C copy of the input is freed on every path.
func Checksum(data []byte) (uint32, error) {
	if len(data) == 0 {
		return 0, errors.New("empty input")
	}
	buf := C.CBytes(data)
	defer C.free(buf)
	return uint32(C.doctag_checksum(buf, C.size_t(len(data)))), nil
}

// Tag attaches a tag to a document. The C string for the tag is never freed.
func Tag(doc int, tag string) error {
	ctag := C.CString(tag) // leak: GL102
	if C.doctag_set(C.int(doc), ctag) != 0 {
		return errors.New("doctag_set failed")
	}
	return nil
}

// Lookup passes a fresh C string straight to C: nobody can free it.
func Lookup(name string) int {
	return int(C.doctag_lookup(C.CString(name))) // leak: GL102
}

// Name returns a Go copy of a C name; the C buffer is released through a helper.
func Name(doc int) string {
	buf := C.malloc(256)
	defer release(buf)
	C.doctag_name(C.int(doc), (*C.char)(buf), 256)
	return C.GoString((*C.char)(buf))
}

func release(p unsafe.Pointer) { C.free(p) }
