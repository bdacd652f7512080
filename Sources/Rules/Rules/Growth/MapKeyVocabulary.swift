/// GL401's vocabulary for key provenance (`ValueOrigin`): which values enter the program from outside, or
/// are new on every call, and which come from a set the program fixes. Types decide first: `r.URL.Path` is
/// input because `r` is an `*http.Request`, whatever it is called.
struct MapKeyVocabulary: ValueOriginVocabulary {
    /// Types whose values arrive from outside, by import path and name: connections and their addresses, TLS handshakes (the server name a client sends), messages of the common brokers.
    static let inputTypes: [String: [String: String]] = [
        "net": ["Conn": "a connection", "TCPConn": "a connection", "UDPConn": "a connection", "UnixConn": "a connection",
                "IPConn": "a connection", "Addr": "a peer address", "TCPAddr": "a peer address", "UDPAddr": "a peer address"],
        "crypto/tls": ["Conn": "a connection", "ClientHelloInfo": "a TLS handshake"],
        "github.com/gorilla/websocket": ["Conn": "a connection"],
        "github.com/nats-io/nats.go": ["Msg": "a message"],
        "github.com/IBM/sarama": ["ConsumerMessage": "a message"],
        "github.com/Shopify/sarama": ["ConsumerMessage": "a message"],
        "github.com/segmentio/kafka-go": ["Message": "a message"],
        "github.com/rabbitmq/amqp091-go": ["Delivery": "a message"],
        "github.com/streadway/amqp": ["Delivery": "a message"],
        "cloud.google.com/go/pubsub": ["Message": "a message"],
        "connectrpc.com/connect": ["Request": "an RPC request"],
        "github.com/bufbuild/connect-go": ["Request": "an RPC request"],
    ]

    /// Calls that return something new on every call: the clock, random numbers, generated IDs, counters, and
    /// reads of a stream.
    static let inputFunctions: [String: [String: String]] = [
        "time": ["Now": "the clock"],
        "math/rand": ["Int": "a random value", "Intn": "a random value", "Int63": "a random value", "Int31": "a random value",
                      "Uint32": "a random value", "Uint64": "a random value", "Float64": "a random value", "Int63n": "a random value",
                      "Int31n": "a random value"],
        "math/rand/v2": ["Int": "a random value", "IntN": "a random value", "Int64": "a random value", "Uint64": "a random value",
                         "Uint32": "a random value", "Int64N": "a random value", "N": "a random value"],
        "crypto/rand": ["Text": "a random value", "Int": "a random value"],
        "sync/atomic": ["AddInt32": "a counter", "AddInt64": "a counter", "AddUint32": "a counter", "AddUint64": "a counter"],
        "io": ["ReadAll": "data read from a stream"],
    ]

    /// Methods that return something new on every call, by the path and name of their receiver's type.
    static let inputMethods: [String: [String: Set<String>]] = [
        "bufio": ["Scanner": ["Text", "Bytes"], "Reader": ["ReadString", "ReadBytes", "ReadLine", "ReadSlice"]],
        "net/textproto": ["Reader": ["ReadLine", "ReadLineBytes", "ReadContinuedLine"]],
        "sync/atomic": ["Int32": ["Add"], "Int64": ["Add"], "Uint32": ["Add"], "Uint64": ["Add"]],
        "math/rand": ["Rand": ["Int", "Intn", "Int63", "Int31", "Uint32", "Uint64", "Float64", "Int63n", "Int31n"]],
        "math/rand/v2": ["Rand": ["Int", "IntN", "Int64", "Uint64", "Uint32", "Int64N"]],
    ]

    /// Packages of generated identifiers (`uuid.New()`, `xid.New()`, `ulid.Make()`): every exported function
    /// that makes one is input.
    static let identifierPackages: Set<String> = [
        "github.com/google/uuid", "github.com/gofrs/uuid", "github.com/satori/go.uuid", "github.com/rs/xid",
        "github.com/oklog/ulid", "github.com/oklog/ulid/v2", "github.com/segmentio/ksuid", "github.com/hashicorp/go-uuid",
    ]

    /// Packages whose functions make their result from their arguments only: formatting, conversions, hashes,
    /// and the readers and decoders wrapped around a stream (`json.NewDecoder(r.Body)`).
    static let derivingPackages: Set<String> = [
        "fmt", "strings", "bytes", "strconv", "path", "path/filepath", "net/url", "encoding/hex", "encoding/base64",
        "unicode/utf8", "net/netip", "crypto/sha256", "crypto/sha1", "crypto/md5", "hash/fnv", "hash/crc32",
        "encoding/json", "encoding/xml", "encoding/csv", "encoding/gob", "bufio", "io", "compress/gzip", "mime/multipart",
    ]

    func inputKind(ofType type: GoType, environment: TypeEnvironment) -> String? {
        guard let name = environment.canonical(type).namedThroughPointer else { return nil }
        return Self.inputTypes[name.path]?[name.name]
    }

    /// A request is input where a server receives it: beside the `http.ResponseWriter` of a handler. Elsewhere
    /// an `*http.Request` is as likely one the program builds and sends (a `RoundTripper`'s), whose host and
    /// path it chose; a helper handed the handler's request is followed through its callers.
    func inputKind(ofParameter type: GoType, besides parameters: [GoType], receiver: GoType?,
                   environment: TypeEnvironment) -> String? {
        let type = environment.canonical(type)
        if type.isPointer(to: "net/http", "Request") {
            let handler = parameters.contains { environment.canonical($0).isNamed("net/http", "ResponseWriter") }
            return handler ? "request data" : nil
        }
        // A gRPC server's method: its receiver embeds the generated `Unimplemented…Server`, and its request is the
        // pointer after the context (`func (s *server) Get(ctx context.Context, req *pb.GetRequest)`).
        if case .pointer = type, let receiver, Self.isGRPCServer(receiver, environment),
           parameters.contains(where: { environment.canonical($0).isNamed("context", "Context") }) {
            return "an RPC request"
        }
        return nil
    }

    /// A struct that embeds gRPC-go's generated `Unimplemented<Service>Server` (or `Unsafe…Server`).
    static func isGRPCServer(_ receiver: GoType, _ environment: TypeEnvironment) -> Bool {
        guard let name = receiver.namedThroughPointer, let declaration = environment.declaration(name),
              case .structure(let fields) = declaration.underlying else { return false }
        return fields.contains { field in
            guard field.embedded, let embedded = field.type.namedThroughPointer?.name else { return false }
            return (embedded.hasPrefix("Unimplemented") || embedded.hasPrefix("Unsafe")) && embedded.hasSuffix("Server")
        }
    }

    func isBounded(type: GoType, environment: TypeEnvironment) -> Bool {
        let type = environment.canonical(type)
        switch type {
        case .basic("bool"), .basic("int8"), .basic("uint8"), .function:
            return true
        case .named(let name, _), .pointer(.named(let name, _)):
            if name.path == "reflect", name.name == "Type" { return true }
            if name.path == "runtime", name.name == "Func" { return true }
            if case .pointer = type { return false }
            // An enum: a named integer or string type whose package declares constants of it.
            guard case .basic(let basic) = environment.underlying(type), basic != "bool",
                  let facts = environment.facts(name.path) else { return false }
            return facts.constants.values.contains { $0 == type }
        default:
            return false
        }
    }

    func inputKind(ofCall name: String, in path: String, receiver: String?) -> String? {
        if let receiver { return Self.inputMethods[path]?[receiver]?.contains(name) == true ? Self.methodKind(path) : nil }
        if let kind = Self.inputFunctions[path]?[name] { return kind }
        if Self.identifierPackages.contains(path), name.first?.isUppercase == true,
           ["New", "Must", "Make", "Gen"].contains(where: name.hasPrefix) {
            return "a generated ID"
        }
        return nil
    }

    func derivesFromArguments(_ name: String, in path: String, receiver: String?) -> Bool {
        receiver == nil && Self.derivingPackages.contains(path)
    }

    private static func methodKind(_ path: String) -> String {
        switch path {
        case "sync/atomic": return "a counter"
        case "math/rand", "math/rand/v2": return "a random value"
        default: return "data read from a stream"
        }
    }
}
