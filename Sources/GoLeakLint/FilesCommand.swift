import ArgumentParser
import Foundation
import Rules

/// `goleaklint files ./...`: the files a lint run with the same patterns would read, one per line
/// (for scripts such as bench/run.sh, and for "why is this file (not) linted?"): the files findings can be
/// reported in.
struct FilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "files", abstract: "List the files a lint run would read.")

    @Argument(help: "Packages: ./... (default), dir, dir/..., file.go") var patterns: [String] = []
    @Flag(inversion: .prefixedNo, help: "Include _test.go files (default: exclude, as lint).") var tests = false
    @Flag(help: "Also list files marked '// Code generated … DO NOT EDIT.' (a lint run skips them by default).")
    var includeGenerated = false

    func run() throws {
        let (packages, errors) = Discovery(includeTests: tests).packages(for: patterns)
        for package in packages {
            for file in package.files.sorted(by: { $0.displayPath < $1.displayPath }) {
                // Unreadable files are listed: the lint run reports them. Without --tests, test support files
                // (`TestSupport`: helpers importing `testing`) are read for their declarations but not
                // reported on, so they are not listed either.
                if let bytes = try? SourceReader.read(file.path) {
                    if !includeGenerated, FileClassification.isGenerated(bytes) { continue }
                    if !tests, !file.displayPath.hasSuffix("_test.go"), TestSupport.isTestSupport(bytes) { continue }
                }
                print(file.displayPath)
            }
        }
        for error in errors { printError("\(error.path): \(error.cause)") }
        if !errors.isEmpty { throw ExitCode(Exit.trouble) }
    }
}
