import Foundation

/// What the C functions defined in a cgo preamble (the comment right above `import "C"`) do with their
/// pointer parameters: free them, or take ownership (store them in a static or global, a struct field,
/// or hand them to an API together with `free` as the destructor). Lexical: enough for the small
/// wrappers cgo bindings define (`static void take_text(char *s) { free(held); held = s; }`).
public struct CgoPreamble: Sendable {
    public enum ParameterFate: Sendable { case frees, takesOwnership }

    /// C function name → parameter index → what happens to it.
    public private(set) var functions: [String: [Int: ParameterFate]] = [:]

    public init() {}

    /// The preamble of a cgo file: the comments directly above `import "C"`.
    public init(file: GoFile) {
        self.init(source: file.isCgo ? Self.preambleText(of: file) : "")
    }

    private static func preambleText(of file: GoFile) -> String {
        var comments: [Node] = []
        for child in file.root.namedChildren {
            if child.is(Kind.comment) { comments.append(child); continue }
            if child.is(Kind.importDeclaration), importsC(child) {
                return comments.map { commentBody($0.text) }.joined(separator: "\n")
            }
            comments = []
        }
        return ""
    }

    public init(source: String) {
        let text = source as NSString
        let definition = try! NSRegularExpression(pattern: #"\b([A-Za-z_]\w*)\s*\(([^()]*)\)\s*\{"#)
        for match in definition.matches(in: source, range: NSRange(location: 0, length: text.length)) {
            let name = text.substring(with: match.range(at: 1))
            guard !["if", "for", "while", "switch", "return", "sizeof"].contains(name) else { continue }
            guard let body = Self.body(in: text, openingBraceAt: match.range.location + match.range.length - 1) else { continue }
            let parameters = text.substring(with: match.range(at: 2)).split(separator: ",").map(String.init)
            let destructorFree = body.range(of: #"(&\s*free\b|[,(]\s*free\s*[,)]|\(\s*\w+\s*\)\s*free\b)"#,
                                            options: .regularExpression) != nil
            var fates: [Int: ParameterFate] = [:]
            for (index, parameter) in parameters.enumerated() where parameter.contains("*") {
                guard let name = parameter.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).last
                    .map(String.init) else { continue }
                let word = NSRegularExpression.escapedPattern(for: name)
                if body.range(of: #"\bfree\s*\(\s*(\([^()]*\)\s*)?"# + word + #"\s*\)"#, options: .regularExpression) != nil {
                    fates[index] = .frees
                } else if body.range(of: #"[\w\]\)>.]\s*=\s*(\([^()]*\)\s*)?"# + word + #"\s*;"#, options: .regularExpression) != nil
                            || (destructorFree && body.range(of: #"\b"# + word + #"\b"#, options: .regularExpression) != nil) {
                    fates[index] = .takesOwnership
                }
            }
            if !fates.isEmpty { functions[name] = fates }
        }
    }

    /// Whether C function `name` frees or keeps its argument `index`.
    public func takesOwnership(_ name: String, argument index: Int) -> Bool {
        functions[name]?[index] != nil
    }

    private static func importsC(_ declaration: Node) -> Bool {
        var found = false
        TreeWalk.forEach(declaration) { node in
            if node.is(Kind.interpretedStringLiteral), node.textEquals("\"C\"") { found = true }
            return !found
        }
        return found
    }

    private static func commentBody(_ text: String) -> String {
        if text.hasPrefix("/*") { return String(text.dropFirst(2).dropLast(2)) }
        return String(text.dropFirst(2))
    }

    /// The text between the brace at `open` and its match.
    private static func body(in text: NSString, openingBraceAt open: Int) -> String? {
        var depth = 0
        var index = open
        while index < text.length {
            let character = text.character(at: index)
            if character == 0x7B { depth += 1 }
            if character == 0x7D { depth -= 1; if depth == 0 { return text.substring(with: NSRange(location: open + 1, length: index - open - 1)) } }
            index += 1
        }
        return nil
    }
}
