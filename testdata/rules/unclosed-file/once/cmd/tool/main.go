package main

import (
	"net/http"
	"os"
	"os/signal"

	"example.com/once/config"
)

func main() {
	if err := run(os.Args[1]); err != nil {
		os.Exit(1)
	}
}

func run(path string) error {
	if _, err := config.Load(path); err != nil {
		return err
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals)
	http.HandleFunc("/", serve)
	go func() {
		for range signals {
			_, _ = config.Reload(path)
		}
	}()
	return http.ListenAndServe(":8080", nil)
}

// serve is a handler: registered as a value, it runs per request, however its package is named.
func serve(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/srv/index.html") // want "GL103@12: never closed: add `defer f.Close\(\)` after the error check$"
	if err != nil {
		return
	}
	buf := make([]byte, 512)
	n, _ := f.Read(buf)
	w.Write(buf[:n])
}
