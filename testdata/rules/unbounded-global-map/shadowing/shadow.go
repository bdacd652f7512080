package shadow

import "math/rand"

var names = map[int]string{} // want "GL401@5"

var ids = map[string]int{}

func add(id int, name string) { names[id] = name }

func param(ids map[string]int, k string) { ids[k] = 1 }

func local() {
	ids := map[string]int{}
	ids["x"] = 1
}

func ranged(all []map[string]int) {
	for _, ids := range all {
		ids["y"] = 2
	}
}

func literal() {
	f := func(ids map[string]int) { ids["z"] = 3 }
	f(nil)
}

type holder struct{ ids map[string]int }

func (h holder) set(k string) { h.ids[k] = 1 }

func assign(name string) { add(rand.Int(), name) }
