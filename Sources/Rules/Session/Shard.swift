import Foundation

/// `--shard K/N`: one of N disjoint parts of the packages, for a CI matrix. Each package goes to the
/// shard that ranks it highest (rendezvous hashing of its directory, so the choice does not depend on
/// the other packages) unless that shard is already full: capacity is a little over 1/N of the bytes,
/// so shards stay balanced, and adding a file elsewhere moves at most the packages near a full shard's
/// edge. Every shard computes the same assignment, so the shards' union is exactly the whole run.
public struct Shard: Sendable, Equatable {
    public let index: Int   // 1-based
    public let count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 1,
              index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Headroom over an even split, so rendezvous choices mostly stand.
    static let slack = 1.15

    /// The packages of this shard, in their original order.
    public func select(_ packages: [PackageInput], size: (PackageInput) -> Int = Shard.bytes) -> [PackageInput] {
        guard count > 1 else { return packages }
        let sizes = packages.map { max(1, size($0)) }
        let total = sizes.reduce(0, +)
        let capacity = max(Double(total) / Double(count) * Self.slack, Double(sizes.max() ?? 1))
        var load = [Double](repeating: 0, count: count)
        var assignment = [Int](repeating: 0, count: packages.count)
        // Largest first (ties by directory): big packages take their preferred shard before it fills up.
        let order = packages.indices.sorted { (sizes[$0], packages[$1].directory) > (sizes[$1], packages[$0].directory) }
        for position in order {
            let key = Discovery.displayPath(packages[position].directory)
            let ranked = (0..<count).sorted { (Self.score(key, $0), $0) > (Self.score(key, $1), $1) }
            let shard = ranked.first { load[$0] + Double(sizes[position]) <= capacity }
                ?? (0..<count).min { (load[$0], $0) < (load[$1], $1) }!
            load[shard] += Double(sizes[position])
            assignment[position] = shard
        }
        return packages.indices.filter { assignment[$0] == index - 1 }.map { packages[$0] }
    }

    static func score(_ directory: String, _ shard: Int) -> UInt64 {
        ByteHash.of(directory + "\u{1F}" + String(shard))
    }

    /// A package's size: the bytes of its files on disk (or in memory).
    public static func bytes(_ package: PackageInput) -> Int {
        package.files.reduce(0) { total, file in
            if let contents = file.contents { return total + contents.count }
            return total + (FileStatus.of(file.path)?.size ?? 0)
        }
    }

}
