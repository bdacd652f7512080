import Foundation
@testable import Rules

/// Shared helpers: lint in-memory sources, locate the repository and the built CLI.
enum Harness {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var testdata: URL { repositoryRoot.appendingPathComponent("testdata") }

    /// Lints one in-memory file (as a package of its own) with the given rules.
    static func lint(_ source: String, fileName: String = "example.go", rules: [any Rule.Type],
                     options: [String: RuleOptions] = [:], goVersion: GoVersion? = nil) -> [Finding] {
        let file = SourceFile(path: fileName, displayPath: fileName, contents: Array(source.utf8))
        let linter = Linter(ruleTypes: rules, options: options, jobs: 1, goVersionOverride: goVersion)
        return linter.lint([PackageInput(directory: ".", files: [file], goVersion: nil)])
            .findings.filter { !$0.isSuppressed }
    }

    /// The built `goleaklint` binary: beside the test bundle, or GOLEAKLINT_BIN.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["GOLEAKLINT_BIN"] { return URL(fileURLWithPath: path) }
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [Bundle.main.bundleURL, bundleDirectory, Bundle.main.executableURL?.deletingLastPathComponent()]
        for candidate in candidates.compactMap({ $0 }) {
            let url = candidate.appendingPathComponent("goleaklint")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/goleaklint")
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the CLI with a working directory and optional stdin; never waits more than `timeout`.
    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil, timeout: TimeInterval = 120) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Never the developer's own cache: every spawned CLI gets this test run's XDG_CACHE_HOME.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        process.environment = environment
        // Output goes to files, not pipes: a large report can never dead-lock the child.
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data(), errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The cache directory of every CLI the tests spawn: a temporary one per test process.
    static let cacheHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("goleaklint-cache-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes each file (path relative to `root` → text), making its directories.
    static func write(_ files: [String: String], under root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("goleaklint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
