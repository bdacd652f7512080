import Foundation

/// The duration a timer is created with, when the source fixes it: `5 * time.Second`, `time.Minute`,
/// `2*time.Hour + 30*time.Minute`, `time.Duration(3) * time.Second`, a constant of the function or the package
/// (`const idleTimeout = 10 * time.Minute`), a bare number of nanoseconds. Anything read at run time (a parameter,
/// a field, configuration) is unknown. GL302 asks it because an unstopped timer is released when it fires: how
/// long it can stay pending after its function is done is the whole question.
enum TimerDuration {
    /// Below this a timer that outlives its function is gone before anyone could notice.
    static let small: Double = 60e9

    private static let units: [String: Double] = [
        "time.Nanosecond": 1, "time.Microsecond": 1e3, "time.Millisecond": 1e6, "time.Second": 1e9,
        "time.Minute": 60e9, "time.Hour": 3600e9,
    ]

    /// `90s`, `10m`, `1h30m`: how Go prints a duration, to whole seconds.
    static func describe(_ nanoseconds: Double) -> String {
        var seconds = Int((nanoseconds / 1e9).rounded())
        let hours = seconds / 3600; seconds -= hours * 3600
        let minutes = seconds / 60; seconds -= minutes * 60
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if seconds > 0 || text.isEmpty { text += "\(seconds)s" }
        return text
    }

    /// Nanoseconds of `text`, or nil when it is not a constant expression we can read. `constant` gives the
    /// text of a named constant's value (nil when the name is not a constant).
    static func nanoseconds(of text: String, constant: @escaping (String) -> String?) -> Double? {
        var parser = Parser(tokens: tokens(text), constant: constant, depth: 0)
        guard let value = parser.sum(), parser.atEnd else { return nil }
        return value
    }

    private static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() { if !current.isEmpty { result.append(current); current = "" } }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" || character == "." {
                current.append(character)
            } else {
                flush()
                if !character.isWhitespace { result.append(String(character)) }
            }
        }
        flush()
        return result
    }

    private struct Parser {
        let tokens: [String]
        let constant: (String) -> String?
        let depth: Int
        var index = 0
        init(tokens: [String], constant: @escaping (String) -> String?, depth: Int) {
            self.tokens = tokens; self.constant = constant; self.depth = depth
        }

        var atEnd: Bool { index == tokens.count }

        mutating func sum() -> Double? {
            guard var value = product() else { return nil }
            while index < tokens.count, tokens[index] == "+" || tokens[index] == "-" {
                let op = tokens[index]; index += 1
                guard let right = product() else { return nil }
                value = op == "+" ? value + right : value - right
            }
            return value
        }

        mutating func product() -> Double? {
            guard var value = factor() else { return nil }
            while index < tokens.count, tokens[index] == "*" || tokens[index] == "/" {
                let op = tokens[index]; index += 1
                guard let right = factor(), op == "*" || right != 0 else { return nil }
                value = op == "*" ? value * right : value / right
            }
            return value
        }

        mutating func factor() -> Double? {
            guard index < tokens.count else { return nil }
            let token = tokens[index]; index += 1
            if token == "(" {
                guard let value = sum(), index < tokens.count, tokens[index] == ")" else { return nil }
                index += 1
                return value
            }
            // `time.Duration(x)`: a conversion keeps the value.
            if token == "time.Duration", index < tokens.count, tokens[index] == "(" { return factor() }
            if let unit = TimerDuration.units[token] { return unit }
            if let number = Double(token.replacingOccurrences(of: "_", with: "")) { return number }
            guard depth < 8, let text = constant(token) else { return nil }
            var inner = Parser(tokens: TimerDuration.tokens(text), constant: constant, depth: depth + 1)
            guard let value = inner.sum(), inner.atEnd else { return nil }
            return value
        }
    }
}
