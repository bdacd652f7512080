// Clean: goroutines whose sends can always complete.
package workers

import "context"

func First(ctx context.Context, jobs []func() int) int {
	results := make(chan int, len(jobs))
	for _, job := range jobs {
		go func(job func() int) { results <- job() }(job)
	}
	select {
	case r := <-results:
		return r
	case <-ctx.Done():
		return 0
	}
}

func Sum(values []int) int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range values {
			ch <- v
		}
	}()
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

func Guarded(ctx context.Context, work func() error) error {
	errs := make(chan error)
	go func() {
		select {
		case errs <- work():
		case <-ctx.Done():
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
