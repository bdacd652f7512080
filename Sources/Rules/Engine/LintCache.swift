import Foundation
import Synchronization

/// Results per package, on disk, so a run over an unchanged tree costs reading and hashing the files.
/// An entry's key covers the package's directory, Go version and files (names and bytes) plus a salt
/// for everything else the results depend on (the tool build, the configuration, the rule set; see
/// `LintSession`). An entry also lists the imported packages the rules consulted, with fingerprints
/// checked on every hit. Entries are written to a temporary file and renamed, so two runs at once never
/// see half an entry; anything that does not decode, or whose key does not match, is ignored and
/// rewritten, never trusted. The directory is pruned, oldest first, to `maximumBytes` (see `prune`): a
/// lookup is by key only, so a warm run costs the same with ten entries or with ten thousand.
public final class LintCache: Sendable {
    struct Entry: Codable {
        let key: String
        let findings: [Finding]
        let errors: [FileError]
        /// Import path → `ImportedDeclarations.dependencyFingerprint` when the entry was made.
        let dependencies: [String: UInt64]
    }

    public let directory: String
    let salt: UInt64
    let maximumBytes: Int
    private let counters = Mutex((hits: 0, misses: 0))
    /// Bytes of the entries this run wrote: what `prune` adds to the directory's running total.
    private let bytesWritten = Mutex(0)

    public init(directory: String, salt: UInt64, maximumBytes: Int = 256 << 20) {
        self.directory = directory
        self.salt = salt
        self.maximumBytes = maximumBytes
    }

    /// The default directory: `$XDG_CACHE_HOME/goleaklint`, or `$HOME/.cache/goleaklint`; nil (no
    /// cache) when neither is set, as under `env -i` (the password database is not consulted: a static
    /// binary cannot).
    public static var defaultDirectory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return base + "/goleaklint" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/goleaklint" }
        return nil
    }

    public var hits: Int { counters.withLock { $0.hits } }
    public var misses: Int { counters.withLock { $0.misses } }

    /// The key of one package's inputs.
    func key(directory: String, module: String = "-", goVersion: GoVersion?, files: [(path: String, bytes: [UInt8])]) -> String {
        var parts = ["\(salt)", directory, module, goVersion.map { "\($0)" } ?? "-"]
        for file in files { parts.append(file.path + "=" + String(ByteHash.of(file.bytes), radix: 16) + ":\(file.bytes.count)") }
        let joined = parts.joined(separator: "\u{1F}")
        // Two independent 64-bit hashes: a collision would have to hit both.
        return String(ByteHash.of(joined), radix: 16) + String(ByteHash.of(String(joined.reversed())), radix: 16)
    }

    private func path(for key: String) -> String { directory + "/" + String(key.prefix(2)) + "/" + key + ".json" }

    /// The entry for `key`, when present, intact and still valid for its dependencies.
    func load(_ key: String, fingerprint: (String) -> UInt64) -> Entry? {
        let file = path(for: key)
        guard let data = FileManager.default.contents(atPath: file) else {
            counters.withLock { $0.misses += 1 }
            return nil
        }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key,
              entry.dependencies.allSatisfy({ fingerprint($0.key) == $0.value }) else {
            try? FileManager.default.removeItem(atPath: file)  // corrupt, foreign or stale: rewritten after this run
            counters.withLock { $0.misses += 1 }
            return nil
        }
        counters.withLock { $0.hits += 1 }
        return entry
    }

    func store(_ entry: Entry) {
        let file = path(for: entry.key)
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard (try? AtomicFile.write([UInt8](data), to: file)) != nil else { return }
        bytesWritten.withLock { $0 += data.count }
    }

    /// Keeps the directory under `maximumBytes` without looking at every entry on every run (with 25 000 entries
    /// that look cost seconds per run): a run that wrote nothing does nothing; a run that wrote adds its bytes to
    /// a running total kept in one small file, and only when that total passes the bound — or when the file is
    /// missing, or every `recountInterval` writing runs, since concurrent runs can lose each other's additions —
    /// are the entries listed, the oldest removed, and the true total written back.
    public func prune() {
        let written = bytesWritten.withLock { $0 }
        guard written > 0 else { return }
        let indexPath = directory + "/" + Self.sizeIndexName
        let recorded = (try? String(contentsOfFile: indexPath, encoding: .utf8))
            .map { $0.split(whereSeparator: \.isWhitespace).compactMap { Int($0) } } ?? []
        var total: Int
        var runs: Int
        if recorded.count == 2, recorded[1] < Self.recountInterval, recorded[0] + written <= maximumBytes {
            total = recorded[0] + written
            runs = recorded[1] + 1
        } else {
            total = removeOldestEntries()
            runs = 0
        }
        try? AtomicFile.write(Array("\(total) \(runs)\n".utf8), to: indexPath)
    }

    static let sizeIndexName = "size"
    static let recountInterval = 64

    /// Lists every entry, removes the oldest until the directory is under `maximumBytes`, and returns what is left.
    private func removeOldestEntries() -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return 0 }
        var entries: [(path: String, size: Int, modified: Int64)] = []
        var total = 0
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".json") else { continue }
            let path = directory + "/" + relative
            guard let status = FileStatus.of(path) else { continue }
            entries.append((path, status.size, status.modified))
            total += status.size
        }
        guard total > maximumBytes else { return total }
        for entry in entries.sorted(by: { ($0.modified, $0.path) < ($1.modified, $1.path) }) where total > maximumBytes {
            try? FileManager.default.removeItem(atPath: entry.path)
            total -= entry.size
        }
        return total
    }
}
