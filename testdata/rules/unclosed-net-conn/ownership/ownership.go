package ownership

import (
	"io"
	"net"
	"net/http"
	"os"
)

// One alias bound from several candidate values (a listener from either branch) keeps them all.
func listenEither(addr string) *net.UDPConn {
	var (
		socket net.PacketConn
		err    error
	)
	if addr == "" {
		if socket, err = net.ListenPacket("udp", "[::]:0"); err != nil {
			socket, err = net.ListenPacket("udp", "0.0.0.0:0")
		}
	} else {
		socket, err = net.ListenPacket("udp", addr)
	}
	if err != nil {
		panic(err)
	}
	usocket := socket.(*net.UDPConn)
	return usocket
}

// A goroutine that captures the connection owns it only if it closes it (or hands it on): this one copies
// until EOF and never closes it (issue 24).
func pipeToStdout(addr string) error {
	conn, err := net.Dial("tcp", addr) // want "GL106@15: 'conn'"
	if err != nil {
		return err
	}
	go func() {
		_, _ = io.Copy(os.Stdout, conn)
	}()
	return nil
}

// The goroutine closes what it captured: it owns it.
func pipeAndClose(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	go func() {
		defer conn.Close()
		_, _ = io.Copy(os.Stdout, conn)
	}()
	return nil
}

// Accepted per loop pass and served by a goroutine that never closes it (issue 24).
func serveEcho(ln net.Listener) error {
	for {
		conn, err := ln.Accept() // want "GL106@16: 'conn'"
		if err != nil {
			return err
		}
		go func() { _, _ = io.Copy(conn, conn) }()
	}
}

// Assigned from a func literal to the enclosing function's variable: that function's to close.
func resettable(addr string) (func() error, error) {
	var l net.Listener
	reset := func() error {
		newListener, err := net.Listen("tcp", addr)
		if err != nil {
			return err
		}
		l = newListener
		return nil
	}
	return func() error { return l.Close() }, reset()
}

type server struct{ h1 *http.Server }

// Serve passes the listener to net/http's Serve (a method of the same name): that one closes it.
func (s *server) Serve(ln net.Listener) error { return s.h1.Serve(ln) }

func start(s *server, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(ln)
}

// main serves forever: nothing is left when the process ends.
func acceptForever(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		panic(err)
	}
	for {
		conn, err := ln.Accept()
		if err != nil {
			continue
		}
		go func() {
			defer conn.Close()
		}()
	}
}

// Still reported: a dialed connection dropped on the floor.
func check(addr string) error {
	_, err := net.Dial("tcp", addr) // want "GL106@12: discarded"
	return err
}
