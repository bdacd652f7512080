import CTreeSitter
import TreeSitterGo

/// The vendored Go grammar and the runtime-compatibility check done at start-up.
public enum GoGrammar {
    /// The grammar as the runtime sees it. `tree_sitter_go` returns a pointer to a static, read-only table
    /// (no ownership, never written after load), so sharing it between worker threads is safe.
    nonisolated(unsafe) static let language: OpaquePointer = tree_sitter_go()

    public struct IncompatibleGrammar: Error, CustomStringConvertible {
        public let grammarVersion: Int
        public let runtimeMin: Int
        public let runtimeMax: Int
        public let unknownNames: [String]
        public var description: String {
            if !unknownNames.isEmpty {
                return "the vendored tree-sitter Go grammar lacks node kinds or fields goleaklint needs: "
                    + unknownNames.joined(separator: ", ") + " (re-run scripts/setup.sh)"
            }
            return "the vendored tree-sitter Go grammar has ABI \(grammarVersion), but the tree-sitter runtime "
                + "accepts \(runtimeMin)...\(runtimeMax): install the grammar pinned in scripts/setup.sh"
        }
    }

    public static var abiVersion: Int { Int(ts_language_version(language)) }

    /// Throws unless the grammar's ABI is inside the runtime's range and every node kind and field the
    /// rules use exists in it. Call once before parsing anything.
    public static func checkCompatibility() throws {
        let minimum = Int(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)
        let maximum = Int(TREE_SITTER_LANGUAGE_VERSION)
        let unknown = Kind.unresolvedNames() + Field.unresolvedNames()
        guard (minimum...maximum).contains(abiVersion), unknown.isEmpty else {
            throw IncompatibleGrammar(grammarVersion: abiVersion, runtimeMin: minimum, runtimeMax: maximum,
                                      unknownNames: unknown)
        }
    }

    static func symbol(named name: String) -> UInt16 {
        name.withCString { ts_language_symbol_for_name(language, $0, UInt32(name.utf8.count), true) }
    }

    static func field(named name: String) -> UInt16 {
        name.withCString { ts_language_field_id_for_name(language, $0, UInt32(name.utf8.count)) }
    }

    static func kindName(_ symbol: UInt16) -> String {
        guard let name = ts_language_symbol_name(language, symbol) else { return "?" }
        return String(cString: name)
    }
}
