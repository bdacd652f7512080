/// A code sample in a rule's documentation. In triggering examples `↓` marks each expected finding's
/// position (the character after it). Examples are run as tests.
public struct Example: Sendable {
    public let code: String
    /// File name the example is linted as (`x_test.go` to exercise test-only behaviour).
    public let fileName: String
    public let goVersion: GoVersion?
    /// Rule options for this example (as in `.goleaklint.yml`'s `rules: {CODE: {…}}`).
    public let options: RuleOptions
    /// False for examples that cannot survive the generic mutations (e.g. ones that depend on the
    /// exact file start).
    public let testMutations: Bool

    public init(_ code: String, fileName: String = "example.go", goVersion: String? = nil,
                options: RuleOptions = RuleOptions(), testMutations: Bool = true) {
        self.code = code
        self.fileName = fileName
        self.goVersion = goVersion.flatMap(GoVersion.init)
        self.options = options
        self.testMutations = testMutations
    }

    /// The marker for an expected finding.
    public static let marker: Character = "↓"
}

/// A rule's documentation as data (staticcheck/ruff style): shown by `explain`, listed by `rules`,
/// exported into SARIF, and checked for completeness by the registry tests.
public struct RuleDoc: Sendable {
    public let code: String
    public let name: String
    public let title: String
    public let severity: Severity
    public let whatItDoes: String
    public let whyIsThisBad: String
    public let example: String
    public let useInstead: String
    public let goVersionNotes: String?
    /// Option names this rule reads from its configuration section.
    public let options: [String]
    /// Rules that are off unless selected.
    public let enabledByDefault: Bool
    public let precision: String
    /// What measurements found, for an off-by-default rule (issue 26: an opt-in rule states its measured precision):
    /// `blind 0/4` is true findings of all findings on repositories nobody on the team had read, `development` on
    /// the ones read while fixing. Shown by `rules`, `explain` and docs/rules.md.
    public let measured: String?
    public let tags: [String]
    /// Other linters' names for the same check (`staticcheck`, `SA6002`): a maintainer's suppression written for
    /// them (`//nolint:staticcheck`, `//lint:ignore SA6002 reason`) is the same decision, and silences this rule.
    public let equivalents: [String]
    public let triggering: [Example]
    public let nonTriggering: [Example]

    public init(code: String, name: String, title: String, severity: Severity, whatItDoes: String,
                whyIsThisBad: String, example: String, useInstead: String, goVersionNotes: String? = nil,
                options: [String] = [], enabledByDefault: Bool = true, precision: String = "high",
                measured: String? = nil, tags: [String] = [], equivalents: [String] = [], triggering: [Example], nonTriggering: [Example]) {
        self.code = code; self.name = name; self.title = title; self.severity = severity
        self.whatItDoes = whatItDoes; self.whyIsThisBad = whyIsThisBad; self.example = example
        self.useInstead = useInstead; self.goVersionNotes = goVersionNotes; self.options = options
        self.enabledByDefault = enabledByDefault; self.precision = precision; self.measured = measured; self.tags = tags
        self.equivalents = equivalents
        self.triggering = triggering; self.nonTriggering = nonTriggering
    }

    /// Whether the once-per-process policy applies: resource leaks, and goroutines blocked forever (tag
    /// `blocked-goroutines`: one goroutine stuck in code that runs once is held until the process exits, like a file).
    public var appliesOncePerProcess: Bool { tags.contains("resources") || tags.contains("blocked-goroutines") }

    /// What the rule does with code that runs once per process (issue 25), for the docs: the resource rules and
    /// the blocked-goroutine rules share one policy (`OncePerProcess`); GL203 and the growth rules say theirs in
    /// their own text.
    public var oncePerProcess: String? {
        guard appliesOncePerProcess else { return nil }
        let subject = tags.contains("resources") ? "A leak in a function" : "A goroutine started (and stranded) by a function"
        return subject + " that runs once per process — reached only from `main.main`, an `init`, a package "
            + "variable's initializer, a function that parses the command line or a CLI command's handler (cobra's `RunE`, "
            + "urfave/cli's `Action`), through calls outside loops, and never otherwise used as a value — is held until the process exits: it is reported as a `note` that names the call chain "
            + "(`main → run → loadConfig`), which the default `--fail-level warning` does not fail on. "
            + "`once-per-process: warning` (or `off`) in `.goleaklint.yml` keeps such findings as warnings (or drops them)."
    }

    /// The category digit's meaning (BRIEF §4).
    public var category: String {
        switch code.dropFirst(2).first {
        case "0": return "meta"
        case "1": return "resources"
        case "2": return "goroutines"
        case "3": return "timers"
        case "4": return "growth"
        default: return "unknown"
        }
    }

    /// The rule's section in docs/rules.md (GitHub's heading anchor for "GL101 unclosed-response-body").
    public var url: String { "\(Project.informationURI)/blob/main/docs/rules.md#\(code.lowercased())-\(name)" }
}

public enum Project {
    public static let name = "goleaklint"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/goleaklint/goleaklint"
}
