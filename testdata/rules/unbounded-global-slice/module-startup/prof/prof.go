// Package prof keeps what the program enabled at start-up, and what it saw since.
package prof

var enabled []string

var seen []string // want "GL402@5: package-level slice 'seen' only grows"

// Enable runs once: the app's main calls it through its own Main, outside any loop.
func Enable(names []string) {
	for _, name := range names {
		enabled = append(enabled, name)
	}
}

// Record runs for every line the app reads.
func Record(line string) {
	seen = append(seen, line)
}
