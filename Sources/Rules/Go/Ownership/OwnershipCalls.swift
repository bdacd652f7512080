/// What a call does with a tracked value passed to it, as far as the callee's name tells: the part of
/// `OwnershipVocabulary.argumentUse` every resource shares (rules check their own closers first).
enum OwnershipCalls {
    /// Packages whose functions only print what they get.
    static let borrowingPackages: Set<String> = ["fmt", "log", "log/slog"]
    /// Standard-library functions that read, write or dump a resource without taking ownership.
    static let borrowingCalls: [String: Set<String>] = [
        "io": ["ReadAll", "Copy", "CopyN", "CopyBuffer", "ReadFull", "ReadAtLeast", "WriteString"],
        "io/ioutil": ["ReadAll"],
        "net/http/httputil": ["DumpResponse"],
        "encoding/binary": ["Read", "Write"],
    ]
    /// Standard-library constructors whose result wraps the resource without closing it: a leak if the
    /// wrapper is dropped, a hand-off if it is returned (`return bufio.NewReader(resp.Body)`).
    static let wrappingCalls: [String: Set<String>] = [
        "io": ["LimitReader", "TeeReader", "MultiReader", "MultiWriter", "NewSectionReader", "NopCloser"],
        "encoding/json": ["NewDecoder", "NewEncoder"], "encoding/xml": ["NewDecoder", "NewEncoder"],
        "encoding/csv": ["NewReader", "NewWriter"], "encoding/gob": ["NewDecoder", "NewEncoder"],
        "bufio": ["NewReader", "NewReaderSize", "NewScanner", "NewWriter", "NewWriterSize", "NewReadWriter"],
        "net/http": ["MaxBytesReader"],
        "compress/gzip": ["NewReader", "NewWriter", "NewWriterLevel"], "compress/zlib": ["NewReader", "NewWriter"],
        "compress/flate": ["NewReader"], "mime/multipart": ["NewReader"],
        "archive/tar": ["NewReader", "NewWriter"], "archive/zip": ["NewWriter"],
        "text/tabwriter": ["NewWriter"],
        // A logger writes to its output for as long as it lives.
        "log": ["New"], "log/slog": ["NewTextHandler", "NewJSONHandler"],
    ]
    /// Standard-library functions that keep what they are given for the life of the process (the standard
    /// logger's output).
    static let keepingCalls: [String: Set<String>] = ["log": ["SetOutput"]]

    /// Same-package functions and methods are decided by their summaries (hand-off); builtins borrow
    /// (`append` keeps); standard readers and printers borrow, wrappers wrap; any other package's
    /// function or method is assumed to take ownership.
    ///
    /// With the semantic core (`typed`): a parameter whose declared type is an interface that has none of the
    /// resource's release methods (`io.Reader`, a local `scanner` with only `Scan`) only reads what it gets —
    /// the callee cannot release it without a type assertion — so passing the value there borrows it.
    static func argumentUse(_ call: Node, _ file: GoFile, _ declarations: PackageDeclarations,
                            typed: (semantics: FileSemantics, index: Int, releaseMethods: Set<String>)? = nil) -> ArgumentUse {
        var readsOnly: Bool { typed.map { onlyReads(call, index: $0.index, $0.semantics, releaseMethods: $0.releaseMethods) } ?? false }
        switch file.callee(of: call) {
        case .function(let name):
            // A package function named like a builtin (`func close(res *http.Response)`) shadows it.
            if declarations.functions[name] != nil {
                return readsOnly ? .borrows : .handsOff(CalleeKey(name: name, isMethod: false))
            }
            if name == "append" { return .escapes }
            if goBuiltinFunctions.contains(name) { return .borrows }
            return .escapes
        case .package(let path, let name):
            if wrappingCalls[path]?.contains(name) == true { return .wraps }
            if keepingCalls[path]?.contains(name) == true { return .escapes }
            if borrowingPackages.contains(path) || borrowingCalls[path]?.contains(name) == true { return .borrows }
            return readsOnly ? .borrows : .escapes
        case .method(_, let name):
            if readsOnly { return .borrows }
            if declarations.methods[name] != nil { return .handsOff(CalleeKey(name: name, isMethod: true)) }
            return .escapes
        case .other:
            return .escapes
        }
    }

    /// Whether argument `index` of `call` goes to a parameter typed as a non-empty interface without any of
    /// `releaseMethods` (a read-only view). Unknown signatures, `any` and concrete types say no.
    static func onlyReads(_ call: Node, index: Int, _ semantics: FileSemantics, releaseMethods: Set<String>) -> Bool {
        guard let signature = semantics.types.calleeSignature(call) else { return false }
        let parameter = signature.parameterType(at: index)
        guard let methods = semantics.environment.interfaceMethods(parameter), !methods.isEmpty else { return false }
        return releaseMethods.isDisjoint(with: methods.keys)
    }
}
