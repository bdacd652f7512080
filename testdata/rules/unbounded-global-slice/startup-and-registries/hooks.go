package app

import "flag"

var exitHooks []func()

var formats []string

var flags []string

var handlers []string // want "GL402@5"

type Metric struct{ name string }

var all []*Metric

func OnExit(f func()) { exitHooks = append(exitHooks, f) }

func RegisterFormat(name string) { formats = append(formats, name) }

func init() { setupFlags() }

func setupFlags() {
	flag.Parse()
	flags = append(flags, flag.Args()...)
}

// Publish registers the metric itself: one entry per metric the program defines.
func (m *Metric) Publish() { all = append(all, m) }

func serve(path string) { handlers = append(handlers, path) }
