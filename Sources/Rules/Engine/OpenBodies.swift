/// What encloses a point of a top-level declaration — a `for` body, a callback literal's body, a command
/// handler's body — read by counting braces from the declaration's first line (see `ModuleCallers.openBodies`).
/// Resumable: the calls of one function in one file are asked about in increasing order, and each question
/// continues the scan where the last one stopped, so a file with 20 000 calls in one function is read once,
/// not 20 000 times (issue 28: GL203's caller scan was quadratic).
struct OpenBodies {
    /// The declaration's text, from its first line to the end of the file (absolute indices).
    let text: ArraySlice<UInt8>
    let commandHandlers: Bool
    private(set) var index: Int
    private var depth = 0
    private var loopBodies: [Int] = []      // depths of the open loop bodies
    private var callbackBodies: [Int] = []  // depths of the open callback literal bodies
    private var handlerBodies: [Int] = []   // depths of the open command-handler literal bodies
    private var pendingHandler = false
    private var pendingFor = false          // a `for` keyword whose body brace is still to come
    private var pendingCallback = false     // a `func(` literal (not after go/defer) whose brace is still to come on this line
    private var firstLine = true
    /// Inside a line comment, or a string, rune or raw string opened by this byte, when a scan stopped there.
    private var skipping: UInt8?

    private static let forKeyword = Array("for".utf8)
    private static let funcLiteral = Array("func(".utf8)

    init(text: ArraySlice<UInt8>, commandHandlers: Bool) {
        self.text = text
        self.commandHandlers = commandHandlers
        index = text.startIndex
    }

    var isInLoop: Bool { !loopBodies.isEmpty }
    var isInCallback: Bool { !callbackBodies.isEmpty }
    var isInHandler: Bool { !handlerBodies.isEmpty }

    /// Scans on to `end` (exclusive; never backwards). A comment or string cut by `end` is left open and
    /// finished by the next scan, exactly as one scan from the start to that later point would read it.
    mutating func advance(to end: Int) {
        let end = min(end, text.endIndex)
        while index < end {
            if let quote = skipping {
                if quote == 0x0A {
                    while index < end, text[index] != 0x0A { index += 1 }
                    if index < end { skipping = nil }  // the newline itself is read below
                    continue
                }
                while index < end, text[index] != quote {
                    if quote != UInt8(ascii: "`"), text[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
                if index < end { skipping = nil; index += 1 }
                continue
            }
            let byte = text[index]
            switch byte {
            case 0x0A:
                firstLine = false
                pendingCallback = false
                pendingHandler = false
            case UInt8(ascii: "/") where index + 1 < text.endIndex && text[index + 1] == UInt8(ascii: "/"):
                skipping = 0x0A
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                skipping = byte
                index += 1
                continue
            case UInt8(ascii: "{"):
                depth += 1
                if pendingFor { loopBodies.append(depth); pendingFor = false }
                if pendingCallback { callbackBodies.append(depth); pendingCallback = false }
                if pendingHandler { handlerBodies.append(depth); pendingHandler = false }
            case UInt8(ascii: "}"):
                if loopBodies.last == depth { loopBodies.removeLast() }
                if callbackBodies.last == depth { callbackBodies.removeLast() }
                if handlerBodies.last == depth { handlerBodies.removeLast() }
                depth -= 1
            case UInt8(ascii: "f"):
                let before = index > text.startIndex ? text[index - 1] : 0x0A
                guard !GoCodeMask.isIdentifierByte(before), before != UInt8(ascii: ".") else { break }
                if text[index...].starts(with: Self.forKeyword),
                   index + 3 < text.endIndex, text[index + 3] == 0x20 || text[index + 3] == UInt8(ascii: "{") {
                    pendingFor = true
                }
                if !firstLine, text[index...].starts(with: Self.funcLiteral) {
                    let prefix = text[..<index]
                    let handler = commandHandlers && CommandHandlers.isHandlerKey(before: prefix)
                    pendingCallback = !(prefix.hasSuffixBytes("go ") || prefix.hasSuffixBytes("defer ")) && !handler
                    pendingHandler = handler
                }
            default:
                break
            }
            index += 1
        }
    }
}
