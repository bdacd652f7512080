package queue

// Each slice is shrunk in a different way, in a file of its own.
func Drain() []int {
	out := pending
	pending = pending[:0]
	return out
}

func Forget() { done = nil }

func Swap(next []string) { replaced = next }
