/// GL106: a network connection or listener opened in a function is never closed there nor handed off.
public struct UnclosedNetConnRule: Rule {
    public static let doc = RuleDoc(
        code: "GL106",
        name: "unclosed-net-conn",
        title: "Network connection or listener is never closed",
        severity: .warning,
        whatItDoes: """
            Finds connections from `net.Dial*`, `tls.Dial*`, `Dial` / `DialContext` on a dialer and \
            `Accept()` on a listener, and listeners from `net.Listen*` / `tls.Listen`, that the function \
            neither closes (`conn.Close()` plain, deferred, in a closure or a same-package helper) nor hands off: \
            returned, stored, sent, passed to another package, or given to a goroutine (`go handle(conn)` hands \
            it to `handle`, which must close it). Without types, `Dial`/`Accept` methods count on receivers \
            named like a dialer or a listener (`dialer`, `ln`, `lis`, `s.listener`). A function that never returns \
            (an endless accept loop) and a program's `main.main` keep their connections for the life of the \
            process: not reported.
            """,
        whyIsThisBad: """
            Each connection holds a socket and a file descriptor, and often a goroutine of the peer. A server \
            that leaks accepted connections, or a client that dials per request without closing, runs out of \
            descriptors (`too many open files`) or ephemeral ports and stops serving; the peer holds its end \
            open too.
            """,
        example: """
            conn, err := net.Dial("tcp", addr)
            if err != nil {
                return err
            }
            _, err = conn.Write(ping)
            """,
        useInstead: """
            conn, err := net.Dial("tcp", addr)
            if err != nil {
                return err
            }
            defer conn.Close()
            _, err = conn.Write(ping)
            """,
        tags: ["resources", "net", "file-descriptors"],
        triggering: UnclosedNetConnExamples.triggering,
        nonTriggering: UnclosedNetConnExamples.nonTriggering)

    static let kind = ResourceKind(
        noun: "connection", verb: "closed",
        nouns: ["Listen": "listener", "ListenTCP": "listener", "ListenUnix": "listener", "ListenPacket": "listener",
                "ListenUDP": "connection", "FileListener": "listener"],
        imports: ["net", "crypto/tls"],
        functions: [
            "net": ["Dial": 0, "DialTimeout": 0, "DialTCP": 0, "DialUDP": 0, "DialIP": 0, "DialUnix": 0, "Listen": 0,
                    "ListenTCP": 0, "ListenUDP": 0, "ListenIP": 0, "ListenUnix": 0, "ListenUnixgram": 0,
                    "ListenPacket": 0, "ListenMulticastUDP": 0, "FileConn": 0, "FileListener": 0],
            "crypto/tls": ["Dial": 0, "DialWithDialer": 0, "Listen": 0],
        ],
        methods: [
            .init(names: ["Dial", "DialContext"], arguments: 2...3, receiverHints: ["dialer"], targets: 2,
                  needsConfirmation: false),
            .init(names: ["Accept", "AcceptTCP", "AcceptUnix"], arguments: 0...0,
                  receiverHints: ["listener", "ln", "lis", "l", "lst", "lsn"], targets: 2, needsConfirmation: false),
        ],
        releaseMethods: ["Close"],
        confirmingMethods: [],
        parameterTypes: ["net.Conn", "net.Listener", "net.PacketConn", "net.TCPConn", "net.UDPConn", "net.UnixConn",
                         "net.TCPListener", "net.UnixListener", "tls.Conn", "io.Closer", "io.ReadWriteCloser",
                         "io.ReadWriter", "io.Reader", "io.Writer"],
        resultTypes: ["Conn", "Listener", "PacketConn", "TCPConn", "UDPConn", "UnixConn", "IPConn", "TCPListener",
                      "UnixListener"].map { TypeName(path: "net", name: $0) } + [TypeName(path: "crypto/tls", name: "Conn")],
        releaseStatement: { name, _ in "defer \(name).Close()" })

    public init(options: RuleOptions) {}

    /// Files importing the resource's packages declare the helpers it is handed to: read them first.
    public static var declarationTriggers: [String] { kind.imports.map { "\"\($0)\"" } }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard ResourceAnalysis.gate(Self.kind, package) else { return nil }
        return ResourceAnalysis(kind: Self.kind, package: package, diagnostics: diagnostics)
    }
}
