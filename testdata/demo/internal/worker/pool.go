// Package worker refreshes upstream data in the background with a fixed pool of goroutines.
package worker

import (
	"context"
	"errors"
	"log"
	"net/http"
	"sync"

	"example.com/demo/internal/httpclient"
)

type Job struct {
	URL string
}

type Pool struct {
	jobs   chan Job
	wg     sync.WaitGroup
	cancel context.CancelFunc
	client *httpclient.Client
}

func NewPool(size int, client *httpclient.Client) *Pool {
	ctx, cancel := context.WithCancel(context.Background())
	p := &Pool{jobs: make(chan Job, size), cancel: cancel, client: client}
	for i := 0; i < size; i++ {
		p.wg.Add(1)
		go p.run(ctx)
	}
	return p
}

func (p *Pool) Submit(j Job) { p.jobs <- j }

func (p *Pool) Stop() {
	p.cancel()
	close(p.jobs)
	p.wg.Wait()
}

func (p *Pool) run(ctx context.Context) {
	defer p.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-p.jobs:
			if !ok {
				return
			}
			p.refresh(ctx, j)
		}
	}
}

// refresh fetches one job's URL. Clean: closed via defer.
func (p *Pool) refresh(ctx context.Context, j Job) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, j.URL, nil)
	if err != nil {
		log.Printf("refresh %s: %v", j.URL, err)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Printf("refresh %s: %v", j.URL, err)
		return
	}
	defer resp.Body.Close()
	log.Printf("refresh %s: %s", j.URL, resp.Status)
}

// warm pings every URL once at start-up and never looks at the responses.
func warm(urls []string) {
	for _, u := range urls {
		http.Get(u) // leak: GL101
	}
}

var lineBuffers = sync.Pool{New: func() any { return make([]byte, 0, 1024) }}

// formatLine borrows a buffer; putting the slice back allocates a new interface box every time.
func formatLine(id int) string {
	buf := lineBuffers.Get().([]byte)
	buf = append(buf[:0], byte('0'+id%10))
	line := string(buf)
	lineBuffers.Put(buf) // leak: GL404
	return line
}

// RefreshAll fans the URLs out to a few goroutines. An empty URL returns early, before close(urls):
// the workers of every such call wait on the channel for the life of the process.
func (p *Pool) RefreshAll(ctx context.Context, all []string) error {
	urls := make(chan string)
	for i := 0; i < 4; i++ {
		go func() { // leak: GL202
			for u := range urls {
				p.refresh(ctx, Job{URL: u})
			}
		}()
	}
	for _, u := range all {
		if u == "" {
			return errEmptyURL
		}
		urls <- u
	}
	close(urls)
	return nil
}

var errEmptyURL = errors.New("empty URL")
