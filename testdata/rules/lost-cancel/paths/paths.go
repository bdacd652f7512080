package paths

import (
	"context"
	"errors"
	"time"
)

var errBusy = errors.New("busy")

func earlyReturn(ctx context.Context, busy bool) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second) // want "GL304@17: not called on every path: the return at line 14"
	if busy {
		return errBusy
	}
	defer cancel()
	return ctx.Err()
}

func errorPathsCountToo(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx) // want "GL304@17: the return at line 23"
	if err := ctx.Err(); err != nil {
		return err
	}
	cancel()
	return nil
}

func fallsOffTheEnd(ctx context.Context, ok bool) {
	_, cancel := context.WithDeadline(ctx, time.Now()) // want "GL304@15: the end of the function"
	if ok {
		cancel()
	}
}

func everyBranch(ctx context.Context, n int) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	if n > 0 {
		cancel()
		return nil
	} else {
		defer cancel()
	}
	return ctx.Err()
}

func handedToHelper(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	stopLater(ctx, cancel)
}

func discarded(ctx context.Context) context.Context {
	ctx, _ = context.WithTimeout(ctx, time.Second) // want "GL304@11: discarded"
	return ctx
}
