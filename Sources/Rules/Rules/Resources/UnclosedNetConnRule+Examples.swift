/// GL106's documented examples: the rule's first tests (see RuleExampleTests).
enum UnclosedNetConnExamples {
    private static let header = """
        package p

        import (
        \t"bufio"
        \t"context"
        \t"crypto/tls"
        \t"net"
        \t"time"
        )

        """

    static let triggering: [Example] = [
        Example(header + """
            func ping(addr string) error {
            \tconn, err := ↓net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \t_, err = conn.Write([]byte("ping"))
            \treturn err
            }
            """),
        Example(header + """
            func reachable(addr string) bool {
            \t_, err := ↓net.DialTimeout("tcp", addr, time.Second)
            \treturn err == nil
            }
            """),
        Example(header + """
            func hello(addr string, cfg *tls.Config) (string, error) {
            \tconn, err := ↓tls.Dial("tcp", addr, cfg)
            \tif err != nil {
            \t\treturn "", err
            \t}
            \treturn bufio.NewReader(conn).ReadString('\\n')
            }
            """),
        Example(header + """
            func dial(ctx context.Context, dialer *net.Dialer, addr string) error {
            \tconn, err := ↓dialer.DialContext(ctx, "tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn conn.SetDeadline(time.Now())
            }
            """),
        Example(header + """
            func serve(addr string) error {
            \tln, err := ↓net.Listen("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \tfor {
            \t\tconn, err := ln.Accept()
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tgo handle(conn)
            \t}
            }

            func handle(c net.Conn) {
            \tdefer c.Close()
            }
            """),
        Example(header + """
            func serve(ln net.Listener) error {
            \tdefer ln.Close()
            \tfor {
            \t\tconn, err := ↓ln.Accept()
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tgo echo(conn)
            \t}
            }

            func echo(c net.Conn) {
            \tbuf := make([]byte, 512)
            \tc.Read(buf)
            }
            """),
        Example(header + """
            func probe(addr string) {
            \t↓net.Dial("udp", addr)
            }
            """),
        Example(header + """
            func greet(addr string) error {
            \tconn, err := ↓net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \tif _, err := conn.Write([]byte("hi")); err != nil {
            \t\treturn err
            \t}
            \tif conn.RemoteAddr().Network() == "udp" {
            \t\treturn nil
            \t}
            \treturn conn.Close()
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // Accepted in the loop's header, handed to a goroutine that closes it (sarama's mock broker): the update
        // gives the body its next connection, the one the initializer's value stands for.
        Example(header + """
            type broker struct{ listener net.Listener }

            func (b *broker) serve() {
            \tvar conn net.Conn
            \tvar err error
            \tfor conn, err = b.listener.Accept(); err == nil; conn, err = b.listener.Accept() {
            \t\tgo b.handle(conn)
            \t}
            }

            func (b *broker) handle(conn net.Conn) {
            \tdefer func() {
            \t\t_ = conn.Close()
            \t}()
            \t_, _ = bufio.NewReader(conn).ReadString('\\n')
            }
            """),
        Example(header + """
            func ping(addr string) error {
            \tconn, err := net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer conn.Close()
            \t_, err = conn.Write([]byte("ping"))
            \treturn err
            }
            """),
        Example(header + """
            func connect(addr string) (net.Conn, error) {
            \tconn, err := net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn conn, nil
            }
            """),
        Example(header + """
            func serve(ln net.Listener) error {
            \tfor {
            \t\tconn, err := ln.Accept()
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tgo handle(conn)
            \t}
            }

            func handle(c net.Conn) {
            \tdefer c.Close()
            \tbufio.NewReader(c).ReadString('\\n')
            }
            """),
        Example(header + """
            type client struct{ conn net.Conn }

            func newClient(addr string) (*client, error) {
            \tconn, err := net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn &client{conn: conn}, nil
            }
            """),
        Example(header + """
            type server struct{ listener net.Listener }

            func (s *server) start(addr string) error {
            \tln, err := net.Listen("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \ts.listener = ln
            \treturn nil
            }
            """),
        Example(header + """
            func serveHTTP(addr string, srv interface{ Serve(net.Listener) error }) error {
            \tln, err := net.Listen("tcp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn srv.Serve(ln)
            }
            """),
        Example(header + """
            func send(addr string, msg []byte) error {
            \tconn, err := net.Dial("udp", addr)
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer func() { _ = conn.Close() }()
            \t_, err = conn.Write(msg)
            \treturn err
            }
            """),
        Example(header + """
            func serve(ln net.Listener, conns chan<- net.Conn) error {
            \tfor {
            \t\tconn, err := ln.Accept()
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tconns <- conn
            \t}
            }
            """),
        Example(header + """
            func serve(ln net.Listener) error {
            \tfor {
            \t\tconn, err := ln.Accept()
            \t\tif err != nil {
            \t\t\treturn err
            \t\t}
            \t\tgo func() {
            \t\t\tdefer conn.Close()
            \t\t\tconn.Write([]byte("bye"))
            \t\t}()
            \t}
            }
            """),
        Example(header + """
            func lookup(host string) ([]string, error) {
            \treturn net.LookupHost(host)
            }
            """),
        Example(header + """
            type queue struct{}

            func (q *queue) Accept() (int, error) { return 0, nil }

            func take(q *queue) int {
            \tn, _ := q.Accept()
            \treturn n
            }
            """),
        Example(header + """
            func wrap(addr string, cfg *tls.Config) (*tls.Conn, error) {
            \traw, err := net.Dial("tcp", addr)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn tls.Client(raw, cfg), nil
            }
            """),
    ]
}
