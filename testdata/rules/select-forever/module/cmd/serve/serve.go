// Package serve implements the program's `serve` sub-command: command code (under cmd/ of its module)
// serves until the process is killed, so parking its goroutine is the point, not a leak.
package serve

func Run(start func()) error {
	start()
	select {}
}
