import Foundation

/// Whole-file writes that readers never see half done: reports (`--output`), baselines and fixed sources (`--fix`).
public enum AtomicFile {
    /// Why a write failed, in words a user can act on ("the directory out/ does not exist"), without the path:
    /// callers say "cannot write PATH: \(failure)".
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes to a temporary file beside the destination, then renames: readers never see half a report.
    /// A destination that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is
    /// written in place: renaming over it would replace the device itself.
    /// A symbolic link is written through: its target gets the contents and the link stays a link (`--fix` on a
    /// linked source must fix the file the link points to, not replace the link with a copy).
    public static func write(_ contents: [UInt8], to path: String) throws {
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { throw failure(errno) }
            defer { free(resolved) }
            return try write(contents, to: String(cString: resolved))
        }
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw Failure(description: "it is a directory") }
            if info.st_mode & S_IFMT != S_IFREG {
                let descriptor = open(path, O_WRONLY)
                guard descriptor >= 0 else { throw failure(errno) }
                defer { close(descriptor) }
                try writeAll(contents, to: descriptor)
                return
            }
        }
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        let name = (path as NSString).lastPathComponent
        var directoryInfo = stat()
        guard stat(directory, &directoryInfo) == 0 else { throw Failure(description: "the directory \(directory) does not exist") }
        guard directoryInfo.st_mode & S_IFMT == S_IFDIR else { throw Failure(description: "\(directory) is not a directory") }
        let temporary = directory + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
        // A rewritten source keeps its permissions (an executable script stays executable).
        let mode = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw failure(errno) }
        do {
            try writeAll(contents, to: descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        fchmod(descriptor, mode)  // the umask narrowed open's mode
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let cause = failure(errno)
            unlink(temporary)
            throw cause
        }
    }

    private static func writeAll(_ contents: [UInt8], to descriptor: Int32) throws {
        var offset = 0
        while offset < contents.count {
            let written = contents[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            offset += written
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case EACCES, EPERM: return Failure(description: "permission denied")
        case ENOSPC: return Failure(description: "no space left on the device")
        case EROFS: return Failure(description: "the file system is read-only")
        default: return Failure(description: String(cString: strerror(code)).lowercased())
        }
    }
}
