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
}
