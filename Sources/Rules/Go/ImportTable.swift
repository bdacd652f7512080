/// The imports of one file: which local name refers to which package path.
public struct ImportTable: Sendable {
    /// Local name → import path, for ordinary and aliased imports.
    public private(set) var pathByName: [String: String] = [:]
    /// Paths imported with `.` (their names are used unqualified).
    public private(set) var dotImports: Set<String> = []
    /// Every imported path, whatever its form (blank imports included).
    public private(set) var paths: Set<String> = []

    public init() {}

    public init(_ entries: [(name: String?, path: String)]) {
        for entry in entries { add(name: entry.name, path: entry.path) }
    }

    mutating func add(name: String?, path: String) {
        paths.insert(path)
        switch name {
        case "_": break
        case ".": dotImports.insert(path)
        case let alias?: pathByName[alias] = path
        case nil: pathByName[Self.defaultName(of: path)] = path
        }
    }

    public func imports(_ path: String) -> Bool { paths.contains(path) }

    /// The import path a local package name refers to, if it is one.
    public func path(forName name: String) -> String? { pathByName[name] }

    /// The name an import without alias is assumed to have, as goimports assumes it (and goimports writes an
    /// alias whenever the package's real name differs, so formatted code agrees): the last path element,
    /// skipping a major-version suffix (`github.com/x/y/v2` → `y`), without a `go-` prefix
    /// (`github.com/hashicorp/go-dbw` → `dbw`), cut at the first byte that cannot be in an identifier
    /// (`gopkg.in/yaml.v3` → `yaml`, `github.com/x/client-go` → `client`).
    public static func defaultName(of path: String) -> String {
        var elements = path.split(separator: "/").map(String.init)
        if elements.count > 1, let last = elements.last, last.first == "v", last.dropFirst().allSatisfy(\.isNumber),
           last.count > 1 {
            elements.removeLast()
        }
        var name = Substring(elements.last ?? path)
        if name.hasPrefix("go-") { name = name.dropFirst(3) }
        if let cut = name.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) { name = name[..<cut] }
        return String(name)
    }

    /// Reads the import declarations at the top of a file.
    public static func read(from root: Node) -> ImportTable {
        var table = ImportTable()
        // Imports come before every other declaration (Go's rule): the scan stops at the first one, so a
        // file with thousands of declarations costs its header, not its length.
        var declarations: [Node] = []
        root.forEachNamedChildWhile { child in
            if child.is(Kind.importDeclaration) { declarations.append(child) }
            return child.is(Kind.importDeclaration) || child.is(Kind.packageClause) || child.is(Kind.comment) || child.isError
        }
        for declaration in declarations {
            var specs: [Node] = []
            for child in declaration.namedChildren {
                if child.is(Kind.importSpec) { specs.append(child) }
                if child.is(Kind.importSpecList) { specs += child.namedChildren.filter { $0.is(Kind.importSpec) } }
            }
            for spec in specs {
                guard let pathNode = spec.child(Field.path) else { continue }
                let path = GoText.stringLiteralValue(pathNode)
                let name = spec.child(Field.name)?.text
                table.add(name: name, path: path)
            }
        }
        return table
    }
}
