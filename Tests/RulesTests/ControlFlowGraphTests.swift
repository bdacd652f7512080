import Foundation
import Testing
@testable import Rules

/// The control-flow graph (issue 24, item 1): each shape is a function body whose marker calls (`a()`,
/// `b()`, …) name statements, and each claim says whether one marker reaches another, or the function's
/// exit, or reaches the exit without passing a marker. A dropped, added or misdirected edge breaks a claim.
struct ControlFlowGraphTests {
    enum Claim {
        /// `from` reaches `to` (`"exit"`: the function's exit) along the graph.
        case reaches(String, String)
        case doesNotReach(String, String)
        /// From `from`, the exit can be reached without passing `avoiding`.
        case exitAvoiding(String, String)
        case noExitAvoiding(String, String)
    }

    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        let claims: [ClaimText]
        var testDescription: String { name }
    }

    /// Claims as text (Sendable): "a -> b", "a !-> b", "a -> exit ~ c" (reaches exit avoiding c), "a !-> exit ~ c".
    typealias ClaimText = String

    static let shapes: [Shape] = [
        Shape(name: "sequence", body: "a(); b()", claims: ["a -> b", "b !-> a", "a -> exit"]),
        Shape(name: "if without else", body: "a(); if x > 0 { b() }; c()", claims: ["a -> b", "a -> c", "b -> c", "a -> exit ~ b"]),
        Shape(name: "if with else", body: "if x > 0 { a() } else { b() }; c()", claims: ["a !-> b", "b !-> a", "a -> c", "b -> c"]),
        Shape(name: "else if chain", body: "if x == 0 { a() } else if x == 1 { b() } else { c() }; d()",
              claims: ["a !-> b", "b !-> c", "c -> d", "a -> d", "b -> d"]),
        Shape(name: "return in then", body: "a(); if x > 0 { b(); return nil }; c()",
              claims: ["b !-> c", "a -> c", "b -> exit", "a -> exit ~ c"]),
        Shape(name: "return in both arms", body: "if x > 0 { a(); return nil } else { b(); return nil }; c()",
              claims: ["a !-> c", "b !-> c", "a -> exit", "b -> exit"]),
        Shape(name: "statement after return is dead", body: "a(); return nil; b()", claims: ["a !-> b", "a -> exit"]),
        Shape(name: "if initializer", body: "if v := a(); v > 0 { b() }; c()", claims: ["a -> b", "a -> c", "a -> exit ~ b"]),
        Shape(name: "for with condition", body: "for i := 0; i < x; i++ { a() }; b()",
              claims: ["a -> a", "a -> b", "b !-> a"]),
        Shape(name: "endless for", body: "for { a() }; b()", claims: ["a -> a", "a !-> b", "a !-> exit"]),
        Shape(name: "endless for with break", body: "for { a(); if x > 0 { break }; b() }; c()",
              claims: ["a -> c", "b -> a", "b -> c", "a -> exit"]),
        Shape(name: "endless for with return", body: "for { a(); if x > 0 { return nil } }; b()",
              claims: ["a !-> b", "a -> exit"]),
        Shape(name: "continue skips the rest", body: "for i := 0; i < x; i++ { a(); if x > 1 { continue }; b() }; c()",
              claims: ["a -> b", "a -> c ", "a -> exit ~ b"]),
        Shape(name: "range loop", body: "for _, v := range ch { a(v) }; b()", claims: ["a -> a", "a -> b", "b !-> a"]),
        Shape(name: "range may run no iteration", body: "for range ch { a() }; b()", claims: ["b !-> a", "a -> exit", "a -> b"]),
        Shape(name: "for cond only", body: "for x > 0 { a() }; b()", claims: ["a -> b", "a -> a"]),
        Shape(name: "labelled break leaves the outer loop", body: "L: for { for { a(); break L }; b() }; c()",
              claims: ["a -> c", "a !-> b", "a -> exit"]),
        Shape(name: "labelled continue resumes the outer loop", body: "L: for x > 0 { for { a(); continue L }; b() }; c()",
              claims: ["a -> a", "a !-> b", "a -> c"]),
        Shape(name: "break in select leaves the select only", body: "for { select { case <-ch: a(); break }; b() }",
              claims: ["a -> b", "a !-> exit"]),
        Shape(name: "goto forward", body: "a(); goto L; b(); L: c()", claims: ["a !-> b", "a -> c"]),
        Shape(name: "goto backward loops", body: "L: a(); if x > 0 { goto L }; b()", claims: ["a -> a", "a -> b"]),
        Shape(name: "switch cases are siblings", body: "switch x { case 1: a(); case 2: b(); default: c() }; d()",
              claims: ["a !-> b", "b !-> c", "a !-> c", "a -> d", "c -> d"]),
        Shape(name: "switch without default may skip", body: "a(); switch x { case 1: b() }; c()",
              claims: ["a -> exit ~ b", "b -> c"]),
        Shape(name: "switch with default covers", body: "a(); switch x { case 1: b(); default: c() }; d()",
              claims: ["a !-> exit ~ d", "a -> b", "a -> c"]),
        Shape(name: "default returns: a sibling, not a successor", body: "switch x { case 1: a(); case 2: b(); default: return nil }; c()",
              claims: ["a !-> exit ~ c", "b !-> exit ~ c", "a -> c"]),
        Shape(name: "fallthrough", body: "switch x { case 1: a(); fallthrough; case 2: b(); case 3: c() }",
              claims: ["a -> b", "a !-> c", "b !-> c"]),
        Shape(name: "break in switch", body: "switch x { case 1: a(); if x > 0 { break }; b() }; c()",
              claims: ["a -> c", "a -> exit ~ b"]),
        Shape(name: "switch initializer and tag", body: "switch v := a(); v { case 1: b() }; c()", claims: ["a -> b", "a -> c"]),
        Shape(name: "type switch", body: "var v any = x; switch t := v.(type) { case int: a(t); case string: b(t) }; c()",
              claims: ["a !-> b", "a -> c", "b -> c"]),
        Shape(name: "select cases are siblings", body: "select { case v := <-ch: a(v); case ch <- 1: b() }; c()",
              claims: ["a !-> b", "a -> c", "b -> c"]),
        Shape(name: "select with default", body: "select { case <-ch: a(); default: b() }; c()", claims: ["a !-> b", "b -> c"]),
        Shape(name: "empty select blocks forever", body: "a(); select {}; b()", claims: ["a !-> b", "a !-> exit"]),
        Shape(name: "select in loop returning", body: "for { select { case <-ch: return nil; case v := <-ch: a(v) } }; b()",
              claims: ["a -> a", "a -> exit", "a !-> b"]),
        Shape(name: "panic ends the path", body: "a(); if x > 0 { panic(\"x\") }; b()", claims: ["a -> exit", "a !-> exit ~ b"]),
        Shape(name: "os.Exit ends the path", body: "a(); if x > 0 { os.Exit(1) }; b()", claims: ["a !-> exit ~ b"]),
        Shape(name: "log.Fatal ends the path", body: "a(); if x > 0 { log.Fatalf(\"%v\", x) }; b()", claims: ["a !-> exit ~ b"]),
        Shape(name: "t.Fatal ends the path (by type)", body: "a(); if x > 0 { c(); t.Fatal(x); d() }; b()",
              claims: ["a !-> exit ~ b", "c !-> d", "c !-> b"]),
        Shape(name: "a method named Fatal on another type does not", body: "a(); if x > 0 { c(); other.Fatal(x); d() }; b()",
              claims: ["c -> d", "d -> b"]),
        Shape(name: "a same-file function that always panics", body: "a(); if x > 0 { c(); fail(); d() }; b()",
              claims: ["a !-> exit ~ b", "c !-> d"]),
        Shape(name: "a same-file function that may return", body: "a(); if x > 0 { c(); maybeFail(); d() }; b()", claims: ["c -> d"]),
        Shape(name: "shadowed panic is a call", body: "panic := func(string) {}; a(); if x > 0 { c(); panic(\"x\"); d() }; b()",
              claims: ["c -> d"]),
        Shape(name: "defer and go are plain statements", body: "a(); defer b(); go c(); d()", claims: ["a -> d", "a -> exit"]),
        Shape(name: "func literal bodies are their own graph", body: "f := func() { return }; a(); f(); b()",
              claims: ["a -> b", "a !-> exit ~ b"]),
        Shape(name: "nested loops", body: "for i := 0; i < x; i++ { for j := 0; j < x; j++ { a() }; b() }; c()",
              claims: ["a -> b", "b -> a", "a -> c"]),
        Shape(name: "return inside nested if in loop", body: "for _, v := range ch { if v > 0 { if v > 1 { a(); return nil } }; b() }; c()",
              claims: ["a !-> b", "a !-> c", "b -> c", "a -> exit"]),
        Shape(name: "error check", body: "v, err := a(); if err != nil { return err }; b(v)", claims: ["a -> b", "a -> exit ~ b"]),
    ]

    /// Every shape in one file, each its own function, so the semantics (and `neverReturns`) see them all.
    static func graph(for shape: Shape) throws -> (FileSemantics, ControlFlowGraph) {
        let source = """
            package p

            import (
            \t"log"
            \t"os"
            \t"testing"
            )

            type logger struct{}

            func (logger) Fatal(...any) {}

            var other logger

            func fail() { panic("always") }

            func maybeFail() {
            \tif len(os.Args) > 1 {
            \t\tpanic("sometimes")
            \t}
            }

            func f(x int, ch chan int, t *testing.T) error {
            \t\(shape.body)
            }
            """
        let parser = try Parser()
        let tree = try #require(parser.parse(Array(source.utf8)))
        let file = GoFile(path: "shape.go", tree: tree, goVersion: nil)
        var builder = PackageFacts.Builder(path: "p")
        builder.add(file)
        let semantics = FileSemantics(file: file, environment: TypeEnvironment(current: builder.build(), index: FactsIndex(modules: { _ in nil }), directory: "/"))
        let function = try #require(file.root.codeChildren.last { $0.is(Kind.functionDeclaration) })
        return (semantics, semantics.controlFlow(of: function))
    }

    /// The graph position of the statement calling `marker()`.
    static func position(_ marker: String, _ graph: ControlFlowGraph) -> (block: Int, position: Int)? {
        for block in graph.blocks {
            for (index, node) in block.nodes.enumerated() {
                var found = false
                TreeWalk.forEach(node) { inner in
                    if found || inner.is(Kind.funcLiteral) { return false }
                    if inner.is(Kind.callExpression), let function = inner.child(Field.function), function.textEquals(marker) { found = true }
                    return !found
                }
                if found { return (block.index, index) }
            }
        }
        return nil
    }

    /// Whether the walk from `from` (after its own node) reaches `to` (or the exit when `to` is nil) without
    /// passing `avoiding`.
    static func reaches(_ graph: ControlFlowGraph, from: (block: Int, position: Int), to: (block: Int, position: Int)?,
                        avoiding: (block: Int, position: Int)?) -> Bool {
        // Later nodes of the starting block first.
        func scan(_ block: Int, from start: Int) -> Bool? {
            let nodes = graph.blocks[block].nodes
            var index = start
            while index < nodes.count {
                if let to, to.block == block, to.position == index { return true }
                if let avoiding, avoiding.block == block, avoiding.position == index { return false }
                index += 1
            }
            if to == nil, block == graph.exit { return true }
            return nil
        }
        if let result = scan(from.block, from: from.position + 1) { return result }
        var seen = Set<Int>()
        var pending = graph.blocks[from.block].successors
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            if let result = scan(next, from: 0) {
                if result { return true }
                continue
            }
            pending += graph.blocks[next].successors
        }
        return false
    }

    @Test(arguments: shapes) func shapeHasExactlyItsPaths(_ shape: Shape) throws {
        let (_, graph) = try Self.graph(for: shape)
        for claim in shape.claims {
            let negated = claim.contains("!->")
            let parts = claim.replacingOccurrences(of: "!->", with: "->").components(separatedBy: "->")
            let from = parts[0].trimmingCharacters(in: .whitespaces)
            let rest = parts[1].components(separatedBy: "~")
            let target = rest[0].trimmingCharacters(in: .whitespaces)
            let avoiding = rest.count > 1 ? rest[1].trimmingCharacters(in: .whitespaces) : nil
            let start = try #require(Self.position(from, graph), "\(shape.name): no statement calls \(from)()\n\(graph.dump)")
            let end = target == "exit" ? nil : try #require(Self.position(target, graph), "\(shape.name): no \(target)()")
            let avoided = try avoiding.map { try #require(Self.position($0, graph), "\(shape.name): no \($0)()") }
            let result = Self.reaches(graph, from: start, to: end, avoiding: avoided)
            #expect(result != negated, "\(shape.name): \(claim) does not hold\n\(graph.dump)")
        }
    }

    @Test func shapesAreMany() { #expect(Self.shapes.count >= 40 && Self.shapes.flatMap(\.claims).count >= 100) }

    /// The dump names blocks and edges exactly (one shape written out in full).
    @Test func dumpOfAnIfElse() throws {
        let (_, graph) = try Self.graph(for: Shape(name: "dump", body: "if x > 0 { a() } else { b() }; c()", claims: []))
        #expect(graph.dump == """
            0 entry: [x > 0] ? -> 1 3
            1 if.then: [a()] -> 2
            2 if.done: [c()] -> 4
            3 if.else: [b()] -> 2
            4 exit: [] -> 
            """)
    }
}
