import Foundation

/// A file's size, modification time and kind from one `stat` call, following symlinks (an edit to a link's
/// target must count as an edit). Foundation's `attributesOfItem` reads the link itself and looks up the
/// owner's and group's names in the password database on every call: slow over thousands of files, and a
/// static executable cannot consult that database reliably at all.
public struct FileStatus: Equatable, Sendable {
    public let size: Int
    /// Modification time in nanoseconds since the epoch.
    public let modified: Int64
    public let isRegular: Bool

    public static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStatus(size: Int(info.st_size), modified: nanoseconds, isRegular: info.st_mode & S_IFMT == S_IFREG)
    }

    /// "size mtime", the part of a fingerprint line that changes when the file does.
    public var fingerprint: String { "\(size) \(modified)" }
}
