package discarded

import (
	"net/http"
	"strings"
)

func blank(u string) error {
	_, err := http.Get(u) // want "GL101@12: discarded"
	return err
}

func statement(u string) {
	http.Post(u, "text/plain", strings.NewReader("ping")) // want "GL101@2: discarded"
}

func assignedBlank(u string) {
	var err error
	_, err = http.Post(u, "text/plain", nil) // want "GL101@11"
	_ = err
}

func inGoroutine(u string) {
	go http.Get(u) // want "GL101@5"
}
