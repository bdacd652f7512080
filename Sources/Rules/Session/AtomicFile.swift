import Foundation

/// Whole-file writes that readers never see half done: reports (`--output`) and fixed sources (`--fix`).
public enum AtomicFile {
    /// Writes to a temporary file beside the destination, then renames: readers never see half a report.
    /// A destination that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is
    /// written in place: renaming over it would replace the device itself.
    public static func write(_ contents: [UInt8], to path: String) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot open for writing"])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(contents))
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(contents).write(to: temporary)
            // A rewritten source keeps its permissions (an executable script stays executable).
            if stat(path, &info) == 0 { chmod(temporary.path, info.st_mode & 0o7777) }
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
