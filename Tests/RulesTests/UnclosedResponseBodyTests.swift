import Testing
@testable import Rules

/// GL101's options: configured closers count as closes (by name as written, or import path + name);
/// configured client names are sources.
struct UnclosedResponseBodyTests {
    static let rule: [any Rule.Type] = [UnclosedResponseBodyRule.self]

    static func options(_ key: String, _ values: [String]) -> [String: RuleOptions] {
        ["GL101": RuleOptions(lists: [key: values])]
    }

    @Test func samePackageFunctionConfiguredAsCloser() {
        let source = """
            package p

            import (
            \t"log"
            \t"net/http"
            )

            // finish hands the response to a pool that closes it later; the body never reaches Close here.
            func finish(r *http.Response) { log.Println(r.Status) }

            func f(u string) {
            \tresp, err := http.Get(u)
            \tif err == nil {
            \t\tfinish(resp)
            \t}
            }
            """
        #expect(Harness.lint(source, rules: Self.rule).count == 1, "the summary says finish does not close")
        #expect(Harness.lint(source, rules: Self.rule, options: Self.options("closers", ["finish"])).isEmpty)
    }

    @Test func packageFunctionConfiguredByPathOrAsWritten() {
        let source = """
            package p

            import (
            \t"bufio"
            \t"net/http"
            )

            func f(u string) {
            \tresp, err := http.Get(u)
            \tif err == nil {
            \t\t_ = bufio.NewReader(resp.Body)
            \t}
            }
            """
        #expect(Harness.lint(source, rules: Self.rule).count == 1, "bufio.NewReader reads without closing")
        #expect(Harness.lint(source, rules: Self.rule, options: Self.options("closers", ["bufio.NewReader"])).isEmpty)
    }

    @Test func configuredClientName() {
        let source = """
            package p

            import "net/http"

            type api struct{ up upstream.Doer }

            func (a api) call(req *http.Request) int {
            \tresp, err := a.up.Do(req)
            \tif err != nil {
            \t\treturn 0
            \t}
            \treturn resp.StatusCode
            }
            """
        #expect(Harness.lint(source, rules: Self.rule).isEmpty, "'up' does not look like a client")
        // Declared with a method returning a response, the field may be a client and is confirmed by use.
        let declared = source.replacingOccurrences(of: "upstream.Doer",
                                                   with: "interface{ Do(*http.Request) (*http.Response, error) }")
        #expect(Harness.lint(declared, rules: Self.rule).count == 1)
        #expect(Harness.lint(source, rules: Self.rule, options: Self.options("clients", ["up"])).count == 1)
    }
}
