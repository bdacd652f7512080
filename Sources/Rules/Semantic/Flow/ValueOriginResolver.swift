/// The package phase of `ValueOrigin`: what the walks recorded of every call of a package function (its
/// arguments' origins) and of every return (its results' origins) decides the parameters and results that a
/// file's origins left open. A parameter is input when some caller passes input; a result is input when some
/// return gives it input once the call's own arguments stand in for the function's parameters.
///
/// Answers do not depend on the order the files were walked in (the editor walks the edited file last): call
/// sites and returns are sets, and of several inputs the least (by function, expression, kind) is named.
public final class ValueOriginResolver {
    public enum Verdict: Equatable, Sendable {
        /// Input, read where `source` says, reaching the value through these functions' parameters (outermost
        /// caller last: `remember` when `handle` passes `r.URL.Path` to `remember(id)`).
        case input(InputSource, through: [String])
        case bounded
        case unknown
    }

    private let sites: ValueOriginSites
    private var memo: [ValueOrigin: Verdict] = [:]
    /// Parameters and results being decided: a recursive function adds nothing on the way round.
    private var inProgress: Set<ValueOrigin> = []
    private var depth = 0
    static let maximumDepth = 24

    public init(sites: ValueOriginSites) { self.sites = sites }

    public func verdict(_ origin: ValueOrigin) -> Verdict {
        switch origin {
        case .bounded: return .bounded
        case .unknown: return .unknown
        case .input(let source): return .input(source, through: [])
        case .anyOf(let parts): return Self.combine(parts.map(verdict))
        case .parameter, .result:
            if let known = memo[origin] { return known }
            guard depth < Self.maximumDepth, !inProgress.contains(origin) else { return .bounded }
            inProgress.insert(origin)
            depth += 1
            let result = decide(origin)
            depth -= 1
            inProgress.remove(origin)
            memo[origin] = result
            return result
        }
    }

    private func decide(_ origin: ValueOrigin) -> Verdict {
        switch origin {
        case .parameter(let function, let index):
            // No call of this package: its callers are elsewhere (or nowhere); what they pass is not known here.
            let calls = sites.calls(of: function)
            guard !calls.isEmpty else { return .unknown }
            var verdicts = calls.map { arguments in index < arguments.count ? verdict(arguments[index]) : .unknown }
            // Callers outside the package, or through a func value, pass what we cannot see: their calls here can
            // show input, never that the parameter is bounded.
            if function.name.first?.isUppercase == true || sites.isUsedAsValue(function) { verdicts.append(.unknown) }
            if case .input(let source, let through) = Self.combine(verdicts) {
                return .input(source, through: through + [Self.name(function)])
            }
            return Self.combine(verdicts)
        case .result(let function, let index, let arguments):
            let results = sites.returns(of: function)
            guard !results.isEmpty else { return .unknown }
            return Self.combine(results.map { values in
                index < values.count ? verdict(Self.substitute(values[index], function, arguments)) : .unknown
            })
        default:
            return verdict(origin)
        }
    }

    /// `origin` of a return of `function` with the call's `arguments` in place of its parameters.
    static func substitute(_ origin: ValueOrigin, _ function: FunctionRef, _ arguments: [ValueOrigin]) -> ValueOrigin {
        switch origin {
        case .parameter(let owner, let index) where owner == function:
            return index < arguments.count ? arguments[index] : .unknown
        case .anyOf(let parts):
            return .anyOf(parts.map { substitute($0, function, arguments) })
        case .result(let callee, let index, let inner):
            return .result(callee, index, inner.map { substitute($0, function, arguments) })
        default:
            return origin
        }
    }

    /// Input when any part is (the least source, for stable messages); bounded when every part is.
    static func combine(_ verdicts: [Verdict]) -> Verdict {
        var inputs: [(InputSource, [String])] = []
        var allBounded = true
        for verdict in verdicts {
            switch verdict {
            case .input(let source, let through): inputs.append((source, through))
            case .bounded: break
            case .unknown: allBounded = false
            }
        }
        if let least = inputs.min(by: { order($0) < order($1) }) { return .input(least.0, through: least.1) }
        return allBounded ? .bounded : .unknown
    }

    private static func order(_ input: (InputSource, [String])) -> String {
        "\(input.0.function)\u{0}\(input.0.expression)\u{0}\(input.0.kind)\u{0}\(input.1.joined(separator: ","))"
    }

    static func name(_ function: FunctionRef) -> String {
        function.receiver.map { "\($0).\(function.name)" } ?? function.name
    }
}
