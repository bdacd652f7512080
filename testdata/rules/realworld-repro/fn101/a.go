package fn101

import "net/http"

func status(url string) (int, error) {
	resp, err := http.Get(url) // want "GL101@15"
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil // body leaks on this path
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
