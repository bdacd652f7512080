package main

import (
	"bufio"
	"os"
	"strings"

	"example.com/growth/prof"
)

func main() { Main(os.Args[1:]) }

func Main(args []string) {
	prof.Enable(strings.Split(os.Getenv("APP_PROFILERS"), ","))
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		prof.Record(scanner.Text())
	}
}
