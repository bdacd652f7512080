/// GL101: an `*http.Response` obtained in a function whose body is never closed there.
public struct UnclosedResponseBodyRule: Rule {
    public static let doc = RuleDoc(
        code: "GL101",
        name: "unclosed-response-body",
        title: "HTTP response body is never closed",
        severity: .warning,
        whatItDoes: """
            Finds `*http.Response` values (from `http.Get/Post/PostForm`, an `http.Client`'s `Do/Get/Post/…` — \
            a client known by its declared type, from `ts.Client()`, or guessed from its name and confirmed by \
            the call's shape or use —, a transport's `RoundTrip`, a same-package wrapper whose returned response \
            comes from such a call, or an exported wrapper of another package of the module or its vendor/) \
            whose `Body` is never closed in the function that obtained them; responses discarded outright; \
            and a `return` between the error check and the `Close` on which the body leaks. Hand-offs are not \
            leaks: returned, stored, sent, passed to another package, or to a same-package function that closes \
            or keeps it. HEAD responses have no body and are skipped, and so is a response returned together \
            with its body's bytes (`(*http.Response, []byte, error)`, client_golang's `api.Client.Do`): the \
            callee read and closed it. In tests (with `--tests`) a discarded \
            response is a note.
            """,
        whyIsThisBad: """
            An unclosed body keeps its TCP connection out of the pool and its buffers and goroutines alive. \
            Under load the process leaks file descriptors and memory until it hits ulimit or is OOM-killed. \
            Reading the body to EOF is not enough: only Close returns the connection.
            """,
        example: """
            resp, err := http.Get(url)
            if err != nil {
                return err
            }
            data, err := io.ReadAll(resp.Body)
            """,
        useInstead: """
            resp, err := http.Get(url)
            if err != nil {
                return err
            }
            defer resp.Body.Close()
            data, err := io.ReadAll(resp.Body)
            """,
        options: ["closers: functions that close a response or body passed to them (pkg.Func or Func)",
                  "clients: extra variable or field names to treat as *http.Client"],
        tags: ["resources", "net/http", "reliability"],
        equivalents: ["bodyclose"],
        triggering: UnclosedResponseBodyExamples.triggering,
        nonTriggering: UnclosedResponseBodyExamples.nonTriggering)

    let closers: [String]
    let clientNames: [String]

    public init(options: RuleOptions) {
        closers = options.list("closers")
        clientNames = options.list("clients").map { $0.lowercased() }
    }

    /// Files importing net/http may declare response-returning wrappers: read their declarations first.
    public static var declarationTriggers: [String] { ["\"net/http\""] }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        // A package that never mentions net/http has no response to leak.
        guard package.anySourceContains("net/http") else { return nil }
        return Analysis(rule: self, package: package, diagnostics: diagnostics)
    }

    final class Analysis: PackageAnalysis, OwnershipVocabulary {
        let rule: UnclosedResponseBodyRule
        let package: PackageContext
        let diagnostics: Diagnostics
        private var tracker: OwnershipTracker!
        private var file: GoFile!
        /// Local names of net/http in the current file (`http`, or an alias).
        private var httpNames: [String] = []
        /// Names assigned an `http.Client` in the current file (`c := &http.Client{…}`).
        private var localClients: Set<String> = []
        /// Locals whose struct type is known from their initializer (`cst := newClientServerTest(…)`,
        /// `s := &server{…}`): their fields' declared types decide whether `cst.c` is a client.
        private var localTypes: [String: String] = [:]
        /// Package-level variables with their declared type, read from every file's bytes up front
        /// (`once sync.Once` in a file walked later): `once.Do(f)` is not a client's Do.
        private lazy var packageVariableTypes: [String: String] = {
            var types: [String: String] = [:]
            // The package's var lines as the context read them once for every rule: a question about those
            // lines only, so an edit elsewhere in the editor's buffer keeps the other files' walks.
            for line in package.packageVarLines {
                let words = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
                let start = words.first == "var" ? 1 : 0
                guard words.count >= start + 2, !words[start + 1].hasPrefix("=") else { continue }
                types[String(words[start])] = String(words[start + 1])
            }
            return types
        }()
        /// Acquisitions whose tracked value is the body itself (an imported wrapper returning it as an
        /// `io.ReadCloser`): closed with `body.Close()`.
        private var bodySites: Set<SourceRange> = []
        /// Same-package functions and methods whose results include `*http.Response`. Read when the first
        /// file is walked: by then every file importing net/http has been read (`declarationTriggers`).
        private lazy var allFunctions = package.declarations.functions.values.flatMap { $0 }
            + package.declarations.methods.values.flatMap { $0 }
        private lazy var wrapperFunctions = Self.responseResults(package.declarations.functions, all: allFunctions,
                                                                 httpNames: httpNamesForPackage)
        private lazy var wrapperMethods = Self.responseResults(package.declarations.methods, all: allFunctions,
                                                               httpNames: httpNamesForPackage)

        struct Wrapper {
            let resultIndex: Int
            /// Accepted argument counts (a variadic last parameter accepts more).
            let arity: ClosedRange<Int>
            /// For methods: the receiver's type name (`Client` for `*Client`).
            let receiverType: String?
        }

        init(rule: UnclosedResponseBodyRule, package: PackageContext, diagnostics: Diagnostics) {
            self.rule = rule
            self.package = package
            self.diagnostics = diagnostics
            tracker = OwnershipTracker(vocabulary: self)
        }

        /// Functions returning an `*http.Response` (not another package's `*X.Response`) that callers must
        /// close: wrappers whose body makes a net/http-shaped call, or calls such a wrapper. Not those that
        /// close the body themselves (`defer resp.Body.Close()`), build it in memory, or get it from
        /// another package's API (rclone's `rest.Client.CallJSON` closes it; gorilla's `Dial` needs no
        /// close): that package's contract decides, and we cannot read it.
        private static func responseResults(_ table: [String: [PackageDeclarations.Function]],
                                            all: [PackageDeclarations.Function],
                                            httpNames: [String]) -> [String: Wrapper] {
            let sourceNames = sourceWrapperNames(all, httpNames: httpNames)
            var result: [String: Wrapper] = [:]
            for (name, functions) in table where sourceNames.contains(name) {
                for function in functions {
                    guard let body = function.responseBody, !body.closesWithDefer,
                          let index = function.results.firstIndex(where: { isResponsePointer($0.typeText, httpNames: httpNames) })
                    else { continue }
                    let parameters = function.parameters ?? []
                    let count = parameters.count
                    let variadic = parameters.last?.typeText.hasPrefix("...") == true
                    result[name] = Wrapper(resultIndex: index, arity: variadic ? (count - 1)...Int.max : count...count,
                                           receiverType: function.receiverType.map(Self.bareTypeName))
                }
            }
            return result
        }

        /// Names of response-returning functions and methods that reach a client call, directly or through
        /// each other (a fixpoint over `calledNames`).
        private static func sourceWrapperNames(_ all: [PackageDeclarations.Function], httpNames: [String]) -> Set<String> {
            let candidates = all.filter { function in
                function.responseBody.map { !$0.closesWithDefer } == true
                    && function.results.contains { isResponsePointer($0.typeText, httpNames: httpNames) }
                    // A wrapper that hands each response to a callback (`handle func(*http.Response, error)`)
                    // lets the callback own the body (stripe-go's requestWithRetriesAndTelemetry).
                    && !(function.parameters ?? []).contains { $0.typeText.hasPrefix("func(") && $0.typeText.contains("Response") }
            }
            var sources = Set(candidates.filter { $0.responseBody?.callsClient == true }.map(\.name))
            var changed = true
            while changed {
                changed = false
                for function in candidates where !sources.contains(function.name)
                    && !(function.responseBody?.calledNames.isDisjoint(with: sources) ?? true) {
                    sources.insert(function.name)
                    changed = true
                }
            }
            return sources
        }

        static func bareTypeName(_ typeText: String) -> String {
            typeText.replacingOccurrences(of: "*", with: "").split(separator: "[").first
                .map { String($0).trimmingCharacters(in: .whitespaces) } ?? typeText
        }

        static func isResponsePointer(_ typeText: String, httpNames: [String]) -> Bool {
            httpNames.contains { typeText == "*" + qualified($0, "Response") }
        }

        var kinds: [KindID] { OwnershipTracker.kinds }
        var leaveKinds: [KindID] { OwnershipTracker.leaveKinds }

        func beginFile(_ file: GoFile) -> Bool {
            self.file = file
            httpNames = file.imports.pathByName.filter { $0.value == "net/http" }.map(\.key)
            // `import . "net/http"`: `Client`, `*Response` and `Get(…)` unqualified (FN-2).
            if file.imports.dotImports.contains("net/http") { httpNames.append("") }
            localClients = []
            localTypes = [:]
            // Local clients and struct values are read only for calls of a client method (`c.Do(`) or of a
            // same-package wrapper method: a file that calls none of them (by bytes, a superset: `c.\n\tDo(`
            // still has `Do(`) does not note them for every declaration.
            let needles = Self.clientCallNeedles + wrapperMethods.keys.map { $0 + "(" }
            notesLocals = needles.contains { ByteSearch.contains(file.source, $0) }
            // Files that neither import net/http nor call a response-returning wrapper cannot acquire a
            // response; they still contribute summaries of helpers that may close one.
            return true
        }

        /// The client methods whose calls read `localClients` and `localTypes` (see `acquisition`).
        static let clientCallNeedles = ["Do(", "Get(", "Post(", "PostForm(", "RoundTrip("]
        private var notesLocals = true

        func enter(_ node: Node, _ walk: WalkContext) {
            if notesLocals, node.is(Kind.shortVarDeclaration) || node.is(Kind.varSpec) || node.is(Kind.assignmentStatement) {
                noteLocalClients(node)
            }
            tracker.enter(node, walk)
        }

        func leave(_ node: Node, _ walk: WalkContext) { tracker.leave(node, walk) }

        func finishPackage() {
            for value in tracker.acquisitions where package.wantsFindings(in: value.site.path) {
                if value.acquisition == .dropped {
                    // Dropped, unless the other result holding it was closed (`res, _, err := request.Get(…)`
                    // then `res.Body.Close()`).
                    guard value.isConfirmed, tracker.resolve(value) == .open else { continue }
                    // In a test (linted with --tests) a dropped response is often from a fake that can only
                    // fail, and the leak ends with the test: a note (R-101d).
                    let inTest = FileClassification.isTest(path: value.site.path)
                    diagnostics.report(value.site, "the response of \(value.source) is discarded, so its body can never be "
                                       + "closed: assign it and `defer resp.Body.Close()` after the error check",
                                       severity: inTest ? .note : nil)
                    continue
                }
                guard let name = value.name, value.isConfirmed else { continue }
                let close = bodySites.contains(value.site) ? "\(name).Close()" : "\(name).Body.Close()"
                switch tracker.resolve(value) {
                case .open:
                    // No exit is reached with the body open (every path fails first, or the body is nil there).
                    if value.pathExits != nil, tracker.leakingReturn(of: value) == nil { continue }
                    diagnostics.report(value.site, "response body of '\(name)' (from \(value.source)) is never closed: "
                                       + "add `defer \(close)` after the error check", fix: Self.fix(for: value, name, close))
                case .released, .escaped:
                    guard let exit = tracker.leakingReturn(of: value, afterFirstUse: true) else { continue }
                    if exit.isLoopBack {
                        diagnostics.report(value.site, "response body of '\(name)' (from \(value.source)) is not closed on "
                                           + "every path: the loop goes round to the next request while it is open; put "
                                           + "`defer \(close)` right after the error check (in a function per iteration)")
                        continue
                    }
                    if exit.isOverwrite {
                        diagnostics.report(value.site, "response body of '\(name)' (from \(value.source)) is lost unclosed: the "
                                           + "assignment at line \(exit.range.start.line) replaces the response while its body "
                                           + "is open; close it before assigning '\(name)' again",
                                           related: [RelatedLocation(exit.range, "'\(name)' is assigned another response here")])
                        continue
                    }
                    let path = exit.isEnd ? "reaches the end of the function at line \(exit.range.start.line)"
                        : "returns at line \(exit.range.start.line)"
                    diagnostics.report(value.site, "response body of '\(name)' (from \(value.source)) is not closed on "
                                       + "the path that \(path): put `defer \(close)` right after the error check",
                                       related: [RelatedLocation(exit.range, (exit.isEnd ? "the function ends here" : "returns here")
                                                                 + " without closing '\(name).Body'")],
                                       fix: DeferAnchor.movingReleases(of: value, name: name, deferred: "defer \(close)"))
                }
            }
        }

        /// `defer resp.Body.Close()` after the error check of the statement that got the response.
        static func fix(for value: TrackedValue, _ name: String, _ close: String) -> Fix? {
            // Not before the error check: on an error the response is nil and `resp.Body` panics (vet's httpresponse).
            guard let anchor = value.deferAnchor, anchor.name == name, !anchor.leavesErrorUnchecked else { return nil }
            return Fix(message: "add `defer \(close)`", edits: [
                TextEdit(path: value.site.path, startByte: anchor.insertAt, endByte: anchor.insertAt, newText: anchor.insertion("defer \(close)")),
            ])
        }

        // MARK: Clients

        private func noteLocalClients(_ node: Node) {
            // No http import needed: `c := ts.Client()` in a file importing only httptest.
            let values = node.child(node.is(Kind.varSpec) ? Field.value : Field.right)?.namedChildren ?? []
            let targets = node.is(Kind.varSpec) ? LocalDeclarations.specNames(node)
                : (node.child(Field.left)?.namedChildren ?? [])
            for (target, value) in zip(targets, values) {
                if isClientConstruction(value) { localClients.insert(target.text) }
                if let type = constructedType(value) { localTypes[target.text] = type }
            }
            if node.is(Kind.varSpec), let type = node.child(Field.type), isClientType(type.text) {
                for target in targets { localClients.insert(target.text) }
            }
        }

        private func isClientConstruction(_ value: Node) -> Bool {
            // Every form below names a Client: most assignments are rejected on their bytes, with no String.
            guard ByteSearch.contains(value.bytes, "Client") else { return false }
            if Self.isClientAccessor(value) { return true }
            let text = value.text.replacingOccurrences(of: " ", with: "")
            // `httputil.NewClientConn(conn, nil)`: its Do and Read return responses.
            if text.contains(".NewClientConn(") { return true }
            return httpNames.contains { name in
                let client = Self.qualified(name, "Client")
                return text.hasPrefix("&\(client){") || text.hasPrefix("\(client){") || text == Self.qualified(name, "DefaultClient")
                    || text == "new(\(client))"
            }
        }

        /// The struct type a value is built as: `&T{…}`, `T{…}`, or a call of a same-package function whose
        /// first result is `T` or `*T`.
        private func constructedType(_ value: Node) -> String? {
            var node = value
            if node.is(Kind.unaryExpression), let operand = node.child(Field.operand) { node = operand }
            if node.is(Kind.compositeLiteral), let type = node.child(Field.type), type.is(Kind.typeIdentifier) { return type.text }
            if node.is(Kind.callExpression), let function = node.child(Field.function), function.is(Kind.identifier),
               let declared = package.declarations.functions[function.text]?.first?.results.first?.typeText {
                let bare = Self.bareTypeName(declared)
                return package.declarations.structTypes[bare] != nil ? bare : nil
            }
            return nil
        }

        /// `ts.Client()`, `srv.Client()`: a method named Client with no arguments returns an *http.Client
        /// (httptest.Server's, and most wrappers'), FN-1.
        static func isClientAccessor(_ value: Node) -> Bool {
            guard value.is(Kind.callExpression), let function = value.child(Field.function), function.is(Kind.selectorExpression),
                  function.child(Field.field)?.textEquals("Client") == true else { return false }
            return (value.child(Field.arguments)?.namedChildren.filter { !$0.is(Kind.comment) }.isEmpty) ?? false
        }

        /// `http.Client`, or `Client` under a dot import (the name is empty).
        static func qualified(_ package: String, _ name: String) -> String { package.isEmpty ? name : "\(package).\(name)" }

        private func isClientType(_ typeText: String) -> Bool {
            let bare = typeText.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
            return httpNames.contains { bare == Self.qualified($0, "Client") } || bare == "http.Client"
        }

        /// Whether the operand of `X.Do(…)` is an http.Client we know of, or only looks like one.
        private func clientKnowledge(_ operand: Node, _ walk: WalkContext) -> (known: Bool, guessed: Bool) {
            if file.isQualified(operand, "net/http", "DefaultClient") || Self.isClientAccessor(operand) { return (true, false) }
            let lastName: String
            if operand.is(Kind.identifier) {
                lastName = operand.text
                if localClients.contains(lastName) { return (true, false) }
                if let variable = package.declarations.variables[lastName],
                   variable.typeText.map(isClientType) == true
                    || variable.valueHead.map({ v in isClientHead(v) }) == true {
                    return (true, false)
                }
                if let function = walk.enclosingFunction, let parameters = function.child(Field.parameters),
                   PackageDeclarations.parameters(of: parameters).contains(where: { $0.name == lastName && isClientType($0.typeText) }) {
                    return (true, false)
                }
            } else if operand.is(Kind.selectorExpression), let field = operand.child(Field.field) {
                lastName = field.text
                if let declared = declaredFieldType(of: operand, walk) {
                    // The struct type of `x` is known: its field decides, whatever other structs say. An
                    // interface field with a method returning a response (`Do(*http.Request) (*http.Response,
                    // error)`) may be a client; any other type is one only if configured so.
                    if isClientType(declared) { return (true, false) }
                    let mayBeClient = declared.contains(".Response") || rule.clientNames.contains(lastName.lowercased())
                    return (false, mayBeClient)
                }
                let types = package.declarations.structFields[lastName] ?? []
                if !types.isEmpty, types.allSatisfy(isClientType) { return (true, false) }
            } else {
                return (false, false)
            }
            let lowered = lastName.lowercased()
            return (false, lowered.hasSuffix("client") || rule.clientNames.contains(lowered))
        }

        /// Whether `operand` (of `operand.Name(…)`) may be a receiver of the wrapper method: unless its
        /// declared type is known and is another type (`rtm.disconnectedm` is a `sync.Once`).
        private func operandMayBe(_ wrapper: Wrapper, _ operand: Node, _ walk: WalkContext) -> Bool {
            guard let receiver = wrapper.receiverType else { return true }
            var declared: String?
            if operand.is(Kind.selectorExpression) {
                declared = declaredFieldType(of: operand, walk)
            } else if operand.is(Kind.identifier) {
                // `var once sync.Once` (package level) or a local built as a known type.
                declared = localTypes[operand.text] ?? package.declarations.variables[operand.text]?.typeText
                    ?? packageVariableTypes[operand.text]
            }
            guard let declared else { return true }
            return Self.bareTypeName(declared) == receiver
        }

        /// The declared type of the field in `x.field` when `x` is the receiver or a parameter of the
        /// enclosing function (or of the declaration around a func literal) and its type is a struct of
        /// this package.
        private func declaredFieldType(of selector: Node, _ walk: WalkContext) -> String? {
            guard let base = selector.child(Field.operand), base.is(Kind.identifier),
                  let field = selector.child(Field.field) else { return nil }
            let name = base.text
            if let local = localTypes[name] { return package.declarations.structTypes[local]?[field.text] }
            var functions: [Node] = []
            if let function = walk.enclosingFunction { functions.append(function) }
            if walk.level >= 1 {
                let top = walk.node(atLevel: 1)
                if LocalDeclarations.isFunction(top.kind), !functions.contains(top) { functions.append(top) }
            }
            for function in functions {
                for list in [function.child(Field.receiver), function.child(Field.parameters)].compactMap({ $0 }) {
                    guard let parameter = PackageDeclarations.parameters(of: list).first(where: { $0.name == name }) else { continue }
                    return package.declarations.structTypes[Self.bareTypeName(parameter.typeText)]?[field.text]
                }
            }
            return nil
        }

        private func isClientHead(_ head: String) -> Bool {
            let text = head.replacingOccurrences(of: " ", with: "")
            return httpNamesForPackage.contains { name in
                text.hasPrefix("&\(name).Client{") || text.hasPrefix("\(name).Client{") || text == "\(name).DefaultClient"
            }
        }

        /// Package-level variables may be declared in a file with another alias: accept the usual one too.
        private var httpNamesForPackage: [String] { httpNames.contains("http") ? httpNames : httpNames + ["http"] }

        // MARK: OwnershipVocabulary

        static let clientMethodArity: [String: Int] = ["Do": 1, "Get": 1, "Head": 1, "Post": 3, "PostForm": 2]

        func acquisition(_ call: Node, _ walk: WalkContext) -> Acquisition? {
            let callee = walk.calleeParts(of: call)
            guard let function = callee.function, mayAcquire(function, callee) else { return nil }

            // A HEAD response has no body (http.NoBody) and its connection is released at once: nothing
            // to leak, and a maintainer would dismiss the finding.
            if function.is(Kind.selectorExpression), function.child(Field.field)?.textEquals("Head") == true { return nil }
            if isHeadRequestDo(call, function, walk) { return nil }
            // Where the callee's signature is known, it decides; the syntax below answers only for unknowns.
            switch typedAcquisition(call, function, walk) {
            case .decided(let acquisition): return acquisition
            case .unknown: break
            }
            if !httpNames.isEmpty || !file.imports.dotImports.isEmpty {
                if file.isCall(call, "net/http", "Get", "Post", "PostForm") {
                    return Acquisition(resultIndex: 0, source: function.text)
                }
            }
            if function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
               let method = function.child(Field.field) {
                let name = method.text
                let argumentNodes = call.child(Field.arguments)?.namedChildren.filter { !$0.is(Kind.comment) } ?? []
                let arguments = argumentNodes.count
                // `once.Do(func() {…})`: a func argument is never an *http.Request.
                let passesFunction = argumentNodes.contains { $0.is(Kind.funcLiteral) }
                // A local client that shadows an imported package's name (`client := &http.Client{}` with a
                // package `client` imported) is the local (FN-5).
                let isPackage = operand.is(Kind.identifier) && file.imports.path(forName: operand.text) != nil
                    && !localClients.contains(operand.text)
                if let arity = Self.clientMethodArity[name], !isPackage {
                    let knowledge = clientKnowledge(operand, walk)
                    // A guess is dropped when the package has its own method of that name that returns no
                    // *http.Response (go-github's `Client.Do(ctx, req, v)`), or a func is passed (`once.Do`).
                    let ownMethod = package.declarations.methods[name]?.contains { method in
                        !method.results.contains { Self.isResponsePointer($0.typeText, httpNames: httpNamesForPackage) }
                    } ?? false
                    if knowledge.known || (knowledge.guessed && !passesFunction && !(ownMethod && arguments != arity)) {
                        return Acquisition(resultIndex: 0, source: function.text,
                                           needsConfirmation: !knowledge.known && arguments != arity)
                    }
                }
                if name == "RoundTrip", arguments == 1, looksLikeTransport(operand) {
                    return Acquisition(resultIndex: 0, source: function.text)
                }
                // A method is matched by name only, and other types may have a method of that name
                // (`src.Read(buf)` vs a package `Read` returning a response): the call must fit its
                // signature, and a kept result must be used like a response.
                if let wrapper = wrapperMethods[name], wrapper.arity.contains(arguments),
                   file.imports.path(forName: operand.text) == nil, operandMayBe(wrapper, operand, walk), !passesFunction {
                    return Acquisition(resultIndex: wrapper.resultIndex, source: function.text,
                                       needsConfirmation: true, confirmedWhenDropped: true)
                }
            }
            if function.is(Kind.identifier), let wrapper = wrapperFunctions[function.text] {
                return Acquisition(resultIndex: wrapper.resultIndex, source: function.text)
            }
            return importedWrapper(call, function)
        }

        enum TypedAnswer { case decided(Acquisition?), unknown }

        /// The semantic core's answer: a call whose callee returns an `*http.Response` is a source when the
        /// callee is net/http's (`http.Get`, `Client.Do`/`Get`/`Post`/`PostForm`, any `RoundTrip`), an
        /// interface's method (whatever implements it hands back a live response), or a function of a package
        /// outside the module whose source is on the machine. A callee whose results hold no response is not
        /// one (`client.Get(key).(string)` of a key-value client). Same-package and module wrappers go on to
        /// the wrapper analysis below (does the wrapper close what it returns?); an unknown callee too.
        private func typedAcquisition(_ call: Node, _ function: Node, _ walk: WalkContext) -> TypedAnswer {
            // A dot import's names are unqualified: the type reader cannot tell them from this package's yet.
            guard file.imports.dotImports.isEmpty else { return .unknown }
            let semantics = walk.semantics
            guard let signature = semantics.types.calleeSignature(call) else {
                // `x.Get(…)` where x's declared type is known and is not net/http's, though its package cannot be
                // read (`client *subscriptions.Client`): whatever Get returns, that receiver is no HTTP client.
                if let selector = Optional(unparenthesized(function)), selector.is(Kind.selectorExpression),
                   let operand = selector.child(Field.operand), case .value(let type) = semantics.types.denotation(of: operand),
                   let named = semantics.environment.canonical(type).namedThroughPointer, named.path != "net/http",
                   !named.path.isEmpty {
                    return .decided(nil)
                }
                return .unknown
            }
            guard let index = signature.results.firstIndex(where: { $0.type.isPointer(to: "net/http", "Response") }) else {
                return .decided(nil)
            }
            // A callee that hands back the body's bytes with the response (`Do(ctx, req) (*http.Response, []byte,
            // error)`, client_golang's api.Client) has read the body and closed it: the response is its metadata.
            if signature.results.contains(where: { result in
                if case .slice(.basic(let element)) = result.type { return element == "byte" || element == "uint8" }
                return false
            }) {
                return .decided(nil)
            }
            let text = function.text
            let callee = unparenthesized(function)
            var name = callee.text
            var owner: TypeEnvironment.MethodOwner?
            var packagePath: String?
            if callee.is(Kind.selectorExpression), let operand = callee.child(Field.operand), let field = callee.child(Field.field) {
                name = field.text
                switch semantics.types.denotation(of: operand) {
                case .package(let path): packagePath = path
                case .value(let type):
                    owner = semantics.environment.methodOwner(of: type, name)
                    // A field of function type (`opts.Do func(…) (*http.Response, error)`): whatever is plugged in
                    // hands back a live response, as an interface's method does.
                    if owner == nil, case .function? = semantics.environment.member(of: type, name).map(semantics.environment.underlying) {
                        return name == "Head" ? .decided(nil) : .decided(Acquisition(resultIndex: index, source: text))
                    }
                default: return .unknown
                }
            } else if callee.is(Kind.identifier) {
                if case .local = semantics.resolve(callee) { return .decided(Acquisition(resultIndex: index, source: text)) }
                return .unknown  // a function of this package: the wrapper analysis decides
            } else {
                return .unknown
            }
            if name == "Head" { return .decided(nil) }  // no body (http.NoBody)
            if case .named(let typeName)? = owner { packagePath = typeName.path }
            if owner == .interface || name == "RoundTrip" {
                return .decided(Acquisition(resultIndex: index, source: text))
            }
            guard let packagePath else { return .unknown }
            if packagePath == "net/http" {
                let isSource = owner == nil ? ["Get", "Post", "PostForm"].contains(name)
                    : owner == .named(TypeName(path: "net/http", name: "Client")) && Self.clientMethodArity[name] != nil
                return .decided(isSource ? Acquisition(resultIndex: index, source: text) : nil)
            }
            if StdlibStubs.contains(packagePath) { return .decided(nil) }  // httptest's recorder: a response in memory
            if packagePath == semantics.environment.current.path { return .unknown }
            if semantics.environment.origin(of: packagePath) == .module {
                return .unknown  // a wrapper of this module: the wrapper analysis reads its body
            }
            return .decided(Acquisition(resultIndex: index, source: text))
        }

        /// The cheap first look at every call of the package: only these callee shapes can reach a
        /// branch of `acquisition` that returns one, so every other call (nearly all) stops here, before
        /// argument lists and import lookups are built.
        private func mayAcquire(_ function: Node, _ callee: WalkContext.CalleeParts) -> Bool {
            if function.is(Kind.identifier) {
                // `Get(…)` of a dot-imported net/http, or a same-package wrapper.
                return !file.imports.dotImports.isEmpty || !wrapperFunctions.isEmpty
            }
            guard let method = callee.field else { return false }
            let name = method.text  // a method name: a small String, no allocation
            if Self.clientMethodArity[name] != nil || name == "RoundTrip" || wrapperMethods[name] != nil { return true }
            // A function of an imported package of this module or its vendor/ (`importedWrapper`).
            guard let operand = callee.operand, operand.is(Kind.identifier),
                  let path = file.imports.path(forName: operand.text) else { return false }
            return Self.isModulePath(path)
        }

        /// An import path whose first element has a dot (`github.com/…`): not the standard library.
        static func isModulePath(_ path: String) -> Bool {
            path.utf8.prefix { $0 != UInt8(ascii: "/") }.contains(UInt8(ascii: "."))
        }

        /// `c.Do(req)` where `req` is built in this function as a HEAD request: the line that assigns it
        /// names HEAD (`http.MethodHead`, `"HEAD"`, `httpm.HEAD`).
        private func isHeadRequestDo(_ call: Node, _ function: Node, _ walk: WalkContext) -> Bool {
            guard function.is(Kind.selectorExpression), function.child(Field.field)?.textEquals("Do") == true,
                  let argument = call.child(Field.arguments)?.namedChildren.first(where: { !$0.is(Kind.comment) }),
                  argument.is(Kind.identifier), let enclosing = walk.enclosingFunction else { return false }
            // Most functions never say HEAD: decided on bytes, without building the function's text.
            let bytes = enclosing.bytes
            guard ByteSearch.contains(bytes, "HEAD") || ByteSearch.contains(bytes, "MethodHead") else { return false }
            let name = argument.text
            for line in enclosing.text.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                guard trimmed.hasPrefix(name + " :=") || trimmed.hasPrefix(name + " =") || trimmed.hasPrefix(name + ", ")
                else { continue }
                if line.contains("MethodHead") || line.contains("\"HEAD\"") || line.contains(".HEAD") { return true }
            }
            return false
        }

        /// FN-3: `request.Get(…)` of a package of this module (or vendored) whose exported signature returns an
        /// `*http.Response` it got from a client call and did not close. When it also returns the body as an
        /// `io.ReadCloser` (moby's testutil/request), that body is what must be closed.
        /// Imported packages' functions by import path, for this package (the shared cache behind it
        /// normalises paths and takes a lock: once per import, not per call).
        private var importedFunctions: [String: [String: ImportedDeclarations.Function]] = [:]

        private func importedFunctions(of path: String) -> [String: ImportedDeclarations.Function] {
            if let known = importedFunctions[path] { return known }
            let functions = package.importedFunctions(of: path)
            importedFunctions[path] = functions
            return functions
        }

        private func importedWrapper(_ call: Node, _ function: Node) -> Acquisition? {
            guard function.is(Kind.selectorExpression), case .package(let path, let name) = file.callee(of: call),
                  Self.isModulePath(path),
                  let imported = importedFunctions(of: path)[name],
                  imported.callsClient, !imported.closesWithDefer,
                  let response = imported.results.firstIndex(of: "*http.Response") else { return nil }
            let body = imported.results.firstIndex(of: "io.ReadCloser")
            if body != nil { bodySites.insert(file.range(of: call)) }
            // With both results, `res.Body.Close()` closes `body` too.
            return Acquisition(resultIndex: body ?? response, source: function.text,
                               partnerResultIndex: body != nil ? response : nil)
        }

        private func looksLikeTransport(_ operand: Node) -> Bool {
            let name = (operand.is(Kind.selectorExpression) ? operand.child(Field.field) : operand)?.text.lowercased() ?? ""
            if name.contains("transport") || name == "rt" || name == "tr" { return true }
            let types = package.declarations.structFields[name] ?? []
            return types.contains { $0.contains("Transport") || $0.contains("RoundTripper") }
        }

        func selectorUse(_ selector: Node, field: Node, parentOfSelector: Node?, _ walk: WalkContext) -> SelectorUse {
            if field.textEquals("Close"), let call = parentOfSelector, call.is(Kind.callExpression),
               call.child(Field.function) == selector {
                return .releasedByCall
            }
            // `defer logError(…, resp.Body.Close)`: the method value is handed over to be called.
            if field.textEquals("Close"), parentOfSelector?.is(Kind.argumentList) == true { return .releasedByCall }
            if field.textEquals("Body") { return .derived }
            for name in ["StatusCode", "Status", "Header", "ContentLength", "Trailer", "Request", "Cookies",
                         "Location", "TLS", "Proto"] where field.textEquals(name) {
                return .confirming
            }
            return .irrelevant
        }

        func argumentUse(_ call: Node, index: Int, _ walk: WalkContext) -> ArgumentUse {
            if isConfiguredCloser(call) { return .releases }
            if let literal = call.child(Field.function), literal.is(Kind.funcLiteral) { return literalUse(literal, index) }
            return OwnershipCalls.argumentUse(call, file, package.declarations, typed: (walk.semantics, index, ["Close"]))
        }

        /// `defer func(body io.ReadCloser) { … }(resp.Body)`: the literal's parameter receives the value.
        /// It releases when the literal closes that parameter (`body.Close()`, `r.Body.Close()`); a literal
        /// that does not mention it only borrows (the value stays open).
        private func literalUse(_ literal: Node, _ index: Int) -> ArgumentUse {
            guard let parameters = literal.child(Field.parameters) else { return .escapes }
            let list = PackageDeclarations.parameters(of: parameters)
            guard index < list.count, let name = list[index].name, let body = literal.child(Field.body) else { return .escapes }
            var closes = false, mentions = false
            TreeWalk.forEach(body) { node in
                if node.is(Kind.identifier), node.textEquals(name) {
                    mentions = true
                    let text = String(decoding: body.tree.source[node.startByte..<min(node.endByte + 12, body.endByte)], as: UTF8.self)
                    if text.hasPrefix(name + ".Close()") || text.hasPrefix(name + ".Body.Close()") { closes = true }
                }
                return !closes
            }
            return closes ? .releases : (mentions ? .escapes : .borrows)
        }

        private func isConfiguredCloser(_ call: Node) -> Bool {
            guard !rule.closers.isEmpty, let function = call.child(Field.function) else { return false }
            let text = function.text
            switch file.callee(of: call) {
            case .package(let path, let name):
                return rule.closers.contains { $0 == text || $0 == "\(path).\(name)" }
            default:
                return rule.closers.contains(text)
            }
        }

        var parameterTypeNeedles: [String] { ["Response", "Reader", "Closer", "any", "interface"] }
        var derivedFields: [String] { ["Body"] }
    }
}
