package helpers

import (
	"bufio"
	"io"
	"os"
)

func closedByHelper(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer closeFile(f)
	_, err = bufio.NewReader(f).ReadString('\n')
	return err
}

func readByHelperOnly(path string) error {
	f, err := os.Open(path) // want "GL103@12: file 'f' from os.Open is never closed"
	if err != nil {
		return err
	}
	return readAll(f)
}

func returnedBeforeClose(path string, skip bool) error {
	f, err := os.Create(path) // want "GL103@12: not closed on every path"
	if err != nil {
		return err
	}
	if _, err := f.WriteString("x"); skip {
		return err
	}
	return f.Close()
}

func dropped(path string) {
	_, _ = os.OpenFile(path, os.O_RDONLY, 0) // want "GL103@9: discarded"
}

func handedToStruct(path string) (*holder, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &holder{f: f}, nil
}

type section struct {
	io.ReaderAt
	closeFn func() error
}

// The Close method value goes with the returned struct: the caller closes it.
func openSection(path string) (*section, error) {
	fl, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &section{ReaderAt: fl, closeFn: fl.Close}, nil
}

// A function that never returns keeps its file for the life of the process by design.
func recordForever(path string, samples <-chan string) {
	fd, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	for s := range samples {
		fd.WriteString(s)
	}
	os.Exit(0)
}
