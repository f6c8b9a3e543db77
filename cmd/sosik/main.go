// Command sosik is a Korean news-intelligence engine: it parses Korean news
// articles, extracts who met whom, when, where and about what, stores a
// corpus and answers questions about it.
//
// Each subcommand lives in its own file and registers itself with root in
// an init function; the work itself is done by the internal packages.
package main

import (
	"fmt"
	"os"

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

func main() {
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
