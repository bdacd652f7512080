package cache

func Put(k string, v []byte) {
	entries[k] = v
	hits[k]++
}
