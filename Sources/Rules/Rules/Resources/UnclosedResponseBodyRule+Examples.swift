/// GL101's documented examples: the rule's first tests (see RuleExampleTests).
enum UnclosedResponseBodyExamples {
    static let triggering: [Example] = [
        Example("""
            package p

            import "net/http"

            type service struct{ upstream *http.Client }

            func (s *service) ping(req *http.Request) bool {
            \tresp, err := ↓s.up.Do(req)
            \treturn err == nil && resp.StatusCode == 200
            }
            """, options: RuleOptions(lists: ["clients": ["up"]])),
        Example("""
            package p

            import "net/http"

            func status(url string) (int, error) {
            \tresp, err := ↓http.Get(url)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \treturn resp.StatusCode, nil
            }
            """),
        Example("""
            package p

            import "net/http"

            func ping(url string) error {
            \t_, err := ↓http.Get(url)
            \treturn err
            }
            """),
        Example("""
            package p

            import (
            \t"net/http"
            \t"strings"
            )

            func notify(url string) {
            \t↓http.Post(url, "text/plain", strings.NewReader("done"))
            }
            """),
        Example("""
            package p

            import (
            \t"io"
            \t"net/http"
            )

            func fetch(c *http.Client, req *http.Request) ([]byte, error) {
            \tresp, err := ↓c.Do(req)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn io.ReadAll(resp.Body)
            }
            """),
        Example("""
            package p

            import "net/http"

            func check(url string) bool {
            \tresp, err := ↓http.DefaultClient.Get(url)
            \treturn err == nil && resp.StatusCode == 200
            }
            """),
        Example("""
            package p

            import "net/http"

            func get(url string) (*http.Response, error) { return http.Get(url) }

            func healthy(url string) bool {
            \tresp, err := ↓get(url)
            \treturn err == nil && resp.StatusCode < 500
            }
            """),
        Example("""
            package p

            import (
            \t"log"
            \t"net/http"
            )

            func logStatus(r *http.Response) { log.Println(r.Status) }

            func probe(url string) {
            \tresp, err := ↓http.Get(url)
            \tif err != nil {
            \t\treturn
            \t}
            \tlogStatus(resp)
            }
            """),
        Example("""
            package p

            import "net/http"

            type api struct{ httpClient *http.Client }

            func (a *api) call(req *http.Request) (int, error) {
            \tresp, err := ↓a.httpClient.Do(req)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \treturn resp.StatusCode, nil
            }
            """),
        Example("""
            package p

            import nethttp "net/http"

            func status(url string) int {
            \tresp, _ := ↓nethttp.Get(url)
            \treturn resp.StatusCode
            }
            """),
        Example("""
            package p

            import "net/http"

            func forward(transport http.RoundTripper, req *http.Request) int {
            \tresp, err := ↓transport.RoundTrip(req)
            \tif err != nil {
            \t\treturn 502
            \t}
            \treturn resp.StatusCode
            }
            """),
        Example("""
            package p

            import "net/http"

            func each(urls []string) {
            \tfor _, u := range urls {
            \t\tresp, err := ↓http.Get(u)
            \t\tif err != nil || resp.StatusCode != 200 {
            \t\t\tcontinue
            \t\t}
            \t}
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // A callee that returns the body's bytes with the response has read and closed the body
        // (client_golang's api.Client): the response is metadata.
        Example("""
            package p

            import (
            \t"context"
            \t"net/http"
            )

            type apiClient interface {
            \tDo(context.Context, *http.Request) (*http.Response, []byte, error)
            }

            type alerts struct{ client apiClient }

            func (a *alerts) status(ctx context.Context, req *http.Request) (int, []byte, error) {
            \tresp, body, err := a.client.Do(ctx, req)
            \tif err != nil {
            \t\treturn 0, nil, err
            \t}
            \treturn resp.StatusCode, body, nil
            }
            """),
        Example("""
            package p

            import (
            \t"log"
            \t"net/http"
            )

            // finish queues the response for a pool that closes it: configured as a closer.
            func finish(r *http.Response) { log.Println(r.Status) }

            func probe(url string) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn
            \t}
            \tdefer finish(resp)
            }
            """, options: RuleOptions(lists: ["closers": ["finish"]])),
        Example("""
            package p

            import "net/http"

            func status(url string) (int, error) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tdefer resp.Body.Close()
            \treturn resp.StatusCode, nil
            }
            """),
        Example("""
            package p

            import (
            \t"log"
            \t"net/http"
            )

            func status(url string) int {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn 0
            \t}
            \tdefer func() {
            \t\tif cerr := resp.Body.Close(); cerr != nil {
            \t\t\tlog.Println(cerr)
            \t\t}
            \t}()
            \treturn resp.StatusCode
            }
            """),
        Example("""
            package p

            import (
            \t"io"
            \t"net/http"
            )

            func read(url string) ([]byte, error) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tbody := resp.Body
            \tdefer body.Close()
            \treturn io.ReadAll(body)
            }
            """),
        Example("""
            package p

            import "net/http"

            func open(url string) (*http.Response, error) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn resp, nil
            }
            """),
        Example("""
            package p

            import "net/http"

            type poller struct{ last *http.Response }

            func (p *poller) poll(url string) error {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn err
            \t}
            \tp.last = resp
            \treturn nil
            }
            """),
        Example("""
            package p

            import "net/http"

            func produce(url string, out chan<- *http.Response) {
            \tresp, err := http.Get(url)
            \tif err == nil {
            \t\tout <- resp
            \t}
            }
            """),
        Example("""
            package p

            import (
            \t"net/http"

            \t"example.com/handlers"
            )

            func handoff(url string) {
            \tresp, err := http.Get(url)
            \tif err == nil {
            \t\thandlers.Consume(resp)
            \t}
            }
            """),
        Example("""
            package p

            import "net/http"

            func closeBody(r *http.Response) { _ = r.Body.Close() }

            func status(url string) int {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn 0
            \t}
            \tdefer closeBody(resp)
            \treturn resp.StatusCode
            }
            """),
        Example("""
            package p

            import (
            \t"io"
            \t"net/http"
            )

            func drain(body io.ReadCloser) {
            \t_, _ = io.Copy(io.Discard, body)
            \tbody.Close()
            }

            func ping(url string) {
            \tresp, err := http.Get(url)
            \tif err == nil {
            \t\tdrain(resp.Body)
            \t}
            }
            """),
        Example("""
            package p

            type store struct{ cacheClient interface{ Get(k, v string) error } }

            func (s *store) lookup(k string) error {
            \terr := s.cacheClient.Get(k, "default")
            \treturn err
            }
            """),
        Example("""
            package p

            import "net/http"

            func fetch(url string) (resp *http.Response, err error) {
            \tresp, err = http.Get(url)
            \treturn
            }
            """),
        Example("""
            package p

            import (
            \t"io"
            \t"net/http"
            )

            func background(url string) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn
            \t}
            \tgo func() {
            \t\tdefer resp.Body.Close()
            \t\t_, _ = io.Copy(io.Discard, resp.Body)
            \t}()
            }
            """),
        Example("""
            package p

            import "net/http"

            func get(url string) (*http.Response, error) { return http.Get(url) }
            """),
        Example("""
            package p

            import "net/http"

            func collect(urls []string) []*http.Response {
            \tvar all []*http.Response
            \tfor _, u := range urls {
            \t\tif resp, err := http.Get(u); err == nil {
            \t\t\tall = append(all, resp)
            \t\t}
            \t}
            \treturn all
            }
            """),
        Example("""
            package p

            import "net/http"

            func shadow(url string) {
            \tresp, err := http.Get(url)
            \tif err != nil {
            \t\treturn
            \t}
            \tdefer resp.Body.Close()
            \tfunc() {
            \t\tresp := struct{ StatusCode int }{200}
            \t\t_ = resp.StatusCode
            \t}()
            }
            """),
        Example("""
            package p

            import "net/http"

            var client = &http.Client{}

            func post(req *http.Request) error {
            \tresp, err := client.Do(req)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn resp.Body.Close()
            }
            """),
    ]
}
