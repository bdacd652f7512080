package golden

import (
	"context"
	"database/sql"
	"net"
	"os"
	"sync"
	"time"
)

func readConfig(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := f.Read(buf)
	return buf[:n], err
}

func userCount(ctx context.Context, db *sql.DB) (n int, err error) {
	rows, err := db.QueryContext(ctx, "SELECT id FROM users")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		if n++; n == 1000 { return n, nil }
	}
	return n, rows.Err()
}

func ping(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	_, err = conn.Write([]byte("ping\n"))
	return err
}

func heartbeat(ctx context.Context, beat func()) {
	t := time.NewTicker(time.Second)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			beat()
		}
	}
}

func lookup(ctx context.Context, cached bool) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	if cached {
		return nil
	}
	defer cancel()
	return ctx.Err()
}

func sizes(paths []string) (n int64) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			n += info.Size()
		}
	}
	return n
}

func park() {
	select {}
}

func waitReady(ready func() bool) {
	for range time.Tick(time.Second) {
		if ready() {
			return
		}
	}
}

var scratch = sync.Pool{New: func() any { return make([]byte, 0, 64) }}

func release(buf []byte) {
	scratch.Put(buf[:0])
}

var seenErrors []string

func noteError(err error) {
	seenErrors = append(seenErrors, err.Error())
}
