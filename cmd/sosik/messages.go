package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// internalPrefixes are the "package:" and "step:" prefixes that Go's
// error wrapping leaves at the front of a message. They locate a fault for
// a developer (--verbose shows them) but mean nothing to a user, and can
// mislead: a trends query error reads "search: …" because trends runs the
// search parser.
var internalPrefixes = []string{
	"store", "query", "search", "trends", "graph", "export", "extract", "ingest", "server", "article", "korean", "bench",
}

// userMessage is err as a user should read it: the internal prefixes are
// removed from the front of the message and from the front of each
// wrapped cause.
func userMessage(err error) string {
	parts := strings.Split(err.Error(), ": ")
	var out []string
	for _, p := range parts {
		if isInternalPrefix(p) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return err.Error()
	}
	return strings.Join(out, ": ")
}

func isInternalPrefix(s string) bool {
	for _, p := range internalPrefixes {
		if s == p {
			return true
		}
	}
	return false
}

// flagError adds to an unknown-flag error the closest known flag of the
// command, as cobra does for misspelled commands.
func flagError(cmd *cobra.Command, err error) error {
	name, ok := unknownFlag(err.Error())
	if !ok {
		return err
	}
	if len(name) == 1 {
		// Every other letter is one edit away: no useful guess.
		return fmt.Errorf("%w\nRun '%s --help' for the flags", err, cmd.CommandPath())
	}
	var known []string
	visit := func(f *pflag.Flag) { known = append(known, f.Name) }
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	best := closest(name, known)
	if best == "" {
		return fmt.Errorf("%w\nRun '%s --help' for the flags", err, cmd.CommandPath())
	}
	return fmt.Errorf("%w\nDid you mean --%s?", err, best)
}

// unknownFlag reads the flag name out of pflag's "unknown flag: --name"
// and "unknown shorthand flag: 'x' in -xyz" messages.
func unknownFlag(msg string) (string, bool) {
	if rest, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
		name, _, _ := strings.Cut(rest, "=")
		return name, name != ""
	}
	if rest, ok := strings.CutPrefix(msg, "unknown shorthand flag: '"); ok {
		name, _, found := strings.Cut(rest, "'")
		return name, found && name != ""
	}
	return "", false
}

// closest returns the candidate nearest to name by edit distance, if it
// is near enough to be a typo: at most one edit for short names, two for
// longer ones, or name is a prefix of it.
func closest(name string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := editDistance(name, c)
		if strings.HasPrefix(c, name) && len(name) >= 3 {
			d = min(d, 1)
		}
		if bestD < 0 || d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	limit := 1
	if len([]rune(name)) > 4 {
		limit = 2
	}
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// plural is "1 article", "2 articles", "3 entities": count and noun in
// the form the count takes.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	switch {
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ay") && !strings.HasSuffix(noun, "ey"):
		noun = strings.TrimSuffix(noun, "y") + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "ch"):
		noun += "es"
	default:
		noun += "s"
	}
	return fmt.Sprintf("%d %s", n, noun)
}
