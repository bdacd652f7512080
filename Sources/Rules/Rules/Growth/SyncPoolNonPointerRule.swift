import Foundation

/// GL404: `sync.Pool.Put` of a value that is not pointer-shaped (a slice, a struct value, a string or
/// number): boxing it into the pool's `any` allocates on every Put.
public struct SyncPoolNonPointerRule: Rule {
    public static let doc = RuleDoc(
        code: "GL404",
        name: "sync-pool-non-pointer",
        title: "sync.Pool.Put of a non-pointer value allocates on every Put",
        severity: .warning,
        whatItDoes: """
            Finds `Put` on a `sync.Pool` (a package variable, struct field or local of this package declared as \
            `sync.Pool` or `*sync.Pool`) whose argument is a \
            slice (`buf[:0]`, `make([]byte, n)`, `[]byte{}`, a local holding one), a struct value (`T{}`), a \
            string or a number. Pointers, maps, channels, funcs, interfaces and `unsafe.Pointer` are fine. As \
            staticcheck SA6002, without types: a local is judged by how it is declared. Because it is SA6002, a \
            suppression written for staticcheck (`//nolint:staticcheck`, `//nolint:SA6002`, `//lint:ignore SA6002 \
            reason`, with golangci-lint's and staticcheck's scopes) silences it too: that decision is taken.
            """,
        whyIsThisBad: """
            `Put` takes an `any`: a non-pointer value is copied into a new heap allocation to become one (a \
            slice header is 24 bytes), on every Put. The pool meant to save allocations adds one per use, and \
            in a hot path the garbage it creates is the leak the pool was meant to stop.
            """,
        example: """
            var bufs = sync.Pool{New: func() any { return make([]byte, 0, 4096) }}

            func release(buf []byte) {
                bufs.Put(buf[:0])
            }
            """,
        useInstead: """
            var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

            func release(buf *[]byte) {
                *buf = (*buf)[:0]
                bufs.Put(buf)
            }
            """,
        tags: ["growth", "sync", "allocations"],
        equivalents: ["staticcheck", "SA6002"],
        triggering: SyncPoolNonPointerExamples.triggering,
        nonTriggering: SyncPoolNonPointerExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // A pool of this package is declared somewhere in it (`sync.Pool` in a var, field or local).
        guard package.importsAny(["sync"]), package.callsAnySelector(["Put"]), package.anySourceContains("sync.Pool")
        else { return nil }
        return Analysis(package: package, diagnostics: diagnostics)
    }

    /// What a name or expression holds, as far as its declaration shows.
    enum Shape: Equatable { case pool, slice, structValue, basic, other }

    final class Analysis: PackageAnalysis {
        let package: PackageContext
        let diagnostics: Diagnostics
        /// Local names by hash, one scope per function (func literals see their enclosing functions').
        private var scopes: [[UInt64: Shape]] = []

        init(package: PackageContext, diagnostics: Diagnostics) {
            self.package = package
            self.diagnostics = diagnostics
        }

        var kinds: [KindID] {
            [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral, Kind.shortVarDeclaration, Kind.varSpec,
             Kind.callExpression]
        }
        var leaveKinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

        func leave(_ node: Node, _ walk: WalkContext) { scopes.removeLast() }

        func enter(_ node: Node, _ walk: WalkContext) {
            switch node.kind {
            case Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral:
                var scope: [UInt64: Shape] = [:]
                if let parameters = node.child(Field.parameters) {
                    for parameter in PackageDeclarations.parameters(of: parameters) {
                        if let name = parameter.name { scope[ByteHash.of(name)] = shape(ofType: parameter.typeText) }
                    }
                }
                scopes.append(scope)
            case Kind.shortVarDeclaration:
                guard !scopes.isEmpty, let left = node.child(Field.left), let right = node.child(Field.right) else { return }
                let names = left.codeChildren, values = right.codeChildren
                for (index, name) in names.enumerated() where name.is(Kind.identifier) {
                    scopes[scopes.count - 1][name.textHash] = names.count == values.count ? shape(of: values[index]) : .other
                }
            case Kind.varSpec:
                guard !scopes.isEmpty else { return }
                let names = LocalDeclarations.specNames(node)
                let declared = node.child(Field.type).map { shape(ofType: $0.text) }
                let values = node.child(Field.value)?.codeChildren ?? []
                for (index, name) in names.enumerated() {
                    scopes[scopes.count - 1][name.textHash] = declared ?? (index < values.count ? shape(of: values[index]) : .other)
                }
            case Kind.callExpression:
                check(node, walk)
            default:
                break
            }
        }

        private func check(_ call: Node, _ walk: WalkContext) {
            guard let function = call.child(Field.function), function.is(Kind.selectorExpression),
                  function.child(Field.field)?.textEquals("Put") == true, let receiver = function.child(Field.operand),
                  let arguments = call.child(Field.arguments) else { return }
            let values = arguments.codeChildren
            guard values.count == 1 else { return }
            // Types decide where the source states them (`*b` of a `*bytes.Buffer`, a `[]byte` from a helper);
            // the syntax shapes below answer only where a type is unknown.
            let semantics = walk.semantics
            let receiverType = semantics.type(of: receiver)
            if receiverType.isUnknown ? !isPool(receiver) : !receiverType.isNamed("sync", "Pool") { return }
            let kind: String
            let valueType = semantics.type(of: values[0])
            if !valueType.isUnknown {
                switch semantics.environment.underlying(valueType) {
                case .slice: kind = "a slice"
                case .structure: kind = "a struct value"
                case .array: kind = "an array value"
                case .basic(let name) where name != "unsafe.Pointer" && name != "untyped nil":
                    kind = "a string or number"
                default: return
                }
            } else {
                switch shape(of: values[0]) {
                case .slice: kind = "a slice"
                case .structValue: kind = "a struct value"
                case .basic: kind = "a string or number"
                case .pool, .other: return
                }
            }
            diagnostics.report(walk.file.range(of: values[0]),
                               "sync.Pool.Put of \(kind) (\(Self.short(values[0].text))) allocates on every Put to box "
                               + "it into an interface: pool a pointer (*[]byte, *T) instead")
        }

        private func isPool(_ receiver: Node) -> Bool {
            if receiver.is(Kind.identifier) {
                if let local = lookup(receiver.textHash) { return local == .pool }
                if let variable = package.declarations.variables[receiver.text] {
                    return [variable.typeText, variable.valueHead].contains { $0?.contains("sync.Pool") == true }
                }
            }
            let last = receiver.is(Kind.selectorExpression) ? receiver.child(Field.field) : receiver
            guard let name = last?.text else { return false }
            // A field is a sync.Pool only if declared as one: `zeropool.Pool[T]` and other typed pools exist
            // precisely to avoid this allocation.
            return package.declarations.structFields[name]?.contains { $0.contains("sync.Pool") } == true
        }

        private func lookup(_ hash: UInt64) -> Shape? {
            for scope in scopes.reversed() { if let shape = scope[hash] { return shape } }
            return nil
        }

        private func shape(of expression: Node) -> Shape {
            switch expression.kind {
            case Kind.parenthesizedExpression:
                return expression.namedChild(0).map(shape(of:)) ?? .other
            case Kind.sliceExpression:
                return .slice
            case Kind.interpretedStringLiteral, Kind.rawStringLiteral, Kind.intLiteral, Kind.runeLiteral:
                return .basic
            case Kind.compositeLiteral:
                guard let type = expression.child(Field.type) else { return .other }
                if type.text.hasSuffix("sync.Pool") { return .pool }
                if type.is(Kind.sliceType) { return .slice }
                if type.is(Kind.mapType) { return .other }
                return .structValue
            case Kind.unaryExpression:
                if expression.child(Field.operator)?.textEquals("&") == true,
                   let operand = expression.child(Field.operand), shape(of: operand) == .pool {
                    return .pool
                }
                return .other
            case Kind.callExpression:
                guard let function = expression.child(Field.function) else { return .other }
                if function.is(Kind.identifier), function.textEquals("make"),
                   let first = expression.child(Field.arguments)?.codeChildren.first {
                    return first.is(Kind.sliceType) ? .slice : .other
                }
                if function.is(Kind.sliceType) { return .slice }  // []byte(s)
                return .other
            case Kind.typeAssertionExpression:
                // `buf := pool.Get().([]byte)`: the declared type of what the pool hands out.
                return expression.child(Field.type).map { shape(ofType: $0.text) } ?? .other
            case Kind.typeConversionExpression:
                return expression.child(Field.type)?.is(Kind.sliceType) == true ? .slice : .other
            case Kind.identifier:
                return lookup(expression.textHash) ?? .other
            default:
                return .other
            }
        }

        private func shape(ofType text: String) -> Shape {
            let type = text.trimmingCharacters(in: .whitespaces)
            if type == "sync.Pool" || type == "*sync.Pool" { return .pool }
            if type.hasPrefix("[]") || type.hasPrefix("...") { return .slice }
            if Self.basicTypes.contains(type) { return .basic }
            if package.declarations.structTypes[type] != nil { return .structValue }
            return .other
        }

        static let basicTypes: Set<String> = [
            "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
            "float32", "float64", "complex64", "complex128", "bool", "byte", "rune",
        ]

        static func short(_ text: String) -> String { text.count > 40 ? String(text.prefix(37)) + "…" : text }
    }
}
