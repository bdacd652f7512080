/// The `--fix` / `--diff` step of a lint run: plans the findings' fixes, checks each file is still the
/// one that was linted, and writes the fixed files (or renders their diff).
enum FixSession {
    struct Outcome {
        /// The findings left to report: with `--fix`, those whose fix was not written.
        var remaining: [Finding]
        /// The unified diff of every planned fix (for `--diff`).
        var diff: String
        var messages: [String]
    }

    static func run(_ mode: FixMode, findings: [Finding], digests: [String: UInt64],
                    buffer: (path: String, bytes: [UInt8])?) -> Outcome {
        let plan = FixPlan(findings)
        var messages: [String] = []
        var diff = ""
        var failed: Set<String> = []
        for (path, edits) in plan.edits.sorted(by: { $0.key < $1.key }) {
            let current: [UInt8]
            if let buffer, buffer.path == path {
                current = buffer.bytes
            } else {
                guard let bytes = try? SourceReader.read(path) else {
                    messages.append("\(path): cannot read the file again; not fixed")
                    failed.insert(path)
                    continue
                }
                // Only the bytes that were linted may be edited: an editor or a formatter may have
                // written the file since.
                guard digests[path] == ByteHash.of(bytes) else {
                    messages.append("\(path): changed since it was read; not fixed (run again)")
                    failed.insert(path)
                    continue
                }
                current = bytes
            }
            switch mode {
            case .diff:
                diff += UnifiedDiff.render(path: path, old: current, edits: edits)
            case .apply:
                if buffer?.path == path {
                    messages.append("\(path): a buffer from standard input cannot be fixed in place; use --diff")
                    failed.insert(path)
                    continue
                }
                do { try AtomicFile.write(FixPlan.apply(edits, to: current), to: path) } catch {
                    messages.append("\(path): cannot write the fix: \(error)")
                    failed.insert(path)
                }
            }
        }
        let applied = plan.taken.filter { $0.paths.isDisjoint(with: failed) }
        var remaining = findings
        if mode == .apply {
            let fixed = Set(applied.map(\.finding))
            remaining.removeAll { fixed.contains($0) }
            let files = Set(applied.flatMap(\.paths)).count
            messages.append("fixed \(applied.count) finding\(applied.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
                + (plan.deferredFixes > 0 ? "; \(plan.deferredFixes) overlapping fix(es) left for another run" : ""))
        }
        return Outcome(remaining: remaining, diff: diff, messages: messages)
    }
}
