/// One parsed Go file with everything rules may ask about it. Built once per file by the linter.
public final class GoFile {
    /// The path as reports show it (relative to the working directory).
    public let path: String
    public let tree: Tree
    public let packageName: String
    public let imports: ImportTable
    public let goVersion: GoVersion?
    public let isTest: Bool
    public let isGenerated: Bool

    public var source: [UInt8] { tree.source }
    public var root: Node { tree.root }
    /// Whether the file uses cgo (`import "C"`).
    public var isCgo: Bool { imports.imports("C") }

    public init(path: String, tree: Tree, goVersion: GoVersion?) {
        self.path = path
        self.tree = tree
        self.goVersion = goVersion
        self.isTest = FileClassification.isTest(path: path)
        self.isGenerated = FileClassification.isGenerated(tree.source)
        let root = tree.root
        self.imports = ImportTable.read(from: root)
        var name = ""
        // The package clause comes first (after comments): stop at it, or at the first declaration.
        root.forEachNamedChildWhile { child in
            if child.is(Kind.packageClause) {
                name = child.namedChildren.first(where: { $0.is(Kind.packageIdentifier) })?.text ?? ""
                return false
            }
            return child.is(Kind.comment) || child.isError
        }
        self.packageName = name
    }

    /// The location of a node, as findings carry it.
    public func range(of node: Node) -> SourceRange {
        SourceRange(path: path, start: node.start, end: node.end, startByte: node.startByte, endByte: node.endByte)
    }
}

/// A span of a file: what findings, related locations and package facts store (never nodes, whose
/// trees are freed once a file is walked).
public struct SourceRange: Hashable, Comparable, Sendable, Codable {
    public var path: String
    public var start: SourcePosition
    public var end: SourcePosition
    public var startByte: Int
    public var endByte: Int

    public init(path: String, start: SourcePosition, end: SourcePosition, startByte: Int, endByte: Int) {
        self.path = path; self.start = start; self.end = end; self.startByte = startByte; self.endByte = endByte
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.path, a.start.line, a.start.column, a.end.line, a.end.column)
            < (b.path, b.start.line, b.start.column, b.end.line, b.end.column)
    }
}
