import Foundation

/// A transport over bytes in memory: the input is handed out in chunks of `chunkSize` (so framing is
/// exercised across reads), everything written is kept. For tests and the fuzzer.
public final class MemoryTransport: MessageTransport {
    private var input: Data
    private let chunkSize: Int
    public private(set) var output = Data()

    public init(input: Data, chunkSize: Int = 4096) {
        self.input = input
        self.chunkSize = max(1, chunkSize)
    }

    public func read(into buffer: inout Data) -> Bool {
        guard !input.isEmpty else { return false }
        let count = min(chunkSize, input.count)
        buffer.append(input.prefix(count))
        input.removeFirst(count)
        return true
    }

    public var hasPendingInput: Bool { !input.isEmpty }

    public func write(_ data: Data) { output.append(data) }

    /// The messages written, decoded.
    public var messages: [[String: Any]] {
        var buffer = output
        var messages: [[String: Any]] = []
        while case .message(let body) = MessageFraming.next(from: &buffer) {
            if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] { messages.append(object) }
        }
        return messages
    }
}
