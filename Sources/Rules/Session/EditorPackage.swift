import Foundation

/// The editor's kept state for one open buffer's package (issue 29): the other files of the directory as read
/// (bytes, full trees, declaration skeletons), the buffer's last tree, and a `Snapshot` — the package's analyses
/// after walking every file but the buffer.
///
/// Each lint re-parses only what the edit touched (tree-sitter's incremental parse), checks that the snapshot
/// still holds for the new text, and walks the buffer on a forked copy of it (`ForkedEvaluation`), so the snapshot
/// serves the next keystroke untouched. The findings are those of a fresh `--stdin-filename` lint of the same
/// text — the language server tests compare the two after random edit sequences — because the snapshot is
/// reused only when nothing it was built from can differ:
/// - the other files are the same (path and status; saves and watched-file events drop what they touch);
/// - the buffer's declarations are the same but for their positions (`DeclarationDigest`: an edit inside a body),
///   so every question the other files' walks asked of the package's declarations has the same answer; the
///   positions themselves are re-read before the buffer's walk;
/// - every question the rules asked of the package's raw bytes gets the same answer from the new text
///   (`PackageContext.SourceQuestion`);
/// - the files' order (declaration triggers first) is the same.
/// A package's findings do not depend on the order its files are walked in (`PackagePathTests`), so walking the
/// buffer last gives what the CLI's order gives.
final class EditorPackage {
    /// A file of the directory other than the buffer, as last read from disk.
    private final class KeptFile {
        let status: FileStatus?
        let file: Linter.ReadFile?
        let bytes: [UInt8]?
        let error: FileError?
        var tree: GoFile?
        var skeleton: GoFile?
        init(status: FileStatus?, read: (file: Linter.ReadFile?, bytes: [UInt8]?, error: FileError?)) {
            self.status = status; file = read.file; bytes = read.bytes; error = read.error
        }
    }

    /// The analyses after walking every file but the buffer, with what they were built from.
    private final class Snapshot {
        let run: PackageRun
        let context: PackageContext
        /// Display paths in declaration order (triggers first), the buffer among them.
        let orderedPaths: [String]
        /// The other files' paths and statuses, the Go version, the included headers, the package name.
        let key: String
        /// `DeclarationDigest` of the buffer the snapshot was built with.
        let bufferDigest: [UInt8]
        /// Whether declarations come from skeletons (a package over the linter's tree budget, as the CLI reads it)
        /// rather than from the full trees.
        let readsSkeletons: Bool
        /// The trees the declarations were read from, in `orderedPaths` order.
        let declarationFiles: [GoFile]
        init(run: PackageRun, context: PackageContext, orderedPaths: [String], key: String, bufferDigest: [UInt8],
             readsSkeletons: Bool, declarationFiles: [GoFile]) {
            self.run = run; self.context = context; self.orderedPaths = orderedPaths; self.key = key
            self.bufferDigest = bufferDigest; self.readsSkeletons = readsSkeletons; self.declarationFiles = declarationFiles
        }
    }

    let path: String
    private var kept: [String: KeptFile] = [:]
    private var bufferTree: GoFile?
    private var snapshot: Snapshot?
    /// Why the last lint could not reuse the snapshot (`none`, `files`, `size`, `declarations`, `order`,
    /// `questions`), empty when it did: for tests and `GOLEAKLINT_EDITOR_TRACE`.
    private(set) var lastMiss = "none"
    var lastReusedSnapshot: Bool { lastMiss.isEmpty }

    init(path: String) { self.path = path }

    /// Forgets the files read from disk (all, or the one at `changedPath`) and the snapshot: its walks asked about
    /// imported packages and module callers, which the change may touch.
    func forget(_ changedPath: String?) {
        if let changedPath { kept[Discovery.displayPath(changedPath)] = nil } else { kept.removeAll() }
        snapshot = nil
        discovered = nil
    }

    /// The buffer's findings (before the configuration's excludes), and the errors of the files read.
    func lint(_ bytes: [UInt8], edits: [ByteEdit]?, linter: Linter, parser: Parser, tests: Bool,
              forks: Bool = true) -> (findings: [Finding], errors: [FileError]) {
        let shown = Discovery.displayPath(path)
        let (packages, discoveryErrors) = discover(bytes, tests: tests)
        guard let input = packages.first else { return ([], discoveryErrors) }
        var errors = discoveryErrors
        var files: [Linter.ReadFile] = []
        var statuses: [String] = []
        var seen: Set<String> = []
        for source in input.files.sorted(by: { $0.displayPath < $1.displayPath }) {
            let read: (file: Linter.ReadFile?, bytes: [UInt8]?, error: FileError?)
            if source.displayPath == shown {
                read = linter.read(source, bytes: bytes)
            } else {
                let kept = keptFile(source, linter: linter)
                read = (kept.file, kept.bytes, kept.error)
                statuses.append("\(source.displayPath) \(kept.status?.fingerprint ?? "-")")
                seen.insert(source.displayPath)
            }
            if let error = read.error { errors.append(error) }
            if let file = read.file { files.append(file) }
        }
        for path in kept.keys where !seen.contains(path) { kept[path] = nil }  // deleted from the directory
        let buffer = files.first { $0.source.displayPath == shown }
        let goVersion = linter.goVersionOverride ?? input.goVersion
        let tree = parseBuffer(bytes, edits: edits, parser: parser, goVersion: goVersion)
        guard let buffer else { return ([], errors) }  // refused or generated: no findings, as the CLI
        guard let tree else {
            errors.append(FileError(path: shown, cause: "tree-sitter could not parse the file"))
            return ([], errors)
        }
        let members = files.filter { $0.packageName == buffer.packageName }
        let headers = linter.cgoHeaders(of: files, directory: input.directory)
        let key = ([buffer.packageName, goVersion.map { "\($0)" } ?? "-"] + statuses
            + headers.map { "\($0.path) \(ByteHash.of($0.bytes))" }).joined(separator: "\n")
        let sources = members.map { $0.source.displayPath == shown ? bytes : $0.bytes }
        // The buffer's declarations as the CLI would read them: from its tree, or from its skeleton in a package over
        // the tree budget.
        let readsSkeletons = sources.reduce(0) { $0 + $1.count } > linter.retainedTreeBudget
        let declarationFile = readsSkeletons
            ? parser.parseDeclarations(bytes).map { GoFile(path: shown, tree: $0, goVersion: goVersion) }
            : Linter.declarationFile(of: tree, bytes: bytes, parser: parser)
        let digest = declarationFile.map(DeclarationDigest.of) ?? []
        lastMiss = snapshot == nil ? "none" : snapshot?.key != key ? "files" : snapshot?.readsSkeletons != readsSkeletons ? "size"
            : snapshot?.bufferDigest != digest ? "declarations"
            : snapshot?.orderedPaths != snapshot?.run.ordered(members, bytes: { $0.bytes }).map(\.source.displayPath) ? "order"
            : snapshot?.context.sourceQuestions.allSatisfy({ $0.holds(for: sources) }) != true ? "questions" : ""
        if !lastMiss.isEmpty {
            snapshot = makeSnapshot(members, buffer: tree, bufferDeclarations: declarationFile, readsSkeletons: readsSkeletons,
                                    input: input, goVersion: goVersion, headers: headers, key: key, digest: digest,
                                    linter: linter, parser: parser)
        }
        guard let snapshot else { return ([], errors) }
        let bufferIndex = members.firstIndex { $0.source.displayPath == shown } ?? 0
        let finish = { [self] in
            self.walkBuffer(tree, declarations: declarationFile, bytes: bytes, at: bufferIndex, of: members, in: snapshot,
                            linter: linter)
        }
        if forks, let answer = ForkedEvaluation.run({ (try? JSONEncoder().encode(finish())).map { Array($0) } ?? [] }),
           let findings = try? JSONDecoder().decode([Finding].self, from: Data(answer)) {
            return (findings, errors)
        }
        // Not forking, or no copy could be made: walk the buffer here, which spends the snapshot.
        self.snapshot = nil
        return (finish(), errors)
    }

    /// The buffer's package as `Discovery` finds it, listed again only when the directory changed (a file added,
    /// removed or renamed changes its modification time) or a watched file did (`forget`).
    private func discover(_ bytes: [UInt8], tests: Bool) -> (packages: [PackageInput], errors: [FileError]) {
        let status = FileStatus.of(ProjectPaths.parent(of: path))
        if let discovered, let status, discovered.status == status, discovered.tests == tests {
            let shown = Discovery.displayPath(path)
            let packages = discovered.packages.map { input in
                PackageInput(directory: input.directory, files: input.files.map {
                    $0.displayPath == shown ? SourceFile(path: $0.path, displayPath: $0.displayPath, contents: bytes) : $0
                }, goVersion: input.goVersion)
            }
            return (packages, discovered.errors)
        }
        let (packages, errors) = Discovery(includeTests: tests).packageReplacing(path, with: bytes)
        discovered = (status, tests, packages, errors)
        return (packages, errors)
    }
    private var discovered: (status: FileStatus?, tests: Bool, packages: [PackageInput], errors: [FileError])?

    /// The buffer's tree: its last one re-parsed after the edits, or a new parse.
    private func parseBuffer(_ bytes: [UInt8], edits: [ByteEdit]?, parser: Parser, goVersion: GoVersion?) -> GoFile? {
        let shown = Discovery.displayPath(path)
        let tree: Tree?
        // The edits must lead from the kept tree's text to this one (their lengths at least): otherwise a lint was
        // skipped with its edits taken, and only a full parse is right.
        if let old = bufferTree, let edits, old.source.count + edits.reduce(0, { $0 + $1.newEnd - $1.oldEnd }) == bytes.count {
            tree = parser.reparse(bytes, after: edits, of: old.tree)
        } else {
            tree = parser.parse(bytes)
        }
        bufferTree = tree.map { GoFile(path: shown, tree: $0, goVersion: goVersion) }
        return bufferTree
    }

    /// A file of the directory as read from disk: the kept one while its status is the same.
    private func keptFile(_ source: SourceFile, linter: Linter) -> KeptFile {
        let status = FileStatus.of(source.path)
        if let known = kept[source.displayPath], let status, known.status == status { return known }
        let file = KeptFile(status: status, read: linter.read(source))
        kept[source.displayPath] = file
        return file
    }

    private func tree(of file: Linter.ReadFile, parser: Parser, goVersion: GoVersion?) -> GoFile? {
        parsed(file, \.tree, goVersion: goVersion, parser.parse)
    }

    private func skeleton(of file: Linter.ReadFile, parser: Parser, goVersion: GoVersion?) -> GoFile? {
        parsed(file, \.skeleton, goVersion: goVersion, parser.parseDeclarations)
    }

    /// A kept file's tree of one kind (whole, or declarations only), parsed on its first use.
    private func parsed(_ file: Linter.ReadFile, _ slot: ReferenceWritableKeyPath<KeptFile, GoFile?>, goVersion: GoVersion?,
                        _ parse: ([UInt8]) -> Tree?) -> GoFile? {
        let kept = kept[file.source.displayPath]
        if let known = kept?[keyPath: slot] { return known }
        let made = parse(file.bytes).map { GoFile(path: file.source.displayPath, tree: $0, goVersion: goVersion) }
        kept?[keyPath: slot] = made
        return made
    }

    /// The package's analyses after reading every file's declarations and walking every file but the buffer.
    private func makeSnapshot(_ members: [Linter.ReadFile], buffer: GoFile, bufferDeclarations: GoFile?, readsSkeletons: Bool,
                              input: PackageInput, goVersion: GoVersion?, headers: [CgoHeaders.Header], key: String,
                              digest: [UInt8], linter: Linter, parser: Parser) -> Snapshot? {
        let context = PackageContext(directory: input.directory, name: members.first?.packageName ?? "",
                                     sources: members.map(\.bytes), goVersion: goVersion, imported: linter.imported,
                                     cgoHeaders: headers)
        context.recordsSourceQuestions = true
        let run = PackageRun(rules: linter.rules, package: context, measuresRules: false,
                             honorsPeerDirectives: linter.honorsPeerDirectives)
        let ordered = run.ordered(members) { $0.bytes }
        var declarationFiles: [GoFile] = []
        if run.walksBodies {
            // As the CLI reads them (`Linter.analyse`): from every tree, or from skeletons in a large package (where the
            // CLI reads some files from whole trees it keeps for their walk: both give the same declarations,
            // `DeclarationSkeletonTests`, `PackagePathTests`).
            for file in ordered {
                let declarations = file.source.displayPath == buffer.path ? bufferDeclarations
                    : readsSkeletons ? skeleton(of: file, parser: parser, goVersion: goVersion)
                    : tree(of: file, parser: parser, goVersion: goVersion).map {
                        $0.root.hasError ? skeleton(of: file, parser: parser, goVersion: goVersion) ?? $0 : $0
                    }
                guard let declarations else { continue }
                context.declarations.add(declarations)
                declarationFiles.append(declarations)
            }
            let facts = declarationFiles
            context.pendingDeclarations = { [unowned context] in for file in facts { context.factsBuilder.add(file) } }
        }
        for file in ordered where file.source.displayPath != buffer.path {
            guard let tree = tree(of: file, parser: parser, goVersion: goVersion) else { continue }
            run.walk(tree)
        }
        return Snapshot(run: run, context: context, orderedPaths: ordered.map(\.source.displayPath), key: key,
                        bufferDigest: digest, readsSkeletons: readsSkeletons, declarationFiles: declarationFiles)
    }

    /// Walks the buffer with the snapshot's analyses and finishes the package: the buffer's findings. Changes the
    /// snapshot, so it runs on a forked copy.
    private func walkBuffer(_ tree: GoFile, declarations: GoFile?, bytes: [UInt8], at index: Int, of members: [Linter.ReadFile],
                            in snapshot: Snapshot, linter: Linter) -> [Finding] {
        let context = snapshot.context
        context.replaceSource(at: index, with: bytes)
        context.reportedPath = tree.path
        if snapshot.run.walksBodies, let declarations {
            // The same declarations but for their positions (the snapshot holds only then): moved to where the new
            // text has them. The semantic core keeps lines only, which no rule reports; when it was not asked yet,
            // it reads the new text's.
            context.declarations.updatePositions(from: declarations)
            if context.pendingDeclarations != nil {
                let facts = snapshot.declarationFiles.map { $0.path == tree.path ? declarations : $0 }
                context.pendingDeclarations = { [unowned context] in for file in facts { context.factsBuilder.add(file) } }
            }
        }
        snapshot.run.walk(tree)
        var findings = snapshot.run.finish(audit: linter.audit)
        let sources = members.map { ($0.source.displayPath, $0.source.displayPath == tree.path ? bytes : $0.bytes) }
        findings = Linter.afterAnalysis(findings, oncePerProcess: linter.oncePerProcess, package: context,
                                        sources: sources.map { (path: $0.0, bytes: $0.1) })
        if !linter.reportsTestSupport, !tree.path.hasSuffix("_test.go"), TestSupport.isTestSupport(bytes) { return [] }
        return findings.filter { $0.range.path == tree.path }
    }
}
