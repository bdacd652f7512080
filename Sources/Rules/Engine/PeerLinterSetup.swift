import Foundation
import Synchronization
import Yams

/// Which of golangci-lint's linters still run for a directory: read from the nearest golangci-lint configuration
/// (`.golangci.yml`, `.yaml`, `.json` or `.toml`) at or above it, or golangci-lint's defaults when there is none.
///
/// A peer's directive that silences nothing of ours (`//nolint:bodyclose` over a response we see closed) is stale
/// only if that linter no longer runs here: while bodyclose runs, the directive answers bodyclose's own finding
/// (on caddy, whose configuration enables bodyclose, all 11 such directives do), and only golangci-lint can tell
/// whether it is used. After a migration — the linter gone from the configuration, or no configuration left — it
/// silences nothing anywhere (GL001). As golangci-lint's own `nolintlint` does, a linter that did not run is never
/// the reason to keep a directive.
public struct PeerLinterSetup: Sendable, Equatable {
    /// The configuration read (nil: none found, golangci-lint's defaults apply).
    public let configurationPath: String?
    /// The linters that run; nil when every linter may run but those `disabled` (`enable-all`, `default: all` or
    /// `fast`, or a configuration we cannot read: TOML, or invalid YAML/JSON).
    let enabled: Set<String>?
    var disabled: Set<String> = []

    /// golangci-lint's default linters (v1's; v2's `standard` set is the same without gosimple, merged into
    /// staticcheck).
    static let defaults: Set<String> = ["errcheck", "gosimple", "govet", "ineffassign", "staticcheck", "unused"]
    static let fileNames = [".golangci.yml", ".golangci.yaml", ".golangci.json", ".golangci.toml"]

    public func runs(_ linter: String) -> Bool {
        let name = linter.lowercased()
        return enabled?.contains(name) ?? !disabled.contains(name)
    }

    /// Setups by directory, for one run (a `Linter`'s `ImportedDeclarations` holds one): each directory and each
    /// configuration is looked at once, a directory's answer reusing its parent's.
    public final class Lookup: Sendable {
        private let known = Mutex<[String: PeerLinterSetup]>([:])

        public init() {}

        /// The setup for a directory (absolute or relative).
        public func setup(of directory: String) -> PeerLinterSetup {
            setup(ofAbsolute: ProjectPaths.absolute(directory))
        }

        /// The configuration's path and a hash of its bytes, or "-": what a package's cached results depend on.
        public func fingerprint(directory: String) -> String {
            guard let path = setup(of: directory).configurationPath else { return "-" }
            let bytes = (try? SourceReader.read(path)) ?? []
            return path + "=" + String(ByteHash.of(bytes), radix: 16)
        }

        private func setup(ofAbsolute directory: String) -> PeerLinterSetup {
            if let setup = known.withLock({ $0[directory] }) { return setup }
            let separator = directory.hasSuffix("/") ? "" : "/"
            let setup: PeerLinterSetup
            if let name = fileNames.first(where: { FileManager.default.isReadableFile(atPath: directory + separator + $0) }) {
                setup = read(directory + separator + name)
            } else {
                let parent = ProjectPaths.parent(of: directory)
                setup = parent.isEmpty || parent == directory ? PeerLinterSetup(configurationPath: nil, enabled: defaults)
                    : self.setup(ofAbsolute: parent)
            }
            known.withLock { $0[directory] = setup }
            return setup
        }
    }

    static func read(_ path: String) -> PeerLinterSetup {
        let everything = PeerLinterSetup(configurationPath: path, enabled: nil)
        guard !path.hasSuffix(".toml"), let bytes = try? SourceReader.read(path),
              let root = try? Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)) else { return everything }
        let linters = enabledLinters(root)
        return PeerLinterSetup(configurationPath: path, enabled: linters.enabled, disabled: linters.disabled)
    }

    /// The `linters` section of either configuration version (JSON is read as YAML):
    /// v1 `enable-all` / `disable-all` / `enable` / `disable`; v2 `default: standard|all|none|fast`, `enable`, `disable`.
    /// `enabled` is nil when every linter runs but the `disabled` ones.
    static func enabledLinters(_ root: Yams.Node) -> (enabled: Set<String>?, disabled: Set<String>) {
        let linters = root["linters"]
        func names(_ key: String) -> Set<String> {
            Set((linters?[key]?.sequence ?? []).compactMap { $0.string?.lowercased() })
        }
        let base: Set<String>?
        switch linters?["default"]?.string?.lowercased() {
        case "all"?, "fast"?: base = nil
        case "none"?: base = []
        case "standard"?: base = defaults
        default:
            if linters?["enable-all"]?.bool == true { base = nil }
            else if linters?["disable-all"]?.bool == true { base = [] }
            else { base = defaults }
        }
        let disabled = names("disable")
        return (base.map { $0.union(names("enable")).subtracting(disabled) }, disabled)
    }
}
