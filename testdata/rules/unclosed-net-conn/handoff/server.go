package handoff

import (
	"net"
	"time"
)

func serveClosing(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handleAndClose(conn)
	}
}

func serveLeaking(ln net.Listener) error {
	for {
		conn, err := ln.Accept() // want "GL106@16: connection 'conn' from ln.Accept is never closed"
		if err != nil {
			return err
		}
		go handleOnly(conn)
	}
}

func listenForever(addr string) error {
	l, err := net.Listen("tcp", addr) // want "GL106@12: listener 'l' from net.Listen"
	if err != nil {
		return err
	}
	return serveClosing(l)
}

func dialTimeout(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}
