import ArgumentParser
import Foundation
import Rules

/// `goleaklint lsp`: the language server, over standard input and output.
struct LspCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server on stdin/stdout (for editors).")

    func run() throws {
        let code = LanguageServer(transport: StandardTransport()).serve()
        if code != 0 { throw ExitCode(code) }
    }
}
