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

    /// GitHub reads `automationDetails.id` as CATEGORY/RUN-ID (everything up to the last `/` is the category), so
    /// each shard of a matrix and each differently named analysis must give a category of its own, and none empty.
    @Test func eachShardHasItsOwnSarifCategory() throws {
        func automationID(_ edit: (inout LintRequest) -> Void) throws -> String {
            let outcome = LintSession.run(LintSessionTests.request([Self.rules]) { $0.format = .sarif; edit(&$0) })
            let sarif = try JSONSerialization.jsonObject(with: Data((outcome.report ?? "").utf8)) as? [String: Any]
            let run = (sarif?["runs"] as? [[String: Any]])?.first
            return try #require((run?["automationDetails"] as? [String: Any])?["id"] as? String)
        }
        let shards = try (1...4).map { index in try automationID { $0.shard = Shard("\(index)/4") } }
        let categories = shards.map(SarifCategory.githubCategory(ofID:))
        #expect(Set(categories).count == 4 && !categories.contains(""), "\(shards)")
        #expect(shards[1] == "goleaklint/shard-2-of-4/")
        let unsharded = try automationID { _ in }
        #expect(SarifCategory.githubCategory(ofID: unsharded) == "goleaklint/")
        let backend = try automationID { $0.sarifCategory = "backend" }
        let frontend = try automationID { $0.sarifCategory = "frontend/" }
        #expect(SarifCategory.githubCategory(ofID: backend) == "backend/")
        #expect(SarifCategory.githubCategory(ofID: frontend) == "frontend/")
        let backendShard = try automationID { $0.sarifCategory = "backend"; $0.shard = Shard("1/2") }
        #expect(SarifCategory.githubCategory(ofID: backendShard) == "backend/shard-1-of-2/")
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil && Shard("1/1") != nil)
    }
}
