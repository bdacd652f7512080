package cache

func Evict(k string) { delete(entries, k) }

func ResetStats() { hits = map[string]int{} }
