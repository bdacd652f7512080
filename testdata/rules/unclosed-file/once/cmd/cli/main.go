// Command handlers of CLI frameworks run once, for the command the process was started with: a leak reached
// from one is held until the process exits (a note), whether the handler is a function value or a literal.
package main

import (
	"os"

	"github.com/spf13/cobra"
	"github.com/urfave/cli/v2"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		_ = serveCommand().Execute()
		return
	}
	_ = newApp().Run(os.Args)
}

func newApp() *cli.App {
	return &cli.App{
		Name: "tool",
		Usage: `tool load FILE
tool export FILE`,
		Commands: []*cli.Command{
			{Name: "load", Action: load},
			{
				Name: "export",
				Action: func(c *cli.Context) error {
					return export(c.Args().First())
				},
			},
			{Name: "show", Action: show, OnUsageError: usage},
			versionCommand,
		},
	}
}

var versionCommand = &cli.Command{
	Name: "version",
	Action: func(c *cli.Context) error {
		return printVersion()
	},
}

func printVersion() error {
	f, err := os.Open("VERSION") // want "GL103@12: never closed.*held until the process exits: command handler → printVersion$"
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

func load(c *cli.Context) error {
	f, err := os.Open(c.Args().First()) // want "GL103@12: never closed.*held until the process exits: main → newApp → load$"
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

func export(path string) error {
	f, err := os.Create(path) // want "GL103@12: never closed.*held until the process exits: main → newApp → export$"
	if err != nil {
		return err
	}
	_, err = f.WriteString("{}")
	return err
}

func show(c *cli.Context) error { return nil }

// usage is stored in a field that is no command handler: it may run any number of times.
func usage(c *cli.Context, err error, isSubcommand bool) error {
	f, err := os.Open("usage.txt") // want "GL103@12: never closed: add"
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

func serveCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "serve"}
	cmd.RunE = runServe
	return cmd
}

func runServe(cmd *cobra.Command, args []string) error {
	f, err := os.Open("serve.yaml") // want "GL103@12: never closed.*held until the process exits: main → serveCommand → runServe$"
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}
