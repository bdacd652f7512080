/// GitHub code scanning's `primaryLocationLineHash` (codeql-action's fingerprints.ts): per line, a
/// rolling polynomial hash (base 37, mod 2^64) over the next 100 UTF-16 code units from the line's first
/// character, spaces and tabs skipped, CR and CRLF read as LF; equal hashes are numbered `hash:n`.
/// Alerts keep their identity across commits because the hash follows the code, not the line number.
public enum LineHash {
    static let block = 100
    static let base: UInt64 = 37
    /// 37^100 mod 2^64.
    static let firstMod: UInt64 = {
        var value: UInt64 = 1
        for _ in 0..<block { value = value &* base }
        return value
    }()

    /// Line number (1-based) → `"hex:n"`, for every line of the text.
    public static func hashes(of source: [UInt8]) -> [Int: String] {
        let units = Array(String(decoding: source, as: UTF8.self).utf16)
        var window = [UInt64](repeating: 0, count: block)
        var lineNumbers = [Int](repeating: -1, count: block)
        var hash: UInt64 = 0
        var index = 0
        var line = 0
        var lineStart = true
        var previousWasCR = false
        var counts: [UInt64: Int] = [:]
        var result: [Int: String] = [:]

        func output() {
            counts[hash, default: 0] += 1
            result[lineNumbers[index]] = String(hash, radix: 16) + ":\(counts[hash]!)"
            lineNumbers[index] = -1
        }
        func update(_ unit: UInt64) {
            let begin = window[index]
            window[index] = unit
            hash = base &* hash &+ unit &- firstMod &* begin
            index = (index + 1) % block
        }
        func process(_ code: UInt64) {
            var unit = code
            if unit == 32 || unit == 9 || (previousWasCR && unit == 10) {
                previousWasCR = false
                return
            }
            if unit == 13 {
                unit = 10
                previousWasCR = true
            } else {
                previousWasCR = false
            }
            if lineNumbers[index] != -1 { output() }
            if lineStart {
                lineStart = false
                line += 1
                lineNumbers[index] = line
            }
            if unit == 10 { lineStart = true }
            update(unit)
        }

        for unit in units { process(UInt64(unit)) }
        process(65535)
        for _ in 0..<block {
            if lineNumbers[index] != -1 { output() }
            update(0)
        }
        return result
    }
}
