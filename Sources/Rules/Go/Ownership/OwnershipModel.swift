/// The data of ownership tracking: "a value acquired in a function must be released there, unless
/// ownership leaves". Shared by the resource rules (GL101 response bodies, GL102 C memory, …).

/// A same-package function a value was handed to: by name, and whether it was called as a method.
public struct CalleeKey: Hashable, Sendable {
    public let name: String
    public let isMethod: Bool
    public init(name: String, isMethod: Bool) { self.name = name; self.isMethod = isMethod }
}

/// What one use of a tracked value does to its ownership.
public enum OwnershipEvent: Hashable, Sendable {
    /// Closed, freed, stopped: the obligation is met.
    case released
    /// Ownership leaves the function: returned, stored, sent, passed to another package.
    case escaped
    /// Passed to a same-package function as argument `argument`: decided by that function's summary.
    case handedOff(CalleeKey, argument: Int)
    /// Used the way the resource is used (`resp.StatusCode`): confirms a source guessed from a name.
    case confirmed
}

/// How an acquisition's result is used at the call site.
public enum AcquisitionSite: Sendable {
    /// Bound to a local variable that the tracker follows.
    case bound
    /// Assigned to `_`, used as a statement, or passed inline where nobody can release it.
    case dropped
}

/// One tracked value: an acquisition (`resp, err := http.Get(u)`) or a parameter of a package function
/// (for summaries: does `drain(resp)` close what it gets?).
public final class TrackedValue {
    public let site: SourceRange
    /// The first variable name it was bound to; nil while unbound.
    public internal(set) var name: String?
    /// For acquisitions: a description of the source for messages (`http.Get`).
    public let source: String
    public private(set) var events: [OwnershipEvent] = []
    public var acquisition: AcquisitionSite = .bound
    /// Sources guessed from a name (`client.Do`) need a use or call shape that confirms them.
    public var needsConfirmation = false
    /// For guesses whose call shape already fits: a dropped result counts as confirmed.
    public var confirmedWhenDropped = false
    public let isParameter: Bool
    /// Where each release, escape or hand-off happened (byte offsets): the first one that discharges the
    /// obligation bounds the paths on which a `return` leaks the value.
    public private(set) var eventOffsets: [(event: OwnershipEvent, offset: Int)] = []
    /// For `everyPath` acquisitions: the function's closing brace when control can reach it on a path
    /// that never used the value (computed when the walk leaves the function).
    public internal(set) var reachesEndUnused: SourceRange?
    /// For `everyPath` acquisitions: the returns reachable from the acquisition without a use.
    /// nil until the walk leaves the acquiring function.
    var returnsReachedUnused: Set<Int>?
    /// Offsets of every mention of an `everyPath` value's names (go vet counts any reference as a use:
    /// `if cancel != nil { cancel() }`).
    var mentions: [Int] = []
    /// Whether any return or the end of the acquiring function is reachable from the acquisition at all.
    var canExit = true
    var everyPath = false
    /// Where a mechanical `defer name.Close()`-like fix goes, when the acquisition's statement allows one.
    public internal(set) var deferAnchor: DeferAnchor?
    /// The returns of the function that acquired the value.
    var functionReturns: ReturnLog?
    /// Byte offset of the first use of the value after its acquisition (any mention of a name bound to it).
    public internal(set) var firstUse: Int?
    /// Byte ranges where the value's name stands for a later value bound in a nested block.
    var hiddenRanges: [Range<Int>] = []
    /// The declarations (start bytes of their identifiers) of the variables the value and its error were first
    /// assigned to, as the binder resolves them: path conditions are read against these, not against names.
    var valueDeclaration: Int?
    var errorDeclaration: Int?
    /// Released by a deferred closure registered before the acquisition: on every path, at exit.
    var releasedAtExit = false
    /// Acquired by calling this same-package wrapper (see `Acquisition.wrapper`).
    public internal(set) var wrapper: CalleeKey?
    /// The whole lines of each plain release statement (`f.Close()` alone on its line(s), in the acquiring
    /// function): what a fix may delete when it moves the release into one `defer`.
    public internal(set) var movableReleases: [Range<Int>] = []
    /// A release a fix cannot move: deferred, its result used (`return f.Close()`), in a closure, sharing a line.
    public internal(set) var hasFixedRelease = false
    /// The exits of the acquiring function reachable from the acquisition on its control-flow graph without
    /// passing a release, an escape or a hand-off (`throughHandOffs`: hand-offs not counted, for when every
    /// hand-off turns out to keep the value open). Computed when the walk leaves the function.
    var pathExits: (stopsAtHandOffs: ExitSet, throughHandOffs: ExitSet)?

    /// Exits as the package phase keeps them: return statements by start byte, and the end of the body.
    struct ExitSet {
        var returns: [Int] = []
        var end: SourceRange?
        /// Statements that assign the variable another value while this one is still open.
        var overwrites: [SourceRange] = []
        /// A loop goes round to the acquisition again while this one is open.
        var loopsBack = false
    }
    /// Start bytes of statements that bind the value's variable to another tracked value.
    var overwrittenAt: [Int] = []

    init(site: SourceRange, name: String?, source: String, isParameter: Bool) {
        self.site = site; self.name = name; self.source = source; self.isParameter = isParameter
    }

    /// For a second result that holds the same resource (`res, body, err := request.Get(…)`: `res.Body`
    /// is `body`): its releases and escapes count for the value it forwards to.
    var forwardsTo: TrackedValue?

    func record(_ event: OwnershipEvent, at offset: Int? = nil) {
        if events.last != event { events.append(event) }
        if let offset, event != .confirmed { eventOffsets.append((event, offset)) }
        if let forwardsTo, event == .released || event == .escaped { forwardsTo.record(event, at: offset) }
    }

    public var isConfirmed: Bool {
        !needsConfirmation || events.contains(.confirmed) || (acquisition == .dropped && confirmedWhenDropped)
    }
}

/// One `return` statement of a function, as the package phase needs it.
public struct ReturnSite {
    public let range: SourceRange
    /// FNV hashes of the identifiers it returns: a return that names the value hands it off.
    public let returnedNames: Set<UInt64>
    /// Hashes of `t` for each `case <-t.C:` around the return: that timer has fired, nothing to stop.
    public var firedTimers: Set<UInt64> = []
    /// Not a return: the end of the function's body, reached by falling through.
    public var isEnd = false
    /// Not a return: an assignment that replaces the value while it is still open.
    public var isOverwrite = false
    /// Not a return: the loop around the acquisition goes round while the value is still open.
    public var isLoopBack = false
}

/// The returns of one function, shared by the values acquired in it.
final class ReturnLog {
    var sites: [ReturnSite] = []
}

/// The insertion point of a `defer v.Close()`-like fix: after the acquiring statement, or after the
/// `if err != nil { return … }` that follows it.
public struct DeferAnchor: Sendable {
    /// The variable the resource is bound to at the acquisition.
    public let name: String
    public let insertAt: Int
    /// Right after the acquiring statement (for what has no error to check: a cancel function).
    public let afterStatement: Int
    /// The acquiring statement's indentation.
    public let indent: String
    /// The statement keeps another result (the error) in a variable that the next statement does not check.
    public var leavesErrorUnchecked = false
}

/// What a rule needs to know about its resource; the tracker does the rest (scopes, aliases, returns,
/// stores, closures, same-package summaries).
public protocol OwnershipVocabulary: AnyObject {
    /// If `call` acquires a resource, the result index that carries it and a description for messages.
    func acquisition(_ call: Node, _ walk: WalkContext) -> Acquisition?
    /// A tracked value (or a value derived from it) is the operand of `selector` (at ancestor `level`).
    func selectorUse(_ selector: Node, field: Node, parentOfSelector: Node?, _ walk: WalkContext) -> SelectorUse
    /// A tracked value (or derived value) is argument `index` of `call`.
    func argumentUse(_ call: Node, index: Int, _ walk: WalkContext) -> ArgumentUse
    /// Parameters whose type text contains one of these are summarised (may carry the resource).
    var parameterTypeNeedles: [String] { get }
    /// Calling the value itself releases it (a cancel function: `cancel()`).
    var callingReleases: Bool { get }
    /// A goroutine (`go func() { … }()`) that uses a value of its enclosing function owns it, and so
    /// does an enclosing function's variable it is assigned to from a func literal.
    var closuresTakeOwnership: Bool { get }
    /// Methods that release the value (`Close`, `Stop`): a loop that re-creates it into an outer
    /// variable and releases that variable by name (`if t != nil { t.Stop() }`) releases every one.
    var releaseMethodNames: [String] { get }
    /// Methods whose false result means the value released itself (`rows.Next()`): the branch taken then
    /// carries nothing to release.
    var releasedWhenFalse: Set<String> { get }
    /// Fields that stand for the resource (`resp.Body`): `if resp.Body != nil` guards a release the same way
    /// `if resp != nil` does.
    var derivedFields: [String] { get }
}

extension OwnershipVocabulary {
    public var callingReleases: Bool { false }
    public var closuresTakeOwnership: Bool { false }
    public var releaseMethodNames: [String] { [] }
    public var releasedWhenFalse: Set<String> { [] }
    public var derivedFields: [String] { [] }
}

public struct Acquisition {
    public let resultIndex: Int
    public let source: String
    public let needsConfirmation: Bool
    public let confirmedWhenDropped: Bool
    /// Another result that holds the same resource: releasing it releases the value too.
    public let partnerResultIndex: Int?
    /// The value must be used on every path out of the function (go vet's lostcancel), so the walk
    /// works out whether the function's end is reachable without a use (`leakingReturn(everyPath:)`).
    public let everyPath: Bool
    /// A same-package function declared to return the resource: an acquisition only if its body returns a fresh
    /// one (decided in the package phase, once every body has been read).
    public let wrapper: CalleeKey?
    public init(resultIndex: Int, source: String, needsConfirmation: Bool = false, confirmedWhenDropped: Bool = false,
                partnerResultIndex: Int? = nil, everyPath: Bool = false, wrapper: CalleeKey? = nil) {
        self.resultIndex = resultIndex; self.source = source; self.needsConfirmation = needsConfirmation
        self.confirmedWhenDropped = confirmedWhenDropped; self.partnerResultIndex = partnerResultIndex
        self.everyPath = everyPath; self.wrapper = wrapper
    }
}

public enum SelectorUse {
    /// `v.Body.Close()`-like: the selector is called and that releases.
    case releasedByCall
    /// `v.Body`: the selector stands for the same resource; keep following it upward.
    case derived
    /// `v.StatusCode`: a use that confirms the value is the resource, nothing more.
    case confirming
    case irrelevant
}

public enum ArgumentUse {
    case releases
    case escapes
    case handsOff(CalleeKey)
    /// The call is a conversion (`unsafe.Pointer(p)`): the call's value is the same resource.
    case converts
    /// A reader or a C function that uses the value without taking ownership.
    case borrows
    /// Like `borrows`, but the call's result wraps the value (`bufio.NewReader(resp.Body)`): returning
    /// that result hands the value to the caller.
    case wraps
}
