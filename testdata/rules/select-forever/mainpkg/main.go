package main

func main() {
	go serve()
	select {}
}

func serve() { runForever() }

// A program's helper may park its goroutine too: the process is the unit of life.
func runForever() { select {} }
