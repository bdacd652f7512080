import ArgumentParser
import Foundation
import Rules

/// Exit codes (README "Exit codes"): 0 nothing at or above the fail level, 1 findings, 2 usage,
/// configuration or I/O error (exit 2 wins over 1).
enum Exit {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let trouble: Int32 = 2
}

struct GoLeakLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goleaklint",
        abstract: "Finds memory, goroutine and resource leaks in Go source code, without building it.",
        version: Project.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, FilesCommand.self, VersionCommand.self,
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
