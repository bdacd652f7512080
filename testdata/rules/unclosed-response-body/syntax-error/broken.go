package broken

import "net/http"

func intact(u string) int {
	resp, err := http.Get(u) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func halfTyped(u string) {
	resp, err := http.Get(u // want "GL003@2"
	if err != nil {
		return
	}
}

func alsoIntact(u string) {
	_, _ = http.Get(u) // want "GL101@9: discarded"
}
