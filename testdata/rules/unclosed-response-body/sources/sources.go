package sources

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

var sharedClient = &http.Client{}

var plainClient http.Client

type service struct {
	client    *http.Client
	transport http.RoundTripper
	cache     interface{ Get(string) (string, error) }
}

func packageFunctions(u string) {
	r1, _ := http.Get(u)                                          // want "GL101@11: 'r1'"
	r2, _ := http.Head(u)                                         // a HEAD response: no body
	r3, _ := http.Post(u, "text/plain", strings.NewReader("x"))   // want "GL101@11: 'r3'"
	r4, _ := http.PostForm(u, url.Values{})                       // want "GL101@11: 'r4'"
	_, _, _, _ = r1.StatusCode, r2.StatusCode, r3.StatusCode, r4.StatusCode
}

func defaultClient(u string, req *http.Request) {
	r1, _ := http.DefaultClient.Do(req) // want "GL101@11"
	r2, _ := http.DefaultClient.Get(u)  // want "GL101@11"
	_, _ = r1.Header, r2.Header
}

func knownClients(ctx context.Context, c *http.Client, req *http.Request) {
	local := &http.Client{Timeout: 0}
	r1, _ := local.Do(req) // want "GL101@11: 'r1'"
	value := http.Client{}
	r2, _ := value.Do(req)        // want "GL101@11: 'r2'"
	r3, _ := c.Do(req)            // want "GL101@11: 'r3'"
	r4, _ := sharedClient.Do(req) // want "GL101@11: 'r4'"
	r5, _ := plainClient.Do(req)  // want "GL101@11: 'r5'"
	_, _, _, _, _ = r1, r2, r3, r4, r5
}

func (s *service) fields(req *http.Request) int {
	resp, err := s.client.Do(req) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func (s *service) roundTrip(req *http.Request) int {
	resp, err := s.transport.RoundTrip(req) // want "GL101@15"
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// A cache with a Get method is not an http.Client: no client type, no client-like name.
func (s *service) notAClient(key string) string {
	v, _ := s.cache.Get(key)
	return v
}

type fakeClient struct{}

func (fakeClient) Get(ctx context.Context, key string) (string, error) { return key, nil }

// Named like a client, but Get takes two arguments and the result is never used like a response.
func guessedButUnconfirmed(ctx context.Context) string {
	var redisClient fakeClient
	v, _ := redisClient.Get(ctx, "k")
	return v
}

type apiClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Named like a client and Do gets one argument: confirmed.
func guessedAndConfirmed(apiClient apiClient, req *http.Request) {
	resp, err := apiClient.Do(req) // want "GL101@15"
	if err != nil {
		return
	}
	_ = resp.StatusCode
}

// A HEAD response has no body (http.NoBody) and frees its connection at once: nothing to close.
func headOnly(u string, c *http.Client) bool {
	res, err := http.Head(u)
	if err != nil {
		return false
	}
	req, _ := http.NewRequest(http.MethodHead, u, nil)
	res2, err := c.Do(req)
	res3, _ := c.Head(u)
	return err == nil && res.StatusCode == 200 && res2.StatusCode == 200 && res3.StatusCode == 200
}
