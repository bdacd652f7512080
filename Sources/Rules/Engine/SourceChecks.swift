/// Checks a file's bytes before parsing: what is not Go source is refused, what is damaged Go source is
/// analysed with a warning. Linear in the file size, no allocation.
enum SourceChecks {
    enum Verdict: Equatable {
        case ok
        /// Not Go source at all: skipped, reported as an error.
        case refuse(String)
        /// Analysed anyway, but reported as an error (the go tool would reject it).
        case damaged(String)
    }

    static func check(_ bytes: [UInt8]) -> Verdict {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .refuse("is empty: a Go file needs a package clause")
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .refuse("contains a NUL byte at line \(line(of: nul, in: bytes)): not Go source (binary file?)")
        }
        if let offset = firstInvalidUTF8(bytes) {
            return .damaged("invalid UTF-8 at line \(line(of: offset, in: bytes)): Go source must be UTF-8; analysed anyway")
        }
        return .ok
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<offset where bytes[index] == 0x0A { line += 1 }
        return line
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index = MemorySearch.firstNonASCII(in: bytes, from: index)
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
