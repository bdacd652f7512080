/// Command handlers of the CLI frameworks Go programs use (cobra, urfave/cli): the function a command
/// registers as what it does (`RunE: run`, `Action: func(c *cli.Context) error { … }`, `cmd.Run = run`) runs
/// once, for the one command the process was started with, and then the process exits. `ModuleCallers`
/// treats the registration as a call, so a leak reached from a handler is a once-per-process note, as in `main`.
///
/// Decided by the framework's import and the field the handler is stored in (the framework's types name these
/// fields), read from bytes like the rest of the caller scan.
enum CommandHandlers {
    /// Import paths of the frameworks.
    static let frameworks: Set<String> = [
        "github.com/spf13/cobra",
        "github.com/urfave/cli", "github.com/urfave/cli/v2", "github.com/urfave/cli/v3",
        "gopkg.in/urfave/cli.v1", "gopkg.in/urfave/cli.v2",
    ]

    /// The fields of `cobra.Command` and urfave/cli's `App`/`Command` that hold what a command runs.
    static let handlerFields: Set<String> = [
        "Run", "RunE", "PreRun", "PreRunE", "PostRun", "PostRunE",
        "PersistentPreRun", "PersistentPreRunE", "PersistentPostRun", "PersistentPostRunE",
        "Action", "Before", "After",
    ]

    static func mayRegister(in file: ModuleCallers.SourceFile) -> Bool {
        !file.imports.isDisjoint(with: frameworks)
    }

    /// Whether the text before a function's name (on its line) stores it as a handler: `Action: ` in a composite
    /// literal or `cmd.RunE = ` in an assignment, in a file that imports a framework.
    static func registers(_ linePrefix: ArraySlice<UInt8>, in file: ModuleCallers.SourceFile) -> Bool {
        mayRegister(in: file) && isHandlerKey(before: linePrefix)
    }

    /// Whether `text` ends with `Field:` or `.Field =` (then blanks) for one of `handlerFields`.
    static func isHandlerKey(before text: ArraySlice<UInt8>) -> Bool {
        var end = text.endIndex
        while end > text.startIndex, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        guard end > text.startIndex else { return false }
        let separator = text[end - 1]
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "=") else { return false }
        end -= 1
        // `:=`, `==`, `!=`, `<=`, `>=` are no stores of a field.
        if separator == UInt8(ascii: "="), end > text.startIndex,
           [UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(text[end - 1]) {
            return false
        }
        while end > text.startIndex, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        var start = end
        while start > text.startIndex, GoCodeMask.isIdentifierByte(text[start - 1]) { start -= 1 }
        guard start < end, handlerFields.contains(String(decoding: text[start..<end], as: UTF8.self)) else { return false }
        // An assignment stores into a field (`cmd.RunE =`); a composite literal's key follows its `{`, a `,` or
        // the start of its line (`{Name: "load", Action: load}`), not a `case` or a label.
        if separator == UInt8(ascii: "=") { return start > text.startIndex && text[start - 1] == UInt8(ascii: ".") }
        var before = start
        while before > text.startIndex, text[before - 1] == 0x20 || text[before - 1] == 0x09 { before -= 1 }
        return before == text.startIndex || [0x0A, UInt8(ascii: "{"), UInt8(ascii: ",")].contains(text[before - 1])
    }
}
