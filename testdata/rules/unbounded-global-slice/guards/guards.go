package guards

const maxRecent = 512

var recent []string

var unguarded []string // want "GL402@5"

var shadowed []string

func note(s string) {
	if len(recent) >= maxRecent {
		return
	}
	recent = append(recent, s)
}

func other(s string) {
	if len(recent) > 0 {
		unguarded = append(unguarded, s)
	}
}

func local(s string) []string {
	var shadowed []string
	shadowed = append(shadowed, s)
	return shadowed
}

func byPointer(s string) {
	grow(&recent, s)
}

func grow(into *[]string, s string) { *into = append(*into, s) }
