package helpers

import "net/http"

func closedByHelper(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	defer closeResponse(resp)
}

func bodyClosedByHelper(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	drainAndClose(resp.Body)
}

func notClosedByHelper(u string) int {
	resp, err := http.Get(u) // want "GL101@15: 'resp'"
	if err != nil {
		return 0
	}
	return logStatus(resp)
}

func closedTwoHopsAway(u string) {
	resp, err := http.Get(u)
	if err == nil {
		forward(resp)
	}
}

func keptBySink(s *sink, u string) {
	resp, err := http.Get(u)
	if err == nil {
		s.keep(resp)
	}
}
