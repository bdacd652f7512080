package pools

import "sync"

var scratch = sync.Pool{New: func() any { return make([]byte, 0, 512) }}

type encoder struct {
	bufPool sync.Pool
}

func (e *encoder) flush(buf []byte) {
	e.bufPool.Put(buf[:0]) // want "GL404@16: sync.Pool.Put of a slice"
}

func giveBack(b []byte) {
	scratch.Put(b) // want "GL404@14"
}

func giveBackPointer(b *[]byte) {
	scratch.Put(b)
}

// A typed pool (prometheus' zeropool) stores values without boxing them: not a sync.Pool.
type typedPool[T any] struct{ items []T }

func (p *typedPool[T]) Put(item T) { p.items = append(p.items, item) }

type head struct {
	refPool typedPool[[]int]
}

func (h *head) putRefs(b []int) {
	h.refPool.Put(b[:0])
}
