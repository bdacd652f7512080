// Still reported (R-201b): the worker sends on exactly one of the two channels; telling that needs a
// path-sensitive summary of the worker. A known false positive, kept visible here.
package gl201b

import "errors"

func worker(ok chan<- int, errs chan<- error, fail bool) {
	if fail {
		errs <- errors.New("boom")
		return
	}
	ok <- 1
}

func run(fail bool) (int, error) {
	ok := make(chan int)
	errs := make(chan error, 1)
	go worker(ok, errs, fail) // want "GL201@2"
	select { // the worker sends on exactly one of the two channels
	case v := <-ok:
		return v, nil
	case err := <-errs:
		return 0, err
	}
}
