/// A minimal JSON value with a deterministic writer: keys keep the order they are given, so reports
/// are byte-identical run to run (Foundation's encoder does not promise key order).
public indirect enum JSONValue: Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact() == b.compact() }

    /// One line, no spaces (JSON Lines).
    public func compact() -> String {
        var out: [UInt8] = []
        write(into: &out, indent: nil, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// One line appended to `out`, for reporters that write many values into one buffer.
    public func compact(appendingTo out: inout [UInt8]) {
        write(into: &out, indent: nil, level: 0)
    }

    /// Two-space indentation (SARIF files are read by people too).
    public func pretty() -> String {
        var out: [UInt8] = []
        write(into: &out, indent: 2, level: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes, not String appends: a report of thousands of findings is millions of small
    /// appends, and bytes cost a tenth of what String's growth and bridging checks do.
    private func write(into out: inout [UInt8], indent: Int?, level: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .string(let value): Self.quote(value, into: &out)
        case .array(let values):
            guard !values.isEmpty else { out += "[]".utf8; return }
            out.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(&out, indent, level + 1)
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(&out, indent, level + 1)
                Self.quote(key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(0x7D)
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * level))
    }

    /// RFC 8259 escaping: quotes, backslashes, control characters (and DEL, U+2028, U+2029); everything else as
    /// UTF-8, copied in runs.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                var escape: String?
                var length = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0..<0x20, 0x7F: escape = "\\u00" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8/A9): valid JSON, but not valid JavaScript string contents.
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                default:
                    break
                }
                if let escape {
                    flush(upTo: index)
                    out += escape.utf8
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush(upTo: bytes.count)
        }
        out.append(0x22)
    }
}
