package cache

var entries = make(map[string][]byte)

var hits map[string]int
