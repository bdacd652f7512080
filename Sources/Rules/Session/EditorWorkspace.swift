import Foundation

/// What the language server keeps between lints (issue 29): the setup of the configuration it last read (with
/// the linter and its declarations of imported packages) and an `EditorPackage` per open buffer. `lint` answers
/// what `LintSession.run` answers for the same request with `buffer` set — the findings the report would show —
/// doing only the work the edit makes necessary.
public final class EditorWorkspace {
    private var setupKey: UInt64?
    private var linter: Linter?
    private var packages: [String: EditorPackage] = [:]
    private let parser: Parser?

    /// Whether the buffer is walked on a forked copy of the kept analyses (`ForkedEvaluation`). Without, it is
    /// walked in place and the analyses are rebuilt for the next edit: for callers that run other threads (the
    /// fuzzer), where a fork is unsafe.
    let forks: Bool

    public init(forks: Bool = true) {
        parser = try? Parser()
        self.forks = forks
    }

    /// `GOLEAKLINT_EDITOR_TRACE=1`: one line per lint on stderr (the buffer, whether the kept walks served, why
    /// not, the time), for whoever measures the editor.
    static let traces = ProcessInfo.processInfo.environment["GOLEAKLINT_EDITOR_TRACE"] != nil

    /// Whether the last lint of `path` reused the other files' walks (for tests).
    func reusedWalks(for path: String) -> Bool { packages[path]?.lastReusedSnapshot ?? false }
    /// Why the last lint of `path` did not reuse them (`EditorPackage.lastMiss`).
    func missedWalks(for path: String) -> String { packages[path]?.lastMiss ?? "" }

    /// `request.buffer` linted; `edits` are the changes since this buffer's previous lint (nil: unknown).
    public func lint(_ request: LintRequest, edits: [ByteEdit]?) -> LintOutcome {
        guard let buffer = request.buffer, let parser else { return LintSession.run(request) }
        let setup: LintSession.Setup
        do { setup = try LintSession.Setup(request) } catch {
            // The edits were taken for this lint: the buffer's kept tree would no longer match its text.
            packages[buffer.path] = nil
            return LintOutcome(report: nil, messages: ["\(error)"], exitStatus: ExitStatus.trouble, findings: [],
                               statistics: LintStatistics())
        }
        // The configuration's bytes and every option are in the salt: a change makes a new linter, and the kept
        // packages were read under the old one.
        let key = LintSession.cacheSalt(request, ruleTypes: setup.ruleTypes)
        if key != setupKey {
            setupKey = key
            linter = nil
            packages.removeAll()
        }
        if linter == nil { linter = setup.linter() }
        guard let linter else { return LintSession.run(request) }
        let package = packages[buffer.path] ?? EditorPackage(path: buffer.path)
        packages[buffer.path] = package
        let started = DispatchTime.now()
        let (findings, errors) = package.lint(buffer.bytes, edits: edits, linter: linter, parser: parser, tests: setup.tests,
                                              forks: forks)
        if Self.traces {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            FileHandle.standardError.write(Data("goleaklint editor: \(buffer.path) \(package.lastReusedSnapshot ? "reused" : "rebuilt") \(package.lastMiss) \(String(format: "%.1f", milliseconds)) ms\n".utf8))
        }
        let shownBuffer = (path: Discovery.displayPath(buffer.path), bytes: buffer.bytes)
        let sortedErrors = errors.sorted { ($0.path, $0.cause) < ($1.path, $1.cause) }
        return LintOutcome(report: nil, messages: sortedErrors.map { "\($0.path): \($0.cause)" },
                           exitStatus: sortedErrors.isEmpty ? ExitStatus.clean : ExitStatus.trouble,
                           findings: setup.shown(findings.sorted(by: Finding.reportOrder), buffer: shownBuffer),
                           statistics: LintStatistics())
    }

    /// A file changed on disk (saved, or reported by the client's file watcher): what was read from it is
    /// forgotten, and so are the declarations of imported packages and the module's callers (it may be among
    /// them), and every package's kept walks, which asked about them. nil: every file.
    public func filesChanged(_ path: String?) {
        for package in packages.values { package.forget(path) }
        linter = nil
    }

    /// The buffer was closed: nothing of it is kept.
    public func close(_ path: String) { packages[path] = nil }
}
