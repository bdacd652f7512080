// FN-4: a variable reassigned to a second response inside a nested block; the Close in that block
// closes only the second one.
package reassigned

import "net/http"

func isGit(url string) bool {
	res, err := http.Get(url + "/info/refs") // want "GL101@14"
	if err != nil || res.StatusCode != http.StatusOK {
		res, err = http.Get(url)
		if err == nil {
			res.Body.Close()
		}
		if err != nil || res.StatusCode != http.StatusOK {
			return false
		}
	}
	return res.Header.Get("Content-Type") == "application/x-git-upload-pack-advertisement"
}

// The Close after the nested block closes whichever response `res` holds then: on the retry path the first
// one was replaced while open, and nothing closes it (issue 24: the old value stays live on that path).
func either(url string, retry bool) int {
	res, err := http.Get(url) // want "GL101@14: the assignment at line 29 replaces"
	if err != nil {
		return 0
	}
	if retry {
		res, err = http.Get(url)
		if err != nil {
			return 0
		}
	}
	defer res.Body.Close()
	return res.StatusCode
}

// Closed before it is replaced: every response is closed once.
func closedFirst(url string, retry bool) int {
	res, err := http.Get(url)
	if err != nil {
		return 0
	}
	if retry {
		res.Body.Close()
		res, err = http.Get(url)
		if err != nil {
			return 0
		}
	}
	defer res.Body.Close()
	return res.StatusCode
}
