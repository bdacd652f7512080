import Foundation
import Synchronization

/// Standard input and output. A reader thread drains stdin into a buffer as fast as it arrives, so the
/// server can tell whether more input is waiting (and skip linting a version a newer edit replaces)
/// without polling a file descriptor.
public final class StandardTransport: MessageTransport, Sendable {
    private struct Input {
        var pending = Data()
        var ended = false
    }
    private let input = Mutex(Input())
    /// Signalled after each chunk (and at the end of input).
    private let arrived = DispatchSemaphore(value: 0)

    public init() {
        let thread = Thread { [self] in
            while true {
                let chunk = FileHandle.standardInput.availableData
                input.withLock { if chunk.isEmpty { $0.ended = true } else { $0.pending.append(chunk) } }
                arrived.signal()
                if chunk.isEmpty { return }
            }
        }
        thread.start()
    }

    public func read(into buffer: inout Data) -> Bool {
        while true {
            let (chunk, ended) = input.withLock { state -> (Data, Bool) in
                defer { state.pending.removeAll(keepingCapacity: true) }
                return (state.pending, state.ended)
            }
            if !chunk.isEmpty { buffer.append(chunk); return true }
            if ended { return false }
            arrived.wait()
        }
    }

    public var hasPendingInput: Bool { input.withLock { !$0.pending.isEmpty } }

    public func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
