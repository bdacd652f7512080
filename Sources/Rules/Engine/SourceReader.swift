import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a source file safely: never blocks on a FIFO or device, refuses directories and huge files,
/// and turns every failure into a one-line cause.
public enum SourceReader {
    public struct Failure: Error, CustomStringConvertible {
        public let cause: String
        public var description: String { cause }
    }

    /// Files above this size are refused (a 20 MB generated file is fine; a 2 GB one is not source).
    public static let maximumSize = 64 * 1024 * 1024

    public static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(cause: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(cause: String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(cause: "is a directory")
        case S_IFIFO: throw Failure(cause: "is a FIFO, not a regular file")
        default: throw Failure(cause: "is not a regular file")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw Failure(cause: "is larger than \(maximumSize / 1024 / 1024) MiB")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(cause: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
            if filled > maximumSize { throw Failure(cause: "is larger than \(maximumSize / 1024 / 1024) MiB") }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
