// Values whose types the source states (issue 23): a dereferenced pointer, a helper's slice.
package typed

import (
	"bytes"
	"sync"
)

var pool sync.Pool

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func newBuf() []byte { return make([]byte, 0, 64) }

func putBuffer(b *bytes.Buffer) {
	pool.Put(*b) // want "GL404@11: a struct value"
}

func putBytes() {
	buf := newBuf()
	pool.Put(buf) // want "GL404@11: a slice"
}

func putPointer(b *bytes.Buffer) {
	bufPool.Put(b)
}

// Another type's Put (a typed pool) is not sync.Pool's.
type typedPool[T any] struct{}

func (typedPool[T]) Put(v T) {}

func putTyped(p typedPool[[]byte]) {
	p.Put(newBuf())
}
