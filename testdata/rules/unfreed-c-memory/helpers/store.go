package helpers

import "unsafe"

type pool struct{ kept []unsafe.Pointer }

// keep stores the pointer: ownership leaves the caller (this file is not a cgo file).
func (p *pool) keep(ptr unsafe.Pointer) { p.kept = append(p.kept, ptr) }
