/// FNV-1a over bytes: a stable (seedless) hash for names, so a name seen as bytes in the tree and the
/// same name as a String hash equal.
public enum ByteHash {
    @inline(__always)
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func of(_ text: String) -> UInt64 { of(text.utf8) }
}
