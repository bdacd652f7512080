import Synchronization

/// A value derived from an immutable description, computed the first time it is asked for and kept: for data
/// that a static rule description (a `ResourceKind`) derives from its own fields, which every package would
/// otherwise rebuild. Safe to share between worker threads (the first computation stored wins; the inputs
/// are immutable, so every computation gives the same value).
final class ComputedOnce<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    init() {}

    func value(_ compute: () -> Value) -> Value {
        if let known = stored.withLock({ $0 }) { return known }
        let made = compute()
        return stored.withLock { current in
            if let current { return current }
            current = made
            return made
        }
    }
}
