/// A resource that the function acquiring it must release, as data: which calls acquire it, which
/// method (or call) releases it, what merely borrows it, and how to say so. GL103 files, GL104 SQL rows
/// and statements, GL106 network connections, GL302 tickers and timers and GL304 cancel functions are
/// each one of these plus their documentation; `ResourceAnalysis` and the ownership tracker do the rest.
struct ResourceKind: Sendable {
    /// A method-shaped acquisition without types (`db.Query(q)`, `ln.Accept()`), judged on syntax.
    struct MethodSource: Sendable {
        let names: Set<String>
        /// Allowed argument counts.
        let arguments: ClosedRange<Int>
        /// The receiver must look like this (lowercased operand text contains one of these), or any.
        let receiverHints: [String]
        /// The result must be assigned to this many targets (`rows, err := …`).
        let targets: Int
        /// A guess: the value must be used like the resource (`confirming`) to be reported…
        let needsConfirmation: Bool
        /// …unless the receiver's last name contains one of these (`db`, `tx`, `pgxPool`).
        var confidentReceivers: [String] = []
    }

    /// Nouns for messages: "file", "rows"; the verb: "closed", "stopped", "called".
    let noun: String
    let verb: String
    /// Nouns by acquiring function or method, where they differ (`Prepare` → "statement").
    var nouns: [String: String] = [:]
    /// The package must import one of these (checked on bytes before any walk).
    let imports: [String]
    /// Import path → function → index of the result that holds the resource.
    let functions: [String: [String: Int]]
    let methods: [MethodSource]
    /// `f.Close()`: calling one of these methods on the value releases it.
    let releaseMethods: Set<String>
    /// Methods whose use shows a guessed value is the resource (`rows.Next()`).
    let confirmingMethods: Set<String>
    /// Parameter types whose functions are summarised (does `closeAll(f)` close what it gets?).
    let parameterTypes: [String]
    /// The acquisition returns an error to check first (`f, err := os.Open(p)`): the fix goes after
    /// that check. False for tickers and cancel functions: right after the call.
    var errorChecked = true
    /// Calling the value releases it (`cancel()`).
    var callingReleases = false
    /// Every path out of the function must use it (go vet's lostcancel), error paths included.
    var everyPath = false
    /// The resource's types (`database/sql.Rows`, `net.Conn`): a method whose signature is known acquires when its
    /// first result is one of these (through a pointer), whatever its receiver is called; one whose signature is
    /// known and returns something else does not. Receiver-name hints answer only where types are unknown.
    var resultTypes: [TypeName] = []
    /// Methods whose false result means the resource released itself (`rows.Next()`: database/sql closes the
    /// rows when Next returns false, so a `for rows.Next()` loop that runs out leaves nothing open).
    var releasedWhenFalse: Set<String> = []
    /// Receiving from this field of a value of this type releases it (`<-t.C` of a `*time.Timer`: fired and
    /// drained, nothing to stop).
    var releasedByReceivingFrom: (field: String, type: TypeName)?
    /// How one acquisition by a package function is judged before any path is searched, for a kind whose leak
    /// depends on the call (GL302's timers: on their duration and on being re-armed in a loop); nil: reported.
    var acquisitionPolicy: (@Sendable (_ call: Node, _ walk: WalkContext) -> AcquisitionPolicy)?
    /// The statement the fix inserts, for a variable name: `defer f.Close()`.
    /// The release to suggest for a variable, given the acquiring function's name (`WithCancelCause`'s cancel
    /// takes a cause: `defer cancel(nil)`).
    let releaseStatement: @Sendable (_ name: String, _ acquiredBy: String) -> String

    /// Every function and method name that acquires the resource (`Open`, `Query`…): every package's gate asks,
    /// so it is derived once per kind.
    var sourceNames: [String] {
        derivedSourceNames.value { Set(functions.values.flatMap(\.keys) + methods.flatMap(\.names)).sorted() }
    }
    /// `ByteHash`es of `sourceNames`: a call is rejected on one hash of its selector (this runs for every call).
    var sourceNameHashes: Set<UInt64> { derivedSourceNameHashes.value { Set(sourceNames.map(ByteHash.of)) } }
    let derivedSourceNames = ComputedOnce<[String]>()
    let derivedSourceNameHashes = ComputedOnce<Set<UInt64>>()
}

/// What a kind's `acquisitionPolicy` says of one acquisition.
enum AcquisitionPolicy: Sendable {
    /// Judged like any other: a warning when some path leaks it.
    case report(because: String?)
    /// A leak of it is a note, for this reason (a timer whose duration is not known).
    case note(because: String)
    /// Not a leak whatever the paths (a timer that fires within a minute, one re-armed in a loop).
    case skip
}
