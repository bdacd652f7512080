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
