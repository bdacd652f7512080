import Foundation

/// JSON-RPC over a byte stream, framed as LSP does: `Content-Length: N\r\n` (other headers ignored),
/// a blank line, then N bytes of JSON.
public enum MessageFraming {
    /// The largest body accepted: a bigger length is a protocol error, not an allocation.
    static let maximumBody = 64 << 20

    public enum Frame: Equatable {
        case message(Data)
        /// A header the framing cannot read; the bytes up to its blank line were skipped.
        case malformed(String)
        /// More bytes are needed.
        case incomplete
    }

    /// Takes one frame off the front of `buffer`.
    public static func next(from buffer: inout Data) -> Frame {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = buffer.range(of: separator) else {
            // A header that never ends is not waited for forever.
            if buffer.count > 8192 { buffer.removeAll(); return .malformed("header longer than 8 KiB") }
            return .incomplete
        }
        let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingCharacters(in: .whitespaces))
        }
        guard let length, length >= 0, length <= maximumBody else {
            buffer.removeSubrange(buffer.startIndex..<end.upperBound)
            return .malformed("missing or invalid Content-Length in header '\(header.prefix(80))'")
        }
        let bodyStart = end.upperBound
        guard buffer.distance(from: bodyStart, to: buffer.endIndex) >= length else { return .incomplete }
        let bodyEnd = buffer.index(bodyStart, offsetBy: length)
        let body = Data(buffer[bodyStart..<bodyEnd])
        buffer.removeSubrange(buffer.startIndex..<bodyEnd)
        return .message(body)
    }

    /// A message with its header.
    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

/// Where the server reads and writes: standard input and output in production, memory in tests.
public protocol MessageTransport: AnyObject {
    /// Appends what is available to `buffer`, blocking until something is (false at end of input).
    func read(into buffer: inout Data) -> Bool
    /// Whether more input can be read without blocking (lets the server skip work a newer message replaces).
    var hasPendingInput: Bool { get }
    func write(_ data: Data)
}
