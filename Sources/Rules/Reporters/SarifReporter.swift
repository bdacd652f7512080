import Foundation

/// SARIF 2.1.0 for GitHub code scanning: one run, full metadata for every enabled rule, results with
/// repository-relative URIs under `%SRCROOT%`, UTF-16 columns, GitHub's line-hash fingerprints, related
/// locations and fixes; unreadable files as tool execution notifications. Suppressed findings are left out.
public struct SarifReporter: Reporter {
    /// The directory URIs are relative to (`%SRCROOT%`): the repository root in CI.
    let sourceRoot: String
    /// `automationDetails.id` (GitHub's category), when given.
    let category: String?
    /// Reads a report path's bytes (from disk, or an editor buffer): needed for columns and fingerprints.
    let readSource: (String) -> [UInt8]?
    /// What relative report paths (and a relative source root) are relative to.
    let workingDirectory: String

    public init(sourceRoot: String, category: String? = nil,
                workingDirectory: String = FileManager.default.currentDirectoryPath,
                readSource: @escaping (String) -> [UInt8]?) {
        self.sourceRoot = sourceRoot
        self.category = category
        self.workingDirectory = workingDirectory
        self.readSource = readSource
    }

    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public func render(_ report: Report) -> String {
        var sources = SourceCache(read: readSource)
        let ruleIndex = Dictionary(report.rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let results = report.findings.filter { !$0.isSuppressed }.map { result($0, ruleIndex: ruleIndex, sources: &sources) }
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string(Project.name)),
                ("semanticVersion", .string(Project.version)),
                ("informationUri", .string(Project.informationURI)),
                ("rules", .array(report.rules.map(Self.rule))),
            ]))])),
        ]
        if let category { run.append(("automationDetails", .object([("id", .string(category))]))) }
        run += [
            ("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(rootURI))]))])),
            ("columnKind", .string("utf16CodeUnits")),
            ("invocations", .array([invocation(report.errors)])),
            ("results", .array(results)),
        ]
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).pretty()
    }

    // MARK: Rules

    static func rule(_ doc: RuleDoc) -> JSONValue {
        let text = "What it does: \(doc.whatItDoes)\n\nWhy is this bad: \(doc.whyIsThisBad)\n\n"
            + "Example:\n\(doc.example)\n\nUse instead:\n\(doc.useInstead)"
        var markdown = "## What it does\n\n\(doc.whatItDoes)\n\n## Why is this bad\n\n\(doc.whyIsThisBad)\n\n"
            + "## Example\n\n```go\n\(doc.example)\n```\n\n## Use instead\n\n```go\n\(doc.useInstead)\n```\n"
        if let notes = doc.goVersionNotes { markdown += "\n## Go versions\n\n\(notes)\n" }
        return .object([
            ("id", .string(doc.code)),
            ("name", .string(doc.name)),
            ("shortDescription", .object([("text", .string(doc.title))])),
            ("fullDescription", .object([("text", .string(String(doc.whatItDoes.prefix(1000))))])),
            ("help", .object([("text", .string(text)), ("markdown", .string(markdown))])),
            ("helpUri", .string(doc.url)),
            ("defaultConfiguration", .object([("level", .string(doc.severity.rawValue))])),
            ("properties", .object([
                ("tags", .array(Array(Set(doc.tags + [doc.category])).sorted().prefix(10).map { .string($0) })),
                ("precision", .string(doc.precision)),
                ("problem.severity", .string(doc.severity == .note ? "recommendation" : doc.severity.rawValue)),
            ])),
        ])
    }

    // MARK: Results

    private func result(_ finding: Finding, ruleIndex: [String: Int], sources: inout SourceCache) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.code))]
        if let index = ruleIndex[finding.code] { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(finding.severity.rawValue)),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(finding.range, sources: &sources))])])),
        ]
        let hash = sources.lineHash(finding.range.path, line: finding.range.start.line)
        var fingerprints: [(String, JSONValue)] = [("primaryLocationLineHash", .string(hash))]
        if let fingerprint = finding.fingerprint { fingerprints.append((Baseline.sarifKey, .string(fingerprint))) }
        members.append(("partialFingerprints", .object(fingerprints)))
        if !finding.related.isEmpty {
            members.append(("relatedLocations", .array(finding.related.enumerated().map { index, related in
                .object([
                    ("id", .int(index + 1)),
                    ("physicalLocation", physicalLocation(related.range, sources: &sources)),
                    ("message", .object([("text", .string(related.message))])),
                ])
            })))
        }
        if let fix = finding.fix {
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string(fix.message))])),
                ("artifactChanges", .array(fix.edits.map { edit in
                    .object([
                        ("artifactLocation", artifactLocation(edit.path)),
                        ("replacements", .array([.object([
                            ("deletedRegion", .object([("byteOffset", .int(edit.startByte)),
                                                       ("byteLength", .int(edit.endByte - edit.startByte))])),
                            ("insertedContent", .object([("text", .string(edit.newText))])),
                        ])])),
                    ])
                })),
            ])])))
        }
        return .object(members)
    }

    private func physicalLocation(_ range: SourceRange, sources: inout SourceCache) -> JSONValue {
        let columns = sources.columns(range.path)
        let startColumn = columns?.utf16Column(line: range.start.line, byteColumn: range.start.column) ?? range.start.column
        var endColumn = columns?.utf16Column(line: range.end.line, byteColumn: range.end.column) ?? range.end.column
        if range.end.line == range.start.line, endColumn < startColumn { endColumn = startColumn }
        return .object([
            ("artifactLocation", artifactLocation(range.path)),
            ("region", .object([
                ("startLine", .int(range.start.line)),
                ("startColumn", .int(startColumn)),
                ("endLine", .int(max(range.end.line, range.start.line))),
                ("endColumn", .int(endColumn)),
            ])),
        ])
    }

    private func artifactLocation(_ path: String) -> JSONValue {
        .object([("uri", .string(relativeURI(path))), ("uriBaseId", .string("%SRCROOT%"))])
    }

    private func invocation(_ errors: [FileError]) -> JSONValue {
        let notifications: [JSONValue] = errors.map { error in
            .object([
                ("level", .string("error")),
                ("message", .object([("text", .string("\(error.path): \(error.cause)"))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifactLocation(error.path))]))])])),
            ])
        }
        return .object([("executionSuccessful", .bool(errors.isEmpty)), ("toolExecutionNotifications", .array(notifications))])
    }

    // MARK: Paths

    private var absoluteRoot: String { absolute(sourceRoot) }

    private var rootURI: String {
        var root = absoluteRoot
        if !root.hasSuffix("/") { root += "/" }
        return "file://" + Self.percentEncoded(root)
    }

    /// A report path as a forward-slash URI relative to the source root (`..` only for files outside it).
    func relativeURI(_ path: String) -> String {
        let file = absolute(path).split(separator: "/")
        let root = absoluteRoot.split(separator: "/")
        var common = 0
        while common < min(file.count, root.count), file[common] == root[common] { common += 1 }
        let parts = Array(repeating: "..", count: root.count - common) + file[common...].map(String.init)
        return Self.percentEncoded(parts.joined(separator: "/"))
    }

    func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return URL(fileURLWithPath: base).standardizedFileURL.path
    }

    /// RFC 3986: keep unreserved characters and `/`; encode the rest (spaces, `%`, non-ASCII).
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Reads each source once per report, and derives its line hashes and column tables lazily.
struct SourceCache {
    let read: (String) -> [UInt8]?
    private var bytes: [String: [UInt8]?] = [:]
    private var hashes: [String: [Int: String]] = [:]
    private var columnTables: [String: SourceColumns] = [:]

    init(read: @escaping (String) -> [UInt8]?) { self.read = read }

    mutating func source(_ path: String) -> [UInt8]? {
        if let cached = bytes[path] { return cached }
        let loaded = read(path)
        bytes[path] = loaded
        return loaded
    }

    mutating func columns(_ path: String) -> SourceColumns? {
        if let table = columnTables[path] { return table }
        guard let source = source(path) else { return nil }
        let table = SourceColumns(source)
        columnTables[path] = table
        return table
    }

    /// GitHub's hash of a line; for an unreadable file, a stable stand-in from the path and line.
    mutating func lineHash(_ path: String, line: Int) -> String {
        if hashes[path] == nil { hashes[path] = source(path).map(LineHash.hashes(of:)) ?? [:] }
        return hashes[path]?[line] ?? "0:\(line)"
    }
}
