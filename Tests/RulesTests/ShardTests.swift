import Foundation
import Testing
@testable import Rules

/// `--shard K/N`: disjoint, complete, balanced by bytes, stable when files are added elsewhere.
struct ShardTests {
    static let rules = Harness.testdata.appendingPathComponent("rules").path + "/..."

    @Test(arguments: [2, 3, 5])
    func shardsTogetherAreTheWholeRun(_ count: Int) {
        let whole = LintSession.run(LintSessionTests.request([Self.rules]) { $0.format = .json })
        var union: [Finding] = []
        for index in 1...count {
            union += LintSession.run(LintSessionTests.request([Self.rules]) { $0.shard = Shard("\(index)/\(count)") }).findings
        }
        #expect(union.count == whole.findings.count)
        #expect(Set(union.map { "\($0.range.path):\($0.range.start.line):\($0.code)" })
                == Set(whole.findings.map { "\($0.range.path):\($0.range.start.line):\($0.code)" }))
    }

    /// 200 packages of uneven sizes: balanced shards, and one package growing moves few others.
    @Test func balancedAndStable() {
        let sizes = (0..<200).map { 1_000 + ($0 * 7_919) % 50_000 }
        let packages = sizes.indices.map { PackageInput(directory: "pkg/\($0)", files: [], goVersion: nil) }
        func assignment(_ sizes: [Int]) -> [String: Int] {
            var result: [String: Int] = [:]
            for index in 1...4 {
                let shard = Shard("\(index)/4")!
                for package in shard.select(packages, size: { sizes[Int($0.directory.dropFirst(4))!] }) { result[package.directory] = index }
            }
            return result
        }
        let before = assignment(sizes)
        #expect(before.count == 200)
        var loads = [Int](repeating: 0, count: 5)
        for (directory, shard) in before { loads[shard] += sizes[Int(directory.dropFirst(4))!] }
        let average = Double(sizes.reduce(0, +)) / 4
        #expect(loads.dropFirst().allSatisfy { Double($0) <= average * Shard.slack + 1 }, "\(loads)")
        var grown = sizes
        grown[17] += 2_000
        let after = assignment(grown)
        let moved = before.filter { after[$0.key] != $0.value }.count
        #expect(moved <= 20, "\(moved) of 200 packages moved")
    }

    @Test func eachShardHasItsOwnSarifCategory() {
        let outcome = LintSession.run(LintSessionTests.request([Self.rules]) { $0.format = .sarif; $0.shard = Shard("2/3") })
        #expect(outcome.report?.contains("\"goleaklint/shard-2-of-3\"") == true)
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil && Shard("1/1") != nil)
    }
}
