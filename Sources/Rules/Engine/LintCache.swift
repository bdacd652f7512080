import Foundation
import Synchronization

/// Results per package, on disk, so a run over an unchanged tree costs reading and hashing the files.
/// An entry's key covers the package's directory, Go version and files (names and bytes) plus a salt
/// for everything else the results depend on (the tool build, the configuration, the rule set; see
/// `LintSession`). An entry also lists the imported packages the rules consulted, with fingerprints
/// checked on every hit. Entries are written to a temporary file and renamed, so two runs at once never
/// see half an entry; anything that does not decode, or whose key does not match, is ignored and
/// rewritten, never trusted. The directory is pruned, oldest first, to `maximumBytes`.
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
    func key(directory: String, goVersion: GoVersion?, files: [(path: String, bytes: [UInt8])]) -> String {
        var parts = ["\(salt)", directory, goVersion.map { "\($0)" } ?? "-"]
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
        try? AtomicFile.write([UInt8](data), to: file)
    }

    /// Removes the oldest entries until the directory is under `maximumBytes`.
    public func prune() {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return }
        var entries: [(path: String, size: Int, modified: Date)] = []
        var total = 0
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".json") else { continue }
            let path = directory + "/" + relative
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
            let size = attributes[.size] as? Int ?? 0
            entries.append((path, size, attributes[.modificationDate] as? Date ?? .distantPast))
            total += size
        }
        guard total > maximumBytes else { return }
        for entry in entries.sorted(by: { $0.modified < $1.modified }) where total > maximumBytes {
            try? FileManager.default.removeItem(atPath: entry.path)
            total -= entry.size
        }
    }
}
