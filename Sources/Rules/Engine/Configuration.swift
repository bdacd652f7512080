import Foundation
import Yams

/// `.goleaklint.yml`: rule selection, per-rule options and severities, path exclusions, and defaults for
/// flags. Read with Yams into a node tree so every error names the file, line and key. The file is data
/// only: nothing in it is executed.
public struct Configuration: Sendable {
    public struct Exclusion: Sendable {
        public let glob: String
        public let rules: [String]
        let pattern: NSRegularExpression
    }

    public static let fileName = ".goleaklint.yml"
    public static let topLevelKeys = ["select", "ignore", "rules", "exclude", "tests", "include-generated", "go-version",
                                      "once-per-process"]

    public var path: String?
    public var select: [String]?
    public var ignore: [String] = []
    public var ruleOptions: [String: RuleOptions] = [:]
    public var exclusions: [Exclusion] = []
    public var tests: Bool?
    public var includeGenerated: Bool?
    public var goVersion: GoVersion?
    /// What resource leaks in code that runs once per process become (`OncePerProcess`); nil: `note`.
    public var oncePerProcess: OncePerProcessPolicy?

    public init() {}

    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let line: Int?
        public let message: String
        public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
    }

    /// The nearest `.goleaklint.yml` in `directory` or above it.
    public static func find(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    public static func load(path: String) throws -> Configuration {
        let bytes: [UInt8]
        do { bytes = try SourceReader.read(path) } catch {
            throw Failure(path: path, line: nil, message: "cannot read configuration: \(error)")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        let root: Yams.Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw Failure(path: path, line: Self.line(of: error), message: "invalid YAML: \(Self.summary(of: error))")
        }
        guard let root else { return configuration }  // an empty file is an empty configuration
        let reader = Reader(path: path)
        guard let mapping = root.mapping else { throw reader.failure(root, "the configuration must be a mapping of keys") }
        for (keyNode, value) in mapping {
            let key = try reader.string(keyNode, what: "key")
            switch key {
            case "select": configuration.select = try reader.selectors(value, key: key)
            case "ignore": configuration.ignore = try reader.selectors(value, key: key)
            case "rules": configuration.ruleOptions = try reader.ruleOptions(value)
            case "exclude": configuration.exclusions = try reader.exclusions(value)
            case "tests": configuration.tests = try reader.bool(value, key: key)
            case "include-generated": configuration.includeGenerated = try reader.bool(value, key: key)
            case "once-per-process":
                let text = try reader.string(value, what: "once-per-process")
                guard let policy = OncePerProcessPolicy(rawValue: text) else {
                    throw reader.failure(value, "once-per-process must be warning, note or off, got '\(text)'")
                }
                configuration.oncePerProcess = policy
            case "go-version":
                let text = try reader.string(value, what: "go-version")
                guard let version = GoVersion(text) else { throw reader.failure(value, "go-version must look like 1.N, got '\(text)'") }
                configuration.goVersion = version
            default:
                throw reader.failure(keyNode, "unknown key '\(key)' (known: \(topLevelKeys.joined(separator: ", ")))")
            }
        }
        return configuration
    }

    /// Whether an `exclude` entry drops this finding. Globs are relative to the configuration file's directory
    /// (not the current one), so a run from a subdirectory, a CI `working-directory:` and the editor all exclude
    /// the same files; a finding outside that directory is never excluded by it.
    public func excludes(_ finding: Finding, workingDirectory: String = FileManager.default.currentDirectoryPath) -> Bool {
        guard !exclusions.isEmpty else { return false }
        var path = finding.range.path
        if let configurationPath = self.path {
            let base = (ProjectPaths.absolute(configurationPath, workingDirectory: workingDirectory) as NSString).deletingLastPathComponent
            guard let inside = ProjectPaths.relative(ProjectPaths.absolute(path, workingDirectory: workingDirectory), to: base) else { return false }
            path = inside
        }
        return exclusions.contains { exclusion in
            let matches = exclusion.pattern.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
            guard matches else { return false }
            let doc = Registry.rule(named: finding.code)?.doc
            return exclusion.rules.isEmpty || exclusion.rules.contains { selector in doc.map { Registry.selector(selector, matches: $0) } ?? false }
        }
    }

    /// `*` matches within a path element, `**` across elements, `?` one character.
    static func globPattern(_ glob: String) -> NSRegularExpression? {
        var pattern = "^"
        var characters = Array(glob)
        if glob.hasPrefix("./") { characters.removeFirst(2) }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*" {
                if index + 1 < characters.count, characters[index + 1] == "*" {
                    pattern += ".*"
                    index += 1
                    if index + 1 < characters.count, characters[index + 1] == "/" { index += 1; pattern += "/?" }
                } else {
                    pattern += "[^/]*"
                }
            } else if character == "?" {
                pattern += "[^/]"
            } else {
                pattern += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        // A directory glob covers everything below it.
        pattern += "(/.*)?$"
        return try? NSRegularExpression(pattern: pattern)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }

    /// Typed reads of YAML nodes, each failure naming the file, line and key.
    private struct Reader {
        let path: String

        func failure(_ node: Yams.Node, _ message: String) -> Failure {
            Failure(path: path, line: node.mark?.line, message: message)
        }

        func string(_ node: Yams.Node, what: String) throws -> String {
            guard let scalar = node.scalar else { throw failure(node, "\(what) must be a string") }
            return scalar.string
        }

        func bool(_ node: Yams.Node, key: String) throws -> Bool {
            guard let value = node.bool else { throw failure(node, "\(key) must be true or false") }
            return value
        }

        func strings(_ node: Yams.Node, key: String) throws -> [String] {
            if let scalar = node.scalar { return scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            guard let sequence = node.sequence else { throw failure(node, "\(key) must be a list of strings") }
            return try sequence.map { try string($0, what: "an entry of \(key)") }
        }

        func selectors(_ node: Yams.Node, key: String) throws -> [String] {
            let list = try strings(node, key: key)
            if let unknown = list.first(where: { !Registry.isKnownSelector($0) }) {
                throw failure(node, "\(key): unknown rule '\(unknown)'")
            }
            return list
        }

        func ruleOptions(_ node: Yams.Node) throws -> [String: RuleOptions] {
            guard let mapping = node.mapping else { throw failure(node, "rules must map rule codes to options") }
            var result: [String: RuleOptions] = [:]
            for (keyNode, value) in mapping {
                let name = try string(keyNode, what: "a rule code")
                guard let rule = Registry.rule(named: name) else { throw failure(keyNode, "rules: unknown rule '\(name)'") }
                let doc = rule.doc
                let known = doc.options.map { String($0.prefix { $0 != ":" }) }
                guard let settings = value.mapping else { throw failure(value, "rules.\(name) must be a mapping of options") }
                var options = RuleOptions()
                for (optionNode, optionValue) in settings {
                    let option = try string(optionNode, what: "an option name")
                    if option == "severity" {
                        let text = try string(optionValue, what: "severity")
                        guard let severity = Severity(rawValue: text) else {
                            throw failure(optionValue, "rules.\(name).severity must be error, warning or note, got '\(text)'")
                        }
                        options.severity = severity
                    } else if known.contains(option) {
                        options.lists[option] = try strings(optionValue, key: "rules.\(name).\(option)")
                    } else {
                        let valid = (["severity"] + known).joined(separator: ", ")
                        throw failure(optionNode, "rules.\(name): unknown option '\(option)' (known: \(valid))")
                    }
                }
                result[doc.code] = options
            }
            return result
        }

        func exclusions(_ node: Yams.Node) throws -> [Exclusion] {
            guard let sequence = node.sequence else { throw failure(node, "exclude must be a list of {path, rules}") }
            return try sequence.map { entry in
                guard let mapping = entry.mapping else { throw failure(entry, "each exclude entry must be a mapping with 'path'") }
                var glob: String?
                var rules: [String] = []
                for (keyNode, value) in mapping {
                    let key = try string(keyNode, what: "key")
                    switch key {
                    case "path": glob = try string(value, what: "exclude.path")
                    case "rules": rules = try selectors(value, key: "exclude.rules")
                    default: throw failure(keyNode, "exclude: unknown key '\(key)' (known: path, rules)")
                    }
                }
                guard let glob else { throw failure(entry, "exclude entry needs a 'path' glob") }
                guard let pattern = Configuration.globPattern(glob) else { throw failure(entry, "exclude.path '\(glob)' is not a valid glob") }
                return Exclusion(glob: glob, rules: rules, pattern: pattern)
            }
        }
    }
}
