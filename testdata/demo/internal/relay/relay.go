// Package relay forwards lines from a TCP listener to an upstream and reports liveness.
package relay

import (
	"bufio"
	"context"
	"net"
	"time"
)

// Serve accepts clients and forwards each line to the upstream; every upstream dial is left open.
func Serve(ctx context.Context, ln net.Listener, upstream string) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go forward(conn, upstream)
	}
}

func forward(client net.Conn, upstream string) {
	defer client.Close()
	up, err := net.Dial("tcp", upstream) // leak: GL106
	if err != nil {
		return
	}
	scanner := bufio.NewScanner(client)
	for scanner.Scan() {
		if _, err := up.Write(append(scanner.Bytes(), '\n')); err != nil {
			return
		}
	}
}

// Heartbeat pings until the context ends; the ticker is never stopped.
func Heartbeat(ctx context.Context, ping func()) {
	t := time.NewTicker(10 * time.Second) // leak: GL302
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			ping()
		}
	}
}

// WithDeadline derives a context per request; on the cached path the cancel function is lost.
func WithDeadline(ctx context.Context, cached bool) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second) // leak: GL304
	if cached {
		return nil
	}
	defer cancel()
	return ctx.Err()
}

// Park keeps a relay goroutine around after its work: nothing can ever stop it.
func Park(work func()) {
	go func() {
		work()
		select {} // leak: GL204
	}()
}
