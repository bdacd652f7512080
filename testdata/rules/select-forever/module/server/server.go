// Package server is library code of the same module: the same park leaks whoever calls it.
package server

func Run(start func()) error {
	start()
	select {} // want "GL204@2: blocks this goroutine forever"
}
