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

    /// The preambles of every cgo file of a package, read from bytes before any parse: C functions
    /// defined in one file's preamble are callable from the package's other cgo files (go-sqlite3's
    /// `_sqlite3_result_text`). Everything before `import "C"` is read: the package clause and
    /// comments hold no C function definitions besides the preamble's.
    public init(packageSources: [[UInt8]]) {
        var text = ""
        for source in packageSources {
            guard let end = ByteSearch.firstIndex(of: "import \"C\"", in: source[...]) else { continue }
            text += String(decoding: source[..<end], as: UTF8.self) + "\n"
        }
        self.init(source: text)
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

    /// Whether C function `name` frees or keeps its argument `index`. GLib's naming convention also
    /// counts: a `…_take…` function takes ownership of what it is given (`g_variant_new_take_string`).
    public func takesOwnership(_ name: String, argument index: Int) -> Bool {
        functions[name]?[index] != nil || name.hasPrefix("take_") || name.contains("_take_") || name.hasSuffix("_take")
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
