import Glibc

/// Substring search over raw bytes with glibc's `memmem` (vectorised, and it does not stall on a common
/// first byte the way a `memchr` + `memcmp` loop does on names like `errors`): the gates run over every
/// byte of every file for every rule, so their speed is the walk's floor. Swift's Glibc module does not
/// export `memmem`, so it is looked up once by name; without it (another libc), a `memchr` loop does the
/// same job. Kept here with the other C interop.
enum MemorySearch {
    private typealias MemmemFunction = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    /// `memmem` of the process's C library, or nil.
    private static let memmem: MemmemFunction? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "memmem") else { return nil }
        return unsafeBitCast(symbol, to: MemmemFunction.self)
    }()

    static func contains(_ haystack: ArraySlice<UInt8>, _ pattern: [UInt8]) -> Bool {
        firstIndex(of: pattern, in: haystack) != nil
    }

    /// The index (in the haystack's own indices) of the first occurrence of `pattern`, or nil.
    static func firstIndex(of pattern: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        pattern.withUnsafeBufferPointer { firstIndex(of: $0, in: haystack) }
    }

    /// `firstIndex(of:in:)` for a String's UTF-8, without copying it into an array first (gates call
    /// this with literals for every declaration and call of a package).
    static func firstIndex(of pattern: String, in haystack: ArraySlice<UInt8>) -> Int? {
        var pattern = pattern
        return pattern.withUTF8 { firstIndex(of: $0, in: haystack) }
    }

    static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = pattern.first else { return haystack.startIndex }
        guard pattern.count <= haystack.count else { return nil }
        let search = memmem
        let found: Int? = haystack.withUnsafeBytes { hay in
            let needle = UnsafeRawBufferPointer(pattern)
            guard let base = hay.baseAddress, let needleBase = needle.baseAddress else { return nil }
            let length = needle.count
            if let search {
                return search(base, hay.count, needleBase, length).map { UnsafeRawPointer($0) - base }
            }
            var start = 0
            let last = hay.count - length
            while start <= last {
                guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
                let offset = UnsafeRawPointer(hit) - base
                if memcmp(hit, needleBase, length) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
        return found.map { haystack.startIndex + $0 }
    }

    /// The index of the first `byte` at or after `from` in `bytes` (glibc's vectorised `memchr`), or nil.
    static func firstIndex(ofByte byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base + from, Int32(byte), raw.count - from) else { return nil }
            return UnsafeRawPointer(hit) - base
        }
    }

    /// The index of the first byte at or after `from` that is not ASCII (≥ 0x80), or `bytes.count`: eight bytes
    /// per step, since Go source is almost all ASCII and validation runs over every byte read.
    static func firstNonASCII(in bytes: [UInt8], from: Int) -> Int {
        bytes.withUnsafeBytes { raw -> Int in
            var index = from
            let count = raw.count
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            while index < count, raw[index] < 0x80 { index += 1 }
            return index
        }
    }
}
