package helpers

import "time"

func viaFunction(f func() int) int {
	ch := make(chan int)
	go produce(ch, f) // want "GL201@2"
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Second):
		return 0
	}
}

func viaGuardedFunction(f func() int) int {
	ch := make(chan int)
	go tryProduce(ch, f)
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Second):
		return 0
	}
}

func viaMethod(s server, stop <-chan struct{}) string {
	ch := make(chan string)
	go s.emit(ch) // want "GL201@2"
	select {
	case v := <-ch:
		return v
	case <-stop:
		return ""
	}
}

func viaFunctionAlwaysReceived(f func() int) int {
	ch := make(chan int)
	go produce(ch, f)
	return <-ch
}
