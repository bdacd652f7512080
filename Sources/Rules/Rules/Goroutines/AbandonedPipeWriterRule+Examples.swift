/// GL205's documented examples: the rule's first tests (see RuleExampleTests).
enum AbandonedPipeWriterExamples {
    private static func function(_ body: String) -> String {
        """
        package p

        import (
        \t"bufio"
        \t"context"
        \t"encoding/json"
        \t"io"
        \t"net/http"
        \t"os"
        )

        var _ = bufio.NewReader
        var _ = os.Stdout

        func send(ctx context.Context, c *http.Client, url string, v any) error {

        """ + body + "\n}\n"
    }

    static let triggering: [Example] = [
        // The request cannot be built: the encoder is left blocked.
        Example(function("""
            \tpr, pw := io.Pipe()
            \t↓go func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \treq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn do(c, req)
            """)),
        // A validation return between the go statement and the copy.
        Example(function("""
            \tpr, pw := io.Pipe()
            \t↓go func() {
            \t\tdefer pw.Close()
            \t\t_ = json.NewEncoder(pw).Encode(v)
            \t}()
            \tif url == "" {
            \t\treturn nil
            \t}
            \t_, err := io.Copy(os.Stdout, pr)
            \treturn err
            """)),
        // `go produce(pw)`: the writer is another function.
        Example(function("""
            \tr, w := io.Pipe()
            \t↓go produce(w, v)
            \tif ctx.Err() != nil {
            \t\treturn ctx.Err()
            \t}
            \tdefer r.Close()
            \treturn nil
            """)),
        // Nothing reads or closes the reader at all.
        Example(function("""
            \tpr, pw := io.Pipe()
            \t↓go func() {
            \t\t_, _ = pw.Write([]byte("hello"))
            \t\tpw.Close()
            \t}()
            \t_ = pr
            \treturn nil
            """)),
        // The close is on one branch only.
        Example(function("""
            \tpr, pw := io.Pipe()
            \t↓go func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tif url != "" {
            \t\tpr.Close()
            \t}
            \treturn nil
            """)),
        // A wrapper assigned to a variable, and the consumer skipped by a return.
        Example(function("""
            \tpr, pw := io.Pipe()
            \t↓go func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tbody := io.NopCloser(pr)
            \tif c == nil {
            \t\treturn nil
            \t}
            \t_, err := io.Copy(io.Discard, body)
            \treturn err
            """)),
        // `var` form, and a return inside a switch.
        Example(function("""
            \tvar pr, pw = io.Pipe()
            \t↓go func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tswitch url {
            \tcase "":
            \t\treturn nil
            \t}
            \t_, err := io.ReadAll(pr)
            \treturn err
            """)),
        // A method, the reader handed on only after an early return.
        Example("""
            package p

            import "io"

            type S struct{}

            func (s *S) Stream(fail bool) error {
            \tpr, pw := io.Pipe()
            \t↓go s.fill(pw)
            \tif fail {
            \t\treturn io.ErrUnexpectedEOF
            \t}
            \treturn s.consume(pr)
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // The documented fix: CloseWithError on the early return.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \treq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
            \tif err != nil {
            \t\tpr.CloseWithError(err)
            \t\treturn err
            \t}
            \treturn do(c, req)
            """)),
        // `defer pr.Close()` before anything can return.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tdefer pr.Close()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tif url == "" {
            \t\treturn nil
            \t}
            \t_, err := io.Copy(os.Stdout, pr)
            \treturn err
            """)),
        // Handed straight to the consumer.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \t_, err := io.Copy(os.Stdout, pr)
            \treturn err
            """)),
        // The reader is returned: the caller's to read.
        Example("""
            package p

            import "io"

            func stream(data []byte) io.Reader {
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\t_, err := pw.Write(data)
            \t\tpw.CloseWithError(err)
            \t}()
            \treturn pr
            }
            """),
        // Stored in a struct.
        Example("""
            package p

            import "io"

            type job struct{ body io.Reader }

            func start(j *job, data []byte) {
            \tpr, pw := io.Pipe()
            \tj.body = pr
            \tgo func() {
            \t\t_, err := pw.Write(data)
            \t\tpw.CloseWithError(err)
            \t}()
            }
            """),
        // Read only through a scanner: not judged.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tsc := bufio.NewScanner(pr)
            \tfor sc.Scan() {
            \t\tif sc.Text() == "" {
            \t\t\treturn nil
            \t\t}
            \t}
            \treturn sc.Err()
            """)),
        // The reader is consumed in another goroutine.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\t_, _ = io.Copy(os.Stdout, pr)
            \t}()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \treturn nil
            """)),
        // No goroutine: the writer runs in the caller (after the reader went to a goroutine).
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo consume(pr)
            \tif url == "" {
            \t\treturn nil
            \t}
            \treturn json.NewEncoder(pw).Encode(v)
            """)),
        // The request owns the body, and Do closes it.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, pr)
            \tresp, err := c.Do(req)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn resp.Body.Close()
            """)),
        // The program's main.
        Example("""
            package main

            import (
            \t"io"
            \t"os"
            )

            func main() {
            \tpr, pw := io.Pipe()
            \tgo func() {
            \t\t_, _ = pw.Write([]byte("x"))
            \t\tpw.Close()
            \t}()
            \tif len(os.Args) > 1 {
            \t\treturn
            \t}
            \t_, _ = io.Copy(os.Stdout, pr)
            }
            """),
        // Blank reader or writer: not a pipe this rule can follow.
        Example(function("""
            \t_, pw := io.Pipe()
            \tgo func() {
            \t\tpw.Close()
            \t}()
            \treturn nil
            """)),
        // The close happens in a deferred closure.
        Example(function("""
            \tpr, pw := io.Pipe()
            \tdefer func() { _ = pr.Close() }()
            \tgo func() {
            \t\tpw.CloseWithError(json.NewEncoder(pw).Encode(v))
            \t}()
            \tif url == "" {
            \t\treturn nil
            \t}
            \t_, err := io.Copy(os.Stdout, pr)
            \treturn err
            """)),
    ]
}
