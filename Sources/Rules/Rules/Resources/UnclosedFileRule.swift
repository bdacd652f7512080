/// GL103: an `*os.File` opened in a function is never closed there nor handed off.
public struct UnclosedFileRule: Rule {
    public static let doc = RuleDoc(
        code: "GL103",
        name: "unclosed-file",
        title: "File opened with os.Open/OpenFile/Create/CreateTemp is never closed",
        severity: .warning,
        whatItDoes: """
            Finds files from `os.Open`, `os.OpenFile`, `os.Create`, `os.CreateTemp`, `os.NewFile` (and \
            `ioutil.TempFile`) that the opening function neither closes (`f.Close()` plain, deferred, in a closure, \
            or through a same-package helper) nor hands off (returns, stores, sends, passes to another package, or \
            uses in a goroutine it starts). \
            Readers and writers that only use the file (`io.Copy`, `bufio.NewReader`, `fmt.Fprintf`, \
            `json.NewEncoder`) do not take it. A file dropped on the floor, or returned past on a success path \
            before its close, is reported too. The same ownership rules as GL101. A function that never returns (an \
            endless loop, `os.Exit` at its end) and a program's `main.main` keep their files for the life of the \
            process, which then ends: not reported.
            """,
        whyIsThisBad: """
            Each open file holds a file descriptor until it is closed or, some time later, finalized by the \
            garbage collector. A server that leaks one per request runs into the process's descriptor limit \
            (`too many open files`) and then fails every accept, dial and open. Written files may also lose \
            data: errors from the final flush are only reported by Close.
            """,
        example: """
            f, err := os.Open(path)
            if err != nil {
                return err
            }
            _, err = io.Copy(w, f)
            """,
        useInstead: """
            f, err := os.Open(path)
            if err != nil {
                return err
            }
            defer f.Close()
            _, err = io.Copy(w, f)
            """,
        tags: ["resources", "os", "file-descriptors"],
        triggering: UnclosedFileExamples.triggering,
        nonTriggering: UnclosedFileExamples.nonTriggering)

    static let kind = ResourceKind(
        noun: "file", verb: "closed",
        imports: ["os", "io/ioutil"],
        functions: [
            "os": ["Open": 0, "OpenFile": 0, "Create": 0, "CreateTemp": 0, "NewFile": 0],
            "io/ioutil": ["TempFile": 0],
        ],
        methods: [],
        releaseMethods: ["Close"],
        confirmingMethods: [],
        // Readers and writers too: `parse(r io.Reader)` that only reads leaves the caller's file open.
        parameterTypes: ["os.File", "io.Closer", "io.ReadCloser", "io.WriteCloser", "io.ReadWriteCloser", "io.Reader",
                         "io.Writer", "io.ReadWriter"],
        // A same-package function declared to return a file (and whose body returns a fresh one) acquires it.
        resultTypes: [TypeName(path: "os", name: "File")],
        releaseStatement: { name, _ in "defer \(name).Close()" })

    public init(options: RuleOptions) {}

    /// Files importing the resource's packages declare the helpers it is handed to: read them first.
    public static var declarationTriggers: [String] { kind.imports.map { "\"\($0)\"" } }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard ResourceAnalysis.gate(Self.kind, package) else { return nil }
        return ResourceAnalysis(kind: Self.kind, package: package, diagnostics: diagnostics)
    }
}
