// Command demo wires the demo service together: an HTTP API in front of upstream services, a worker
// pool that refreshes data in the background, and a cache.
package main

import (
	"log"
	"net/http"
	"time"

	"example.com/demo/internal/handlers"
	"example.com/demo/internal/httpclient"
	"example.com/demo/internal/worker"
)

func main() {
	client := httpclient.New("https://upstream.example.com", 5*time.Second)
	pool := worker.NewPool(4, client)
	defer pool.Stop()

	mux := http.NewServeMux()
	api := handlers.New(client)
	mux.HandleFunc("/users/", api.GetUser)
	mux.HandleFunc("/proxy", api.Proxy)
	mux.HandleFunc("/healthz", api.Health)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
