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
    /// comments hold no C function definitions besides the preamble's. The headers the preambles include
    /// (`CgoHeaders`) count as preamble text: bindings define their wrappers there.
    public init(packageSources: [[UInt8]], headers: [CgoHeaders.Header] = []) {
        var text: [UInt8] = []
        for source in packageSources {
            guard let preamble = CgoHeaders.preamble(of: source) else { continue }
            text += preamble
            text.append(0x0A)
        }
        // Only a header that defines something (`{`) can define a wrapper: declarations-only headers (most of
        // a C library's API) are not scanned.
        for header in headers where ByteSearch.contains(header.bytes, "{") {
            text += header.bytes
            text.append(0x0A)
        }
        self.init(bytes: text)
    }

    public init(source: String) { self.init(bytes: Array(source.utf8)) }

    /// Reads the C text's function definitions (bytes: a large header is scanned, never copied into a String).
    init(bytes: [UInt8]) {
        for definition in Self.definitions(in: bytes) {
            let name = definition.name
            guard !["if", "for", "while", "switch", "return", "sizeof"].contains(name) else { continue }
            let body = definition.body
            let parameters = definition.parameters.split(separator: ",").map(String.init)
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

    /// A C function definition: `name(parameters) { body }`.
    struct Definition {
        let name: String
        let parameters: String
        let body: String
    }

    /// Every `identifier ( no-parentheses ) {` with its balanced body, found from each `{` backwards: linear in
    /// the text, so a large header (sqlite3's is 700 KB) costs a byte scan, not a regular expression over all of it.
    static func definitions(in text: [UInt8]) -> [Definition] {
        var found: [Definition] = []
        var searchFrom = 0
        while let open = MemorySearch.firstIndex(ofByte: UInt8(ascii: "{"), in: text, from: searchFrom) {
            searchFrom = open + 1
            var index = open - 1
            while index >= 0, isSpace(text[index]) { index -= 1 }
            guard index >= 0, text[index] == UInt8(ascii: ")") else { continue }
            let close = index
            index -= 1
            while index >= 0, text[index] != UInt8(ascii: "("), text[index] != UInt8(ascii: ")") { index -= 1 }
            guard index >= 0, text[index] == UInt8(ascii: "(") else { continue }
            let parametersStart = index + 1
            index -= 1
            while index >= 0, isSpace(text[index]) { index -= 1 }
            let nameEnd = index + 1
            while index >= 0, ByteSearch.isIdentifierByte(text[index]) { index -= 1 }
            let nameStart = index + 1
            guard nameStart < nameEnd, !(text[nameStart] >= UInt8(ascii: "0") && text[nameStart] <= UInt8(ascii: "9")) else { continue }
            // An unbalanced brace (in a comment or a character literal) throws every later match off anyway:
            // stop, so the scan stays linear.
            guard let end = matchingBrace(in: text, open: open) else { break }
            found.append(Definition(name: String(decoding: text[nameStart..<nameEnd], as: UTF8.self),
                                    parameters: String(decoding: text[parametersStart..<close], as: UTF8.self),
                                    body: String(decoding: text[(open + 1)..<end], as: UTF8.self)))
            // Definitions do not nest in C: the next one starts after this body.
            searchFrom = end + 1
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The index of the brace closing the one at `open`.
    private static func matchingBrace(in text: [UInt8], open: Int) -> Int? {
        var depth = 0
        for index in open..<text.count {
            if text[index] == UInt8(ascii: "{") { depth += 1 }
            if text[index] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { return index } }
        }
        return nil
    }

    /// Whether C function `name` frees its first pointer parameter (a free wrapper: `void cfree(void *p) { free(p); }`).
    public func frees(_ name: String) -> Bool {
        functions[name]?.contains { $0.value == .frees } == true
    }

    /// Whether C function `name` frees or keeps its argument `index`. GLib's naming convention also
    /// counts: a `…_take…` function takes ownership of what it is given (`g_variant_new_take_string`).
    public func takesOwnership(_ name: String, argument index: Int) -> Bool {
        functions[name]?[index] != nil || name.hasPrefix("take_") || name.contains("_take_") || name.hasSuffix("_take")
    }
}
