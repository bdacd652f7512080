/// Substring search over raw source bytes: the cheap gates that keep rules from walking packages that
/// cannot trigger them. Scans for the first byte, then compares; linear for source-like text.
public enum ByteSearch {
    public static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        contains(haystack[...], needle)
    }

    /// The index of the first occurrence of `needle` (in the haystack's own indices), or nil.
    public static func firstIndex(of needle: String, in haystack: ArraySlice<UInt8>) -> Int? {
        MemorySearch.firstIndex(of: needle, in: haystack)
    }

    /// Whether `text` contains `needle`, comparing UTF-8 bytes (no Foundation, no locale: this runs for
    /// every parameter of every function in the tracker rules).
    public static func contains(text: String, _ needle: String) -> Bool {
        let hay = text.utf8, pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var index = hay.startIndex
        while let hit = hay[index...].firstIndex(of: first) {
            if hay[hit...].starts(with: pattern) { return true }
            index = hay.index(after: hit)
        }
        return false
    }

    /// Every start offset of `needle` in `haystack`, in order (overlapping hits included).
    public static func offsets(of needle: String, in haystack: [UInt8]) -> [Int] {
        var result: [Int] = []
        var from = 0
        while from < haystack.count, let hit = MemorySearch.firstIndex(of: needle, in: haystack[from...]) {
            result.append(hit)
            from = hit + 1
        }
        return result
    }

    /// A byte that may continue a Go identifier (ASCII letters, digits, `_`, and any byte of a non-ASCII letter).
    public static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: String) -> Bool {
        MemorySearch.firstIndex(of: needle, in: haystack) != nil
    }

    /// The lines of top-level `var` declarations: `var x …` at column 0, and every line of a
    /// `var (` block up to its closing `)` at column 0.
    public static func packageVarLines(_ source: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var inBlock = false
        var start = 0
        let count = source.count
        while start < count {
            let end = MemorySearch.firstIndex(ofByte: 0x0A, in: source, from: start) ?? count
            let line = source[start..<end]
            if inBlock {
                if line.first == 0x29 { inBlock = false } else { lines.append(line) }  // ")"
            } else if line.starts(with: [0x76, 0x61, 0x72]) {  // "var"
                let rest = line.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 }
                if rest.first == 0x28 { inBlock = true; lines.append(rest.dropFirst()) } else { lines.append(line) }  // "("
            }
            start = end + 1
        }
        return lines
    }
}
