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

func main() {
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "sosik:", err)
		os.Exit(1)
	}
}
