package shim

import (
	"flag"
	"runtime/debug"
	"time"
)

// Run is the entry point of shim binaries, which live in other modules (no caller here): run parses the
// command line, so it runs once per process.
func Run() { run() }

func run() {
	parseFlags()
	setRuntime()
}

func parseFlags() { flag.Parse() }

func setRuntime() {
	go func() {
		for range time.Tick(30 * time.Second) {
			debug.FreeOSMemory()
		}
	}()
}
