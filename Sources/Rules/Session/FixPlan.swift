/// Which suggested fixes `--fix` and `--diff` apply, and what they make of a file. A fix is taken whole
/// or not at all; a fix whose edits overlap (or touch the same point as) an edit already taken is left
/// for the next run, so one pass never applies two edits to the same bytes.
public struct FixPlan: Sendable {
    /// Edits to apply, by display path, in no particular order.
    public private(set) var edits: [String: [TextEdit]] = [:]
    /// How many findings the plan fixes, and how many fixes it left for a later run.
    public private(set) var fixedFindings = 0
    public private(set) var deferredFixes = 0
    /// The findings whose fixes were taken, with the files they edit.
    public private(set) var taken: [(finding: Finding, paths: Set<String>)] = []

    /// Plans the fixes of `findings` in their report order (the first of two overlapping fixes wins).
    public init(_ findings: [Finding]) {
        for finding in findings where !finding.isSuppressed {
            guard let fix = finding.fix, !fix.edits.isEmpty else { continue }
            let overlaps = fix.edits.contains { edit in
                (edits[edit.path] ?? []).contains { Self.overlap($0, edit) }
                    || fix.edits.contains { $0 != edit && $0.path == edit.path && Self.overlap($0, edit) }
            }
            if overlaps { deferredFixes += 1; continue }
            for edit in fix.edits { edits[edit.path, default: []].append(edit) }
            taken.append((finding, Set(fix.edits.map(\.path))))
            fixedFindings += 1
        }
    }

    /// Two edits touch: their ranges intersect, or both insert at the same point (whose text would go
    /// first is undefined).
    static func overlap(_ a: TextEdit, _ b: TextEdit) -> Bool {
        if a.startByte == a.endByte && b.startByte == b.endByte { return a.startByte == b.startByte }
        return a.startByte < b.endByte && b.startByte < a.endByte
            || (a.startByte == a.endByte && a.startByte > b.startByte && a.startByte < b.endByte)
            || (b.startByte == b.endByte && b.startByte > a.startByte && b.startByte < a.endByte)
    }

    /// `source` with `edits` applied (from the last to the first, so offsets stay valid).
    public static func apply(_ edits: [TextEdit], to source: [UInt8]) -> [UInt8] {
        var bytes = source
        for edit in edits.sorted(by: { ($0.startByte, $0.endByte) > ($1.startByte, $1.endByte) }) {
            guard edit.startByte >= 0, edit.endByte <= bytes.count, edit.startByte <= edit.endByte else { continue }
            bytes.replaceSubrange(edit.startByte..<edit.endByte, with: Array(edit.newText.utf8))
        }
        return bytes
    }
}
