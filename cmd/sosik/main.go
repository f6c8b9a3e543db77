// Command sosik is a Korean news-intelligence engine: it parses Korean news
// articles, extracts who met whom, when, where and about what, stores a
// corpus and answers questions about it.
//
// Each subcommand lives in its own file, whose init registers the function
// that builds it and adds it to root (lazyCommand); the work itself is done
// by the internal packages.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/korean"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

var root = &cobra.Command{
	Use:           "sosik",
	Short:         "sosik reads Korean news and extracts who, what, when, where and how much",
	Version:       version,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// verbose keeps the internal prefixes of error messages ("store: …"),
// which locate a fault for a developer.
var verbose bool

func init() {
	root.PersistentFlags().BoolVar(&verbose, "verbose", false, "show errors with their internal causes, for bug reports")
	root.SetFlagErrorFunc(flagError)
}

// builder adds one or more of root's subcommands, by name.
type builder struct {
	build func()
	names []string
	built bool
}

// builders are the subcommand builders in the order of registration (the
// order of the files).
var builders []*builder

// lazyCommand registers build, which adds the subcommands names to root.
// Only the command that runs is built (see addCommands), so that starting
// sosik does not pay for every command's flags; several builders may extend
// one command, and run in the order of registration.
func lazyCommand(build func(), names ...string) {
	builders = append(builders, &builder{build: build, names: names})
}

// addCommands builds the subcommand named name, or all of them when name
// is not one (no command, help, completion, a misspelling: cobra then lists
// or suggests them all).
func addCommands(name string) {
	found := false
	for _, b := range builders {
		if slices.Contains(b.names, name) {
			found = true
		}
	}
	for _, b := range builders {
		if !b.built && (!found || slices.Contains(b.names, name)) {
			b.built = true
			b.build()
		}
	}
}

// commandName is the subcommand that args name: their first argument that
// is not a flag. root's own flags (--verbose, --help, --version) take no
// value; after "--" there is no command.
func commandName(args []string) string {
	for _, a := range args {
		if a == "--" {
			return ""
		}
		if !strings.HasPrefix(a, "-") {
			return a
		}
	}
	return ""
}

func main() {
	addCommands(commandName(os.Args[1:]))
	cobra.OnInitialize(func() {
		if verbose {
			korean.SetNotes(func(format string, args ...any) { fmt.Fprintf(os.Stderr, "sosik: "+format+"\n", args...) })
		}
	})
	if err := root.Execute(); err != nil {
		msg := userMessage(err)
		if verbose {
			msg = err.Error()
		}
		fmt.Fprintln(os.Stderr, "sosik:", msg)
		os.Exit(1)
	}
}
