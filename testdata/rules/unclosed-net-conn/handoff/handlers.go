package handoff

import "net"

func handleAndClose(c net.Conn) {
	defer c.Close()
	_, _ = c.Write([]byte("hello\n"))
}

func handleOnly(c net.Conn) {
	_, _ = c.Write([]byte("hello\n"))
}
