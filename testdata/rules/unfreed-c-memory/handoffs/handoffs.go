// Two hand-offs bindings use: C strings made by a Go helper and stored into a C array that a deferred loop
// frees element by element; a C.malloc block placed into a field of the value the function returns, which
// its Free method releases.
package handoffs

/*
#include <stdlib.h>
static int use_all(char **s, int n) { return n > 0 ? s[0][0] : 0; }
static int use_one(char *s) { return s[0]; }
*/
import "C"
import "unsafe"

func toC(s string) *C.char { return C.CString(s) }

func Exec(args []string) int {
	n := len(args)
	arr := (*[1 << 28]*C.char)(C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(uintptr(0)))))[:n:n]
	defer C.free(unsafe.Pointer(&arr[0]))
	for i, a := range args {
		arr[i] = toC(a)
	}
	defer func() {
		for _, p := range arr {
			C.free(unsafe.Pointer(p))
		}
	}()
	return int(C.use_all(&arr[0], C.int(n)))
}

type Image struct {
	pix unsafe.Pointer
	n   int
}

func NewImage(n int) (*Image, error) {
	img := &Image{n: n}
	img.pix = C.malloc(C.size_t(n))
	if img.pix == nil {
		return nil, errNoMemory
	}
	return img, nil
}

func NewImageValue(n int) Image {
	pix := C.malloc(C.size_t(n))
	return Image{pix: pix, n: n}
}

func (i *Image) Free() { C.free(i.pix) }

type memoryError struct{}

func (memoryError) Error() string { return "out of C memory" }

var errNoMemory error = memoryError{}

// Neither a Go helper's result nor a C string stored into a local slice is tracked yet; a plain leak is.
func First(args []string) int {
	cs := C.CString(args[0]) // want "GL102@8: never freed"
	return int(C.use_one(cs))
}
