package queue

func Push(v int) { pending = append(pending, v) }

func Finish(v int) { done = append(done, v) }

func Note(s string) { replaced = append(replaced, s) }
