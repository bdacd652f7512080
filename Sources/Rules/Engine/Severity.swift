/// How serious a finding is. Ordered: note < warning < error.
public enum Severity: String, Comparable, CaseIterable, Sendable, Codable {
    case note, warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
