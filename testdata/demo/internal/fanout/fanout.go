// Package fanout queries several replicas and keeps the first answer.
package fanout

import (
	"context"
	"errors"
	"time"
)

type Answer struct {
	Replica string
	Value   string
}

type Query func(ctx context.Context, replica string) (Answer, error)

var ErrTimeout = errors.New("fanout: no replica answered in time")

// First asks every replica and returns the first answer. The losers (and every replica after a
// timeout) block forever on the unbuffered channel.
func First(ctx context.Context, replicas []string, query Query, timeout time.Duration) (Answer, error) {
	answers := make(chan Answer)
	for _, r := range replicas {
		go func(replica string) { // leak: GL201
			if a, err := query(ctx, replica); err == nil {
				answers <- a
			}
		}(replica)
	}
	select {
	case a := <-answers:
		return a, nil
	case <-time.After(timeout):
		return Answer{}, ErrTimeout
	}
}

// FirstBuffered is the fixed version: every replica can deliver, nobody blocks.
func FirstBuffered(ctx context.Context, replicas []string, query Query, timeout time.Duration) (Answer, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	answers := make(chan Answer, len(replicas))
	for _, r := range replicas {
		go func(replica string) {
			if a, err := query(ctx, replica); err == nil {
				answers <- a
			}
		}(replica)
	}
	select {
	case a := <-answers:
		return a, nil
	case <-ctx.Done():
		return Answer{}, ErrTimeout
	}
}
