package fn201

func firstBig(in []int) int {
	ch := make(chan int)
	go func() { // want "GL201@2"
		for _, v := range in {
			ch <- v // blocks forever once firstBig has returned
		}
		close(ch)
	}()
	for v := range ch {
		if v > 10 {
			return v
		}
	}
	return -1
}
