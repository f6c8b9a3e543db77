package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// buildInfo describes this binary: sosik's version, the Go toolchain, the
// VCS revision it was built from and the versions of the dependencies that
// shape its output (the tokenizer, its dictionary, the HTML extractor and
// the database drivers).
type buildInfo struct {
	Version, Go, Revision, Time string
	Modified                    bool
	Deps                        []string
}

// keyDeps are the modules whose version changes what sosik extracts or
// stores; `sosik version` lists them.
var keyDeps = []string{
	"github.com/ikawaha/kagome/v2",
	"github.com/ikawaha/kagome-dict-ko",
	"github.com/markusmobius/go-trafilatura",
	"github.com/mmcdole/gofeed",
	"modernc.org/sqlite",
	"github.com/jackc/pgx/v5",
	"github.com/nats-io/nats.go",
}

// readBuildInfo gathers buildInfo from the binary's embedded build
// information (debug.ReadBuildInfo), falling back to the version set with
// -ldflags when there is none.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: version}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.Go = info.GoVersion
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	for _, d := range info.Deps {
		for _, k := range keyDeps {
			if d.Path == k {
				b.Deps = append(b.Deps, depLine(d))
			}
		}
	}
	return b
}

// write prints b as the lines of `sosik version`.
// depLine names a dependency and its version, and the directory that
// replaces it when sosik builds a fork of it (third_party).
func depLine(d *debug.Module) string {
	s := d.Path + " " + d.Version
	if d.Replace != nil {
		s += " => " + d.Replace.Path
	}
	return s
}

func (b buildInfo) write(w io.Writer) {
	fmt.Fprintf(w, "sosik %s\n", b.Version)
	if b.Go != "" {
		fmt.Fprintf(w, "go:       %s\n", b.Go)
	}
	if b.Revision != "" {
		rev := b.Revision
		if b.Modified {
			rev += " (modified)"
		}
		fmt.Fprintf(w, "revision: %s\n", strings.TrimSpace(rev+" "+b.Time))
	}
	for _, d := range b.Deps {
		fmt.Fprintf(w, "uses:     %s\n", d)
	}
}

func init() { lazyCommand(addVersionCommand, "version") }

func addVersionCommand() {
	root.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print sosik's version and how this binary was built",
		Long: `version prints sosik's version, the Go toolchain, the source revision the
binary was built from (when built from a git checkout) and the versions of the
libraries that shape its output: the tokenizer and its dictionary, the HTML
extractor, the feed parser and the database drivers.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			readBuildInfo().write(cmd.OutOrStdout())
			return nil
		},
	})
}
