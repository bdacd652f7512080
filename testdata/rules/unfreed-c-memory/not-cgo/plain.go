package plain

// A package without import "C": its own CString is a Go function.
type converter struct{}

func (converter) CString(s string) []byte { return []byte(s) }

func CString(s string) []byte { return []byte(s) }

func use(s string) int {
	var C converter
	b := C.CString(s)
	return len(b) + len(CString(s))
}
