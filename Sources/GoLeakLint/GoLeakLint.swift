import ArgumentParser
import Foundation
import Rules

/// The documented exit codes (defined with the session, in the Rules library).
typealias Exit = ExitStatus

struct GoLeakLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goleaklint",
        abstract: "Finds memory, goroutine and resource leaks in Go source code, without building it.",
        version: Project.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, FilesCommand.self, VersionCommand.self, LspCommand.self,
                      DebugTreeCommand.self],
        defaultSubcommand: LintCommand.self)

    /// ArgumentParser's own usage errors exit with 64; goleaklint documents 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Exit.trouble)
        }
    }
}

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version.")
    func run() {
        print("\(Project.name) \(Project.version) (tree-sitter Go grammar ABI \(GoGrammar.abiVersion))")
    }
}

struct DebugTreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug-tree", abstract: "Print the syntax tree of a Go file (for rule authors).",
        shouldDisplay: false)
    @Argument var file: String
    func run() throws {
        try GoGrammar.checkCompatibility()
        guard let tree = try Parser().parse(try SourceReader.read(file)) else { throw ExitCode(Exit.trouble) }
        for repair in tree.repairDescriptions { print("; repaired: \(repair)") }
        for error in tree.errorDescriptions { print("; error: \(error)") }
        print(tree.sexp)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("goleaklint: \(message)\n".utf8))
}
