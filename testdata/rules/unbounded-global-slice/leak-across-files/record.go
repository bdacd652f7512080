package audit

func Record(user, action string) {
	mu.Lock()
	defer mu.Unlock()
	events = append(events, Event{User: user, Action: action})
}

func RecordAll(batch []Event) {
	mu.Lock()
	defer mu.Unlock()
	events = append(events, batch...)
}

func Kinds() []string { return kinds }
