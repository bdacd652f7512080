package library

func Park(work func()) {
	go func() {
		work()
		select {} // want "GL204@3: select \{\} blocks this goroutine forever"
	}()
}

func init() {
	go func() { select {} }()
}

// A command handler by name: runs once, as the program's command.
func cmdServe(start func()) (int, error) {
	start()
	select {}
}

// The crash is already under way in another goroutine: this one is kept for the dump.
func crash(e any) {
	go panic(e)
	select {} // keep this goroutine around for the crash dump
}

// Parked after a panic of a different goroutine's making is still parked: only the statement just
// before the select counts.
func recoverLater(e any) {
	go panic(e)
	println("about to park")
	select {} // want "GL204@2: blocks this goroutine forever"
}
