import Foundation
import Testing
@testable import Rules

/// The engine's walk answers "is this node named?" from a table instead of asking the runtime; these
/// tests hold it to the runtime's answer, and to the plain walk's order, on real files.
struct TreeWalkTests {
    /// Every Go file under testdata/demo, testdata/syntax and testdata/rules (syntax errors and repaired constructs included).
    static func sources() throws -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../testdata")
        var result: [[UInt8]] = []
        for folder in ["demo", "syntax", "rules"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "go" { result.append(Array(try Data(contentsOf: url))) }
            }
        }
        return result
    }

    @Test func namedTableAgreesWithTheRuntime() throws {
        let parser = try Parser()
        var checked = 0
        let broken = Array("package p\nfunc f( {\n\tx := [}\n".utf8)
        for source in try Self.sources() + [broken] {
            let tree = try #require(parser.parse(source))
            TreeWalk.forEach(tree.root) { node in
                let kind = Int(node.kind)
                if kind < NamedKinds.table.count { #expect(NamedKinds.table[kind] == node.isNamed, "\(node.kindName)") }
                checked += 1
                return true
            }
        }
        #expect(checked > 10_000)
    }

    @Test func walkNamedVisitsExactlyTheNamedNodesInOrderWithBalancedLeaves() throws {
        let parser = try Parser()
        for source in try Self.sources() {
            let tree = try #require(parser.parse(source))
            var expected: [UInt] = []
            TreeWalk.forEach(tree.root) { node in
                if node.isNamed { expected.append(node.id) }
                return true
            }
            var seen: [UInt] = []
            var depth = 0
            TreeWalk.walkNamed(tree.root, enter: { raw, kind in
                let node = raw.node(in: tree)
                #expect(kind == node.kind)
                seen.append(node.id)
                depth += 1
                return true
            }, leave: { depth -= 1 })
            #expect(seen == expected)
            #expect(depth == 0)
        }
    }
}
