package audit

import "sync"

type Event struct{ User, Action string }

var (
	mu     sync.Mutex
	events []Event // want "GL402@2: package-level slice 'events' only grows: it is appended to in Record, RecordAll but"
	kinds  = []string{"login", "logout"}
)
