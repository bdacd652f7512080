/// Substring search over raw source bytes: the cheap gates that keep rules from walking packages that
/// cannot trigger them. Scans for the first byte, then compares; linear for source-like text.
public enum ByteSearch {
    public static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let count = haystack.count, length = pattern.count
        guard length <= count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            var index = 0
            let last = count - length
            while index <= last {
                if hay[index] == first {
                    var offset = 1
                    while offset < length, hay[index + offset] == pattern[offset] { offset += 1 }
                    if offset == length { return true }
                }
                index += 1
            }
            return false
        }
    }
}
