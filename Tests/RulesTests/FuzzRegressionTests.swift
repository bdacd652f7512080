import Foundation
import Testing
@testable import Rules

/// Inputs the fuzzer found (or that stress the same paths) are replayed through the whole pipeline:
/// parse → every rule → every reporter. Passing means no crash and deterministic output.
struct FuzzRegressionTests {
    static let directory = Harness.testdata.appendingPathComponent("fuzz-regressions")
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let linter = Linter(ruleTypes: Registry.allRules, jobs: 1)
        let first = FuzzPipeline.run(bytes, linter: linter)
        #expect(first == FuzzPipeline.run(bytes, linter: linter))
    }

    @Test func regressionsExist() { #expect(!Self.inputs.isEmpty) }
}
