/// GL102: memory allocated with C.CString / C.CBytes / C.malloc / C.calloc / C.realloc in a cgo file is
/// never freed.
public struct UnfreedCMemoryRule: Rule {
    public static let doc = RuleDoc(
        code: "GL102",
        name: "unfreed-c-memory",
        title: "C memory allocated through cgo is never freed",
        severity: .error,
        whatItDoes: """
            In files that `import "C"`, finds memory from `C.CString`, `C.CBytes`, `C.malloc`, `C.calloc` and \
            `C.realloc` that the allocating function neither frees with `C.free` (directly, deferred, in a \
            closure, through a conversion like `unsafe.Pointer(p)`, or through a same-package helper) nor \
            hands off (returns, stores, passes to a Go function). Allocations passed inline to a C function \
            or discarded are always reported. A C function defined in a preamble of the package, or in a header \
            a preamble includes, that frees its argument or keeps it (in a static, a field, an array, or with \
            `free` as its destructor) releases it, and a Go helper that calls one is a free helper. Headers \
            are found as the C compiler finds them: `#include "x.h"` beside the including file, then in the \
            `-I` directories of `#cgo CFLAGS`/`CPPFLAGS`; `#include <x.h>` in those directories only; only \
            inside the module (a missing header, a system header or one outside the module is not read), and \
            headers they include in turn; the package's `.c` files too (cgo compiles them into the package). A C \
            call given a free function as its destructor (`(*[0]byte)(C.cfree)`, SQLite's bind and result \
            functions) takes ownership. Objective-C (`.m`) files are not read.
            """,
        whyIsThisBad: """
            The Go garbage collector does not see C memory. Every unfreed `C.CString` is a permanent leak; \
            in a request path it grows the process until it is killed, and no Go heap profile shows why.
            """,
        example: """
            cs := C.CString(name)
            C.set_name(cs)
            """,
        useInstead: """
            cs := C.CString(name)
            defer C.free(unsafe.Pointer(cs))
            C.set_name(cs)
            """,
        options: ["ownership-taking: C functions that take ownership of (and free) what they are given, e.g. C.take_string"],
        tags: ["resources", "cgo", "memory"],
        triggering: UnfreedCMemoryExamples.triggering,
        nonTriggering: UnfreedCMemoryExamples.nonTriggering)

    let ownershipTaking: Set<String>

    public init(options: RuleOptions) {
        ownershipTaking = Set(options.list("ownership-taking").map { $0.hasPrefix("C.") ? $0 : "C." + $0 })
    }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // Only cgo packages can allocate C memory.
        guard package.importsAny(["C"]) else { return nil }
        return Analysis(rule: self, package: package, diagnostics: diagnostics)
    }

    final class Analysis: PackageAnalysis, OwnershipVocabulary {
        static let allocators: Set<String> = ["CString", "CBytes", "malloc", "calloc", "realloc"]
        /// Go types used as conversions: their "call" is the same memory under another type.
        static let conversionTypes: Set<String> = ["uintptr"]

        let rule: UnfreedCMemoryRule
        let package: PackageContext
        let diagnostics: Diagnostics
        private var tracker: OwnershipTracker!
        private var file: GoFile!
        /// Per file: where `import "unsafe"` goes when the file lacks it (the fix needs unsafe.Pointer).
        private var unsafeImport: [String: TextEdit?] = [:]
        /// What the package's preamble functions do with their pointer parameters.
        private let preamble: CgoPreamble

        init(rule: UnfreedCMemoryRule, package: PackageContext, diagnostics: Diagnostics) {
            self.rule = rule
            self.package = package
            self.diagnostics = diagnostics
            preamble = CgoPreamble(packageSources: package.fileSources, headers: package.cgoHeaders)
            tracker = OwnershipTracker(vocabulary: self)
        }

        var kinds: [KindID] { OwnershipTracker.kinds }
        var leaveKinds: [KindID] { OwnershipTracker.leaveKinds }

        func beginFile(_ file: GoFile) -> Bool {
            self.file = file
            if !file.imports.imports("unsafe") {
                // A declaration of its own after the last import (`import "C"` must stay right after its
                // preamble, so nothing goes between them).
                var last: Node?
                file.root.forEachNamedChild { if $0.is(Kind.importDeclaration) { last = $0 } }
                unsafeImport[file.path] = last.map {
                    TextEdit(path: file.path, startByte: $0.endByte, endByte: $0.endByte, newText: "\n\nimport \"unsafe\"")
                }
            }
            return true  // non-cgo files of the package still contribute free-helper summaries
        }

        func enter(_ node: Node, _ walk: WalkContext) { tracker.enter(node, walk) }
        func leave(_ node: Node, _ walk: WalkContext) { tracker.leave(node, walk) }

        func finishPackage() {
            for value in tracker.acquisitions where package.wantsFindings(in: value.site.path) {
                if value.acquisition == .dropped {
                    diagnostics.report(value.site, "memory from \(value.source) is never freed: it is discarded or passed "
                                       + "straight to C; assign it, then `defer C.free(unsafe.Pointer(p))`")
                    continue
                }
                guard let name = value.name else { continue }
                switch tracker.resolve(value) {
                case .open:
                    diagnostics.report(value.site, "memory from \(value.source) in '\(name)' is never freed: add "
                                       + "`defer C.free(unsafe.Pointer(\(name)))` after the allocation", fix: fix(for: value, name))
                case .released, .escaped:
                    guard let exit = tracker.leakingReturn(of: value) else { continue }
                    diagnostics.report(value.site, "memory from \(value.source) in '\(name)' is not freed on the path "
                                       + "that returns at line \(exit.range.start.line): put `defer C.free(unsafe.Pointer(\(name)))` "
                                       + "right after the allocation",
                                       related: [RelatedLocation(exit.range, "returns here without freeing '\(name)'")],
                                       fix: fix(for: value, name))
                }
            }
        }

        /// `defer C.free(unsafe.Pointer(p))` right after the allocating statement, and `import "unsafe"`
        /// when the file lacks it.
        private func fix(for value: TrackedValue, _ name: String) -> Fix? {
            guard let anchor = value.deferAnchor, anchor.name == name else { return nil }
            let statement = "defer C.free(unsafe.Pointer(\(name)))"
            var edits = [TextEdit(path: value.site.path, startByte: anchor.afterStatement, endByte: anchor.afterStatement,
                                  newText: anchor.insertion(statement))]
            if let missing = unsafeImport[value.site.path] {
                guard let missing else { return nil }  // no import declaration to put it after
                edits.insert(missing, at: 0)
            }
            return Fix(message: "add `\(statement)`", edits: edits)
        }

        // MARK: OwnershipVocabulary

        private func cName(_ call: Node) -> String? {
            guard file.isCgo, case .package(let path, let name) = file.callee(of: call), path == "C" else { return nil }
            return name
        }

        func acquisition(_ call: Node, _ walk: WalkContext) -> Acquisition? {
            guard let name = cName(call), Self.allocators.contains(name) else { return nil }
            return Acquisition(resultIndex: 0, source: "C.\(name)")
        }

        func selectorUse(_ selector: Node, field: Node, parentOfSelector: Node?, _ walk: WalkContext) -> SelectorUse { .irrelevant }

        func argumentUse(_ call: Node, index: Int, _ walk: WalkContext) -> ArgumentUse {
            if let name = cName(call) {
                if name == "free" || (name == "realloc" && index == 0) { return .releases }
                // A preamble wrapper that frees or keeps its parameter (R-102a) releases it, as do
                // configured ownership-taking functions.
                if preamble.takesOwnership(name, argument: index) { return .releases }
                // Given a free function as its destructor (`C.sqlite3_result_text(ctx, cs, n, (*[0]byte)(C.cfree))`),
                // the C API frees what it is given when it is done with it.
                if passesDestructor(call, walk) { return .releases }
                return rule.ownershipTaking.contains("C.\(name)") ? .releases : .borrows
            }
            switch file.callee(of: call) {
            case .package(let path, let name):
                if path == "unsafe", name == "Pointer" || name == "Slice" || name == "String" || name == "StringData" {
                    return .converts
                }
                return .escapes
            case .function(let name):
                if Self.conversionTypes.contains(name) { return .converts }
                if name == "append" { return .escapes }
                if goBuiltinFunctions.contains(name) { return .borrows }
                if package.declarations.functions[name] != nil { return .handsOff(CalleeKey(name: name, isMethod: false)) }
                return .escapes
            case .method(_, let name):
                if package.declarations.methods[name] != nil { return .handsOff(CalleeKey(name: name, isMethod: true)) }
                return .escapes
            case .other:
                // `(*C.char)(p)`, `(*[1 << 20]byte)(p)`: a conversion, the same memory.
                if let function = call.child(Field.function), function.is(Kind.parenthesizedExpression) { return .converts }
                return .escapes
            }
        }

        var parameterTypeNeedles: [String] { ["C.", "unsafe.Pointer"] }

        /// Whether one of the call's arguments is a free function converted to a C function pointer:
        /// `(*[0]byte)(C.free)`, `(*[0]byte)(unsafe.Pointer(C.cfree))` for a C function that frees its argument,
        /// or a local variable (the same variable, as the resolver says) that the enclosing function assigns such a
        /// value to (`free = (*[0]byte)(C.cfree)`).
        private func passesDestructor(_ call: Node, _ walk: WalkContext) -> Bool {
            guard let arguments = call.child(Field.arguments)?.codeChildren, arguments.count > 1 else { return false }
            for argument in arguments {
                if isDestructor(argument) { return true }
                guard argument.is(Kind.identifier), let variable = walk.semantics.symbol(argument),
                      let body = walk.enclosingFunction?.child(Field.body) else { continue }
                var assigned = false
                TreeWalk.forEach(body) { node in
                    guard !assigned else { return false }
                    guard node.is(Kind.assignmentStatement) || node.is(Kind.shortVarDeclaration),
                          let left = node.child(Field.left)?.codeChildren, let right = node.child(Field.right)?.codeChildren,
                          left.count == right.count else { return true }
                    for (target, value) in zip(left, right) where target.is(Kind.identifier)
                        && walk.semantics.symbol(target) === variable && isDestructor(value) {
                        assigned = true
                    }
                    return !assigned
                }
                if assigned { return true }
            }
            return false
        }

        private func isDestructor(_ expression: Node) -> Bool {
            guard let freed = Self.destructorName(in: expression.text) else { return false }
            return freed == "free" || preamble.frees(freed)
        }

        /// `C.name` inside a conversion to a C function pointer (`(*[0]byte)(C.name)`, also through
        /// `unsafe.Pointer`), blanks ignored.
        static func destructorName(in text: String) -> String? {
            let compact = text.filter { !$0.isWhitespace }
            guard compact.hasPrefix("(*[0]byte)(") else { return nil }
            var inner = compact.dropFirst("(*[0]byte)(".count).dropLast()
            if inner.hasPrefix("unsafe.Pointer(") { inner = inner.dropFirst("unsafe.Pointer(".count).dropLast() }
            guard inner.hasPrefix("C.") else { return nil }
            let name = inner.dropFirst(2)
            return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber } ? String(name) : nil
        }
    }
}
