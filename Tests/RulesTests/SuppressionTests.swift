import Testing
@testable import Rules

/// Each directive form, and the audits: GL002 for a reason-less or unknown-code directive, GL001 for
/// one that silences nothing.
struct SuppressionTests {
    static let all = Registry.enabledRules(select: [], ignore: [])

    static func visible(_ source: String) -> [String] {
        Harness.lint(source, rules: all).map { "\($0.range.start.line) \($0.code)" }
    }

    static func wrap(_ body: String) -> String {
        "package p\n\nimport \"net/http\"\n\nfunc f(u string) {\n\(body)\n}\n"
    }

    @Test func unsuppressedBaseline() {
        #expect(Self.visible(Self.wrap("\thttp.Get(u)")) == ["6 GL101"])
    }

    @Test func ignoreOnItsOwnLineCoversTheNextStatement() {
        #expect(Self.visible(Self.wrap("\t//goleaklint:ignore GL101 probe only\n\thttp.Get(u)")).isEmpty)
        // The whole next statement, even across lines.
        let multiLine = Self.wrap("\t//goleaklint:ignore GL101 probe only\n\tif true {\n\t\thttp.Get(u)\n\t}")
        #expect(Self.visible(multiLine).isEmpty)
        // Not the statement after it.
        let next = Self.wrap("\t//goleaklint:ignore GL101 probe only\n\tprintln()\n\thttp.Get(u)")
        #expect(Self.visible(next) == ["6 GL001", "8 GL101"])
    }

    /// `GL101, GL201 reason`: spaces after the commas still list codes; the reason is what follows.
    @Test func codeListWithSpaces() {
        let directive = Self.wrap("\t//goleaklint:ignore GL101, GL201 probe only\n\thttp.Get(u)")
        #expect(Self.visible(directive).isEmpty, "GL101 silenced, and no GL002 for the list")
        let parsed = Suppression.codesAndReason(" GL101 , GL201,GL301 the reason, with a comma")
        #expect(parsed.codes == ["GL101", "GL201", "GL301"])
        #expect(parsed.reason == "the reason, with a comma")
    }

    /// A file-ignore covers its own file only, not the other files of the package.
    @Test func fileIgnoreStaysInItsFile() {
        let quiet = "//goleaklint:file-ignore GL101 fixtures of a fake server\npackage p\n\nimport \"net/http\"\n\nfunc a(u string) { http.Get(u) }\n"
        let loud = "package p\n\nimport \"net/http\"\n\nfunc b(u string) { http.Get(u) }\n"
        let files = [SourceFile(path: "quiet.go", displayPath: "quiet.go", contents: Array(quiet.utf8)),
                     SourceFile(path: "loud.go", displayPath: "loud.go", contents: Array(loud.utf8))]
        let linter = Linter(ruleTypes: Self.all, jobs: 1)
        let findings = linter.lint([PackageInput(directory: ".", files: files, goVersion: nil)]).findings
            .filter { !$0.isSuppressed }.map { "\($0.range.path):\($0.range.start.line) \($0.code)" }
        #expect(findings == ["loud.go:5 GL101"])
    }

    @Test func trailingIgnoreCoversItsLineOnly() {
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore GL101 probe only")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore unclosed-response-body probe")).isEmpty)
    }

    @Test func ignoreNamesCodesOrNames() {
        let other = Self.wrap("\thttp.Get(u) //goleaklint:ignore GL102 wrong rule")
        #expect(Self.visible(other) == ["6 GL101", "6 GL001"])
        let list = Self.wrap("\thttp.Get(u) //goleaklint:ignore GL102,GL101 both named")
        #expect(Self.visible(list).isEmpty)
    }

    @Test func fileIgnore() {
        #expect(Self.visible("//goleaklint:file-ignore GL101 legacy client\n" + Self.wrap("\thttp.Get(u)")).isEmpty)
    }

    @Test func nolintForms() {
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:goleaklint // probe")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:errcheck,goleaklint // probe")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:errcheck // other linter")) == ["6 GL101"])
        // Another linter's directive silences only the rules equivalent to its check (staticcheck: GL404), and a
        // spaced form is read only for those; ours stay unspaced.
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:staticcheck // other check")) == ["6 GL101"])
        #expect(Self.visible(Self.wrap("\thttp.Get(u) // nolint:goleaklint // spaced")) == ["6 GL101"])
        // A specific check's directive that silences none of our findings is stale for us too (GL001).
        #expect(Self.visible(Self.wrap("\t//lint:ignore SA6002 other check\n\thttp.Get(u)")) == ["7 GL101"])
    }

    /// `// goleaklint:ignore` with a space after the slashes is what its writer meant: a directive.
    @Test func spacedDirectiveIsADirective() {
        #expect(Self.visible(Self.wrap("\t// goleaklint:ignore GL101 probe only\n\thttp.Get(u)")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) // goleaklint:ignore GL101 probe only")).isEmpty)
        #expect(Self.visible("// goleaklint:file-ignore GL101 legacy client\n" + Self.wrap("\thttp.Get(u)")).isEmpty)
        // Prose that merely mentions the word is not one.
        #expect(Self.visible(Self.wrap("\t// goleaklint finds this\n\thttp.Get(u)")) == ["7 GL101"])
    }

    /// A reason that is still a placeholder (the editor's suppress action inserts one) is reported until replaced.
    @Test func placeholderReasonIsMalformed() {
        for reason in ["<why this is not a leak>", "TODO: say why this is not a leak", "fixme later", "XXX", "TBD"] {
            #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore GL101 \(reason)")) == ["6 GL002"], "\(reason)")
        }
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore GL101 todos are flushed by the caller")).isEmpty)
    }

    /// golangci-lint and staticcheck directives for a check one of our rules is equivalent to silence that rule
    /// (migration: the decision was already made). One that silences nothing of ours belongs to its own linter while
    /// that linter runs here (see the next test); `--audit-peer-directives` reports it whatever runs (a specific
    /// check's is GL001, a whole multi-check linter's never is); `--no-peer-directives` ignores them.
    @Test func peerDirectivesSilenceTheirEquivalentRule() {
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:bodyclose // health probe")).isEmpty)
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:errcheck,bodyclose")).isEmpty)
        // The wrong check silences nothing; with no golangci-lint configuration here sqlclosecheck does not run: stale.
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:sqlclosecheck // wrong check")) == ["6 GL101", "6 GL001"])
        func audited(_ source: String) -> [String] {
            let file = SourceFile(path: "x.go", displayPath: "x.go", contents: Array(source.utf8))
            return Linter(ruleTypes: Self.all, auditsPeerDirectives: true).lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
                .findings.filter { !$0.isSuppressed }.map { "\($0.range.start.line) \($0.code)" }
        }
        #expect(audited(Self.wrap("\tprintln(u) //nolint:bodyclose // stale")) == ["6 GL001"])
        #expect(audited(Self.wrap("\thttp.Get(u) //nolint:sqlclosecheck // wrong check")) == ["6 GL101", "6 GL001"])
        #expect(audited(Self.wrap("\tprintln(u) //nolint:staticcheck // SA1019 elsewhere")).isEmpty)
        let tick = "package p\n\nimport \"time\"\n\nfunc f() <-chan time.Time {\n\t//lint:ignore SA1015 one ticker for the process\n\treturn time.Tick(time.Second)\n}\n"
        #expect(Self.visible(tick).isEmpty)
        #expect(Self.visible(tick.replacingOccurrences(of: "SA1015", with: "SA1019")).contains("7 GL303"))
        let cancel = "package p\n\nimport \"context\"\n\nfunc f(c context.Context) context.Context {\n\tctx, _ := context.WithCancel(c) //nolint:govet // lostcancel: lives as long as c\n\treturn ctx\n}\n"
        #expect(Self.visible(cancel).isEmpty)
        #expect(!Self.visible(cancel.replacingOccurrences(of: "//nolint:govet", with: "//nolint:misspell")).isEmpty)
        let source = Self.wrap("\thttp.Get(u) //nolint:bodyclose // health probe")
        let file = SourceFile(path: "x.go", displayPath: "x.go", contents: Array(source.utf8))
        let strict = Linter(ruleTypes: Self.all, honorsPeerDirectives: false)
            .lint([PackageInput(directory: ".", files: [file], goVersion: nil)]).findings.filter { !$0.isSuppressed }
        #expect(strict.map(\.code) == ["GL101"])
    }

    /// A peer directive that silences nothing of ours is GL001 by default only where its linter no longer runs: read
    /// from the nearest golangci-lint configuration (v1 or v2), or golangci-lint's defaults when there is none.
    @Test func aStalePeerDirectiveIsReportedWhereItsLinterNoLongerRuns() throws {
        let stale = Self.wrap("\tprintln(u) //nolint:bodyclose // bodyclose's own false positive")
        func found(_ configuration: (name: String, text: String)?, _ source: String = stale) throws -> [String] {
            let root = try Harness.temporaryDirectory()
            var files = ["x.go": source]
            if let configuration { files[configuration.name] = configuration.text }
            try Harness.write(files, under: root)
            let file = SourceFile(path: root.appendingPathComponent("x.go").path, displayPath: "x.go")
            return Linter(ruleTypes: Self.all).lint([PackageInput(directory: root.path, files: [file], goVersion: nil)])
                .findings.filter { !$0.isSuppressed }.map { "\($0.range.start.line) \($0.code)" }
        }
        // No configuration: bodyclose is not one of golangci-lint's defaults, so nothing raises what it answers.
        #expect(try found(nil) == ["6 GL001"])
        // bodyclose enabled (v1 list, v2 `default: none` + enable, enable-all, v2 `default: all`): it answers bodyclose.
        #expect(try found((".golangci.yml", "linters:\n  enable:\n    - bodyclose\n")).isEmpty)
        #expect(try found((".golangci.yaml", "version: \"2\"\nlinters:\n  default: none\n  enable: [errcheck, bodyclose]\n")).isEmpty)
        #expect(try found((".golangci.yml", "linters:\n  enable-all: true\n")).isEmpty)
        #expect(try found((".golangci.json", "{\"linters\": {\"default\": \"all\"}}")).isEmpty)
        // Enabled, then disabled; or a configuration that enables others only: the directive is stale.
        #expect(try found((".golangci.yml", "linters:\n  enable-all: true\n  disable: [bodyclose]\n")) == ["6 GL001"])
        #expect(try found((".golangci.yml", "linters:\n  disable-all: true\n  enable: [govet]\n")) == ["6 GL001"])
        #expect(try found((".golangci.yml", "version: \"2\"\nlinters:\n  enable: [gosec]\n")) == ["6 GL001"])
        // A configuration we cannot read (TOML, broken YAML) may enable anything: not reported.
        #expect(try found((".golangci.toml", "[linters]\nenable = [\"gosec\"]\n")).isEmpty)
        #expect(try found((".golangci.yml", "linters: [unclosed\n")).isEmpty)
        // Whole multi-check linters and staticcheck's own directives are never judged by a configuration.
        #expect(try found(nil, Self.wrap("\tprintln(u) //nolint:staticcheck // SA1019 elsewhere")).isEmpty)
        let tick = "package p\n\nimport \"time\"\n\nfunc f() {\n\t//lint:ignore SA1015 nothing here\n\tprintln(time.Second)\n}\n"
        #expect(try found((".golangci.yml", "linters:\n  disable: [staticcheck]\n"), tick).isEmpty)
    }

    /// The nearest configuration decides for its subtree; a lookup reads each once.
    @Test func theNearestGolangciConfigurationDecides() throws {
        let root = try Harness.temporaryDirectory()
        try Harness.write([".golangci.yml": "linters:\n  enable: [bodyclose]\n", "sub/.golangci.yml": "linters:\n  enable: [gosec]\n",
                           "sub/deeper/x.go": "package x\n"], under: root)
        let lookup = PeerLinterSetup.Lookup()
        #expect(lookup.setup(of: root.path).runs("bodyclose"))
        #expect(!lookup.setup(of: root.appendingPathComponent("sub/deeper").path).runs("bodyclose"))
        #expect(lookup.setup(of: root.appendingPathComponent("sub/deeper").path).runs("govet"))
        #expect(lookup.setup(of: root.appendingPathComponent("sub").path).configurationPath?.hasSuffix("sub/.golangci.yml") == true)
        // Each run reads the configuration afresh (a long-lived editor makes a lookup per linter).
        try Harness.write(["sub/.golangci.yml": "linters:\n  enable: [bodyclose]\n"], under: root)
        #expect(PeerLinterSetup.Lookup().setup(of: root.appendingPathComponent("sub/deeper").path).runs("bodyclose"))
    }

    @Test func reasonlessDirectiveIsMalformedButStillSuppresses() {
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore GL101")) == ["6 GL002"])
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //nolint:goleaklint")) == ["6 GL002"])
        #expect(Self.visible(Self.wrap("\thttp.Get(u) //goleaklint:ignore GL9999 typo")) == ["6 GL101", "6 GL002"])
    }

    @Test func unusedDirectiveIsReported() {
        let unused = Self.wrap("\t//goleaklint:ignore GL101 nothing here\n\tprintln(u)")
        #expect(Self.visible(unused) == ["6 GL001"])
        // A directive for a rule that did not run is not known to be unused.
        let onlyGL101 = Harness.lint(unused, rules: [UnclosedResponseBodyRule.self, UnusedSuppressionRule.self])
        #expect(onlyGL101.map(\.code) == ["GL001"])
        let without = Harness.lint(Self.wrap("\t//goleaklint:ignore GL102 cgo gone\n\tprintln(u)"),
                                   rules: [UnclosedResponseBodyRule.self, UnusedSuppressionRule.self])
        #expect(without.isEmpty)
    }

    @Test func suppressedFindingsAreMarkedNotDropped() {
        let source = Self.wrap("\thttp.Get(u) //goleaklint:ignore GL101 probe only")
        let file = SourceFile(path: "x.go", displayPath: "x.go", contents: Array(source.utf8))
        let result = Linter(ruleTypes: Self.all).lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
        #expect(result.findings.map { "\($0.code) \($0.isSuppressed)" } == ["GL101 true"])
    }
}
