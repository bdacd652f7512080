/// A unified diff (`diff -u` style, `--- a/path` / `+++ b/path`) of a file and the same file with
/// edits applied, built from the edits themselves: linear in the file's size, exact for any distance
/// between edits (no longest-common-subsequence search over whole files).
public enum UnifiedDiff {
    /// Unchanged lines shown around each change.
    static let contextLines = 3

    struct Change {
        var oldStart: Int          // first old line (0-based)
        var oldLines: [String]
        var newLines: [String]
    }

    public static func render(path: String, old: [UInt8], edits: [TextEdit]) -> String {
        let lines = LineTable(old)
        let changes = Self.changes(lines, edits.sorted { ($0.startByte, $0.endByte) < ($1.startByte, $1.endByte) })
        guard !changes.isEmpty else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        var shift = 0  // new line number minus old line number before the current hunk
        while index < changes.count {
            // Changes closer than twice the context share a hunk.
            var last = index
            while last + 1 < changes.count,
                  changes[last + 1].oldStart - (changes[last].oldStart + changes[last].oldLines.count) <= 2 * contextLines {
                last += 1
            }
            let first = changes[index]
            let start = max(0, first.oldStart - contextLines)
            let end = min(lines.count, changes[last].oldStart + changes[last].oldLines.count + contextLines)
            var body = ""
            var oldCount = 0, newCount = 0
            var cursor = start
            for change in changes[index...last] {
                while cursor < change.oldStart { body += " \(lines.text(cursor))\n"; cursor += 1; oldCount += 1; newCount += 1 }
                for line in change.oldLines { body += "-\(line)\n"; oldCount += 1 }
                for line in change.newLines { body += "+\(line)\n"; newCount += 1 }
                cursor += change.oldLines.count
            }
            while cursor < end { body += " \(lines.text(cursor))\n"; cursor += 1; oldCount += 1; newCount += 1 }
            let newStart = start + shift
            out += "@@ -\(range(start, oldCount)) +\(range(newStart, newCount)) @@\n" + body
            for change in changes[index...last] { shift += change.newLines.count - change.oldLines.count }
            index = last + 1
        }
        return out
    }

    /// `start,count` with 1-based lines (an empty range names the line before it, as diff does).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    /// One change per group of edits that touch the same or adjacent lines, with equal leading and
    /// trailing lines trimmed off.
    static func changes(_ lines: LineTable, _ edits: [TextEdit]) -> [Change] {
        var changes: [Change] = []
        var group: [TextEdit] = []
        var groupLines = 0..<0
        func flush() {
            guard !group.isEmpty else { return }
            let spanStart = lines.start(of: groupLines.lowerBound)
            let spanEnd = lines.end(of: groupLines.upperBound - 1)
            let relative = group.map {
                TextEdit(path: $0.path, startByte: $0.startByte - spanStart, endByte: $0.endByte - spanStart, newText: $0.newText)
            }
            let newText = FixPlan.apply(relative, to: Array(lines.bytes[spanStart..<spanEnd]))
            var oldLines = groupLines.map { lines.text($0) }
            var newLines = String(decoding: newText, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var oldStart = groupLines.lowerBound
            while let a = oldLines.first, let b = newLines.first, a == b { oldLines.removeFirst(); newLines.removeFirst(); oldStart += 1 }
            while let a = oldLines.last, let b = newLines.last, a == b { oldLines.removeLast(); newLines.removeLast() }
            if !oldLines.isEmpty || !newLines.isEmpty { changes.append(Change(oldStart: oldStart, oldLines: oldLines, newLines: newLines)) }
            group = []
        }
        for edit in edits {
            let first = lines.line(containing: edit.startByte)
            let last = edit.endByte > edit.startByte ? lines.line(containing: edit.endByte - 1) : first
            if !group.isEmpty, first <= groupLines.upperBound {
                groupLines = groupLines.lowerBound..<max(groupLines.upperBound, last + 1)
            } else {
                flush()
                groupLines = first..<(last + 1)
            }
            group.append(edit)
        }
        flush()
        return changes
    }

    /// Line starts of a file, for byte offset ↔ line lookups.
    struct LineTable {
        let bytes: [UInt8]
        private var starts: [Int] = [0]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        }

        var count: Int { starts.count }
        func start(of line: Int) -> Int { starts[line] }
        /// The end of a line's text, before its newline.
        func end(of line: Int) -> Int {
            let next = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            return next > starts[line] && bytes[next - 1] == 0x0A ? next - 1 : next
        }
        func text(_ line: Int) -> String { String(decoding: bytes[start(of: line)..<end(of: line)], as: UTF8.self) }
        func line(containing offset: Int) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }
}
