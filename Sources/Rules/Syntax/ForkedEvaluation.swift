#if canImport(Glibc)
import Glibc
#endif

/// Runs work on a copy of this process (`fork`): the child does the work on the copy-on-write image of every
/// object the parent holds, sends its answer back through a pipe and exits, and the parent's objects stay as
/// they were. The editor keeps a package's analyses after walking every file but the open buffer; each
/// keystroke walks the buffer on a copy, so the kept state is never touched and needs no deep copy of its own.
///
/// Call only while this thread is the only one running Swift code (the child has only this thread: a lock
/// another thread held at the fork would never be released there). The language server's stdin reader wakes
/// now and then; should a child ever wait on a lock it held, the timeout (a walk of one file takes well under a
/// second) ends it and the caller walks in place.
enum ForkedEvaluation {
    /// The child's answer, or nil when no copy could be made, it failed, or it did not answer within `timeout`
    /// seconds (the caller then does the work itself).
    static func run(timeout: Int32 = 5, _ work: () -> [UInt8]) -> [UInt8]? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let child = fork()
        if child < 0 {
            close(ends[0]); close(ends[1])
            return nil
        }
        if child == 0 {
            close(ends[0])
            let answer = work()
            var length = UInt64(answer.count)
            let header = withUnsafeBytes(of: &length) { Array($0) }
            let ok = writeAll(ends[1], header) && writeAll(ends[1], answer)
            // _exit: no atexit handlers, no flush of buffers the parent also holds (its stdout).
            _exit(ok ? 0 : 1)
        }
        close(ends[1])
        defer { close(ends[0]) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var timedOut = false
        while true {
            var poller = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeout * 1000)
            if ready == 0 { timedOut = true; break }
            if ready < 0 { if errno == EINTR { continue }; timedOut = true; break }
            let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; break }
            if count == 0 { break }
            received += chunk[0..<count]
        }
        if timedOut { kill(child, SIGKILL) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        guard !timedOut, status == 0, received.count >= 8 else { return nil }
        let length = received[0..<8].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        guard UInt64(received.count - 8) == length else { return nil }
        return Array(received[8...])
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 { if errno == EINTR { continue }; return false }
            offset += written
        }
        return true
    }
}
