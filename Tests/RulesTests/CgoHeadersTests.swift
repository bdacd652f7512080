import Foundation
import Testing
@testable import Rules

/// Which headers a cgo preamble brings in: found as the C compiler would, never outside the module.
struct CgoHeadersTests {
    static func write(_ text: String, _ path: String, in root: URL) throws {
        try Harness.write([path: text], under: root)
    }

    static func names(_ headers: [CgoHeaders.Header], relativeTo root: URL) -> [String] {
        let base = CgoHeaders.resolved(root.path) + "/"
        return headers.map { $0.path.hasPrefix(base) ? String($0.path.dropFirst(base.count)) : $0.path }
    }

    @Test func followsIncludesInsideTheModuleOnly() throws {
        let sandbox = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let module = sandbox.appendingPathComponent("module")
        try Self.write("#include \"nested/inner.h\"\n#include \"missing.h\"\n#include <stdio.h>\n", "module/pkg/binding.h", in: sandbox)
        try Self.write("#include \"../sibling.h\"\n", "module/pkg/nested/inner.h", in: sandbox)
        try Self.write("// reached relative to inner.h\n", "module/pkg/sibling.h", in: sandbox)
        try Self.write("// reached through -I\n", "module/include/lib/api.h", in: sandbox)
        try Self.write("// outside the module\n", "outside/evil.h", in: sandbox)
        try FileManager.default.createSymbolicLink(atPath: module.appendingPathComponent("pkg/link.h").path,
                                                   withDestinationPath: sandbox.appendingPathComponent("outside/evil.h").path)
        let source = """
            package pkg

            // #cgo linux CFLAGS: -DX=1 -I${SRCDIR}/../include -I ../../outside
            // #include "binding.h"
            // #include <lib/api.h>
            // #include "link.h"
            // #include "../../outside/evil.h"
            // #include <evil.h>
            import "C"

            """
        let headers = CgoHeaders.included(by: [Array(source.utf8)], packageDirectory: module.appendingPathComponent("pkg").path,
                                          boundary: module.path)
        #expect(Self.names(headers, relativeTo: module) == ["pkg/binding.h", "include/lib/api.h", "pkg/nested/inner.h", "pkg/sibling.h"])
    }

    @Test func aFileWithoutImportCReadsNothing() {
        let source = "package p\n\n// #include \"x.h\"\nimport \"fmt\"\n"
        #expect(CgoHeaders.included(by: [Array(source.utf8)], packageDirectory: "/nonexistent", boundary: "/nonexistent").isEmpty)
    }

    @Test func includeCyclesEndOnce() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("#include \"b.h\"\nstatic void release(char *s) { free(s); }\n", "a.h", in: root)
        try Self.write("#include \"a.h\"\n", "b.h", in: root)
        let source = "package p\n\n/*\n#include \"a.h\"\n*/\nimport \"C\"\n"
        let headers = CgoHeaders.included(by: [Array(source.utf8)], packageDirectory: root.path, boundary: root.path)
        #expect(Self.names(headers, relativeTo: root) == ["a.h", "b.h"])
        let preamble = CgoPreamble(packageSources: [Array(source.utf8)], headers: headers)
        #expect(preamble.takesOwnership("release", argument: 0))
    }
}
