package main

import (
	"os"
	"slices"
	"testing"
)

// TestMain builds every subcommand, as `sosik help` does: the tests run
// commands through root.
func TestMain(m *testing.M) {
	addCommands("")
	os.Exit(m.Run())
}

// TestBuildersNameTheirCommands: the names a builder is registered under
// are the commands it adds, and every command of root has a builder, so
// that building only the named command finds it (cobra's help and
// completion commands build them all).
func TestBuildersNameTheirCommands(t *testing.T) {
	var registered []string
	for _, b := range builders {
		if !b.built {
			t.Errorf("builder of %v not run by addCommands(\"\")", b.names)
		}
		for _, name := range b.names {
			if c, _, err := root.Find([]string{name}); err != nil || c.Name() != name {
				t.Errorf("builder registered as %q: root finds %v (%v)", name, c.Name(), err)
			}
			if !slices.Contains(registered, name) {
				registered = append(registered, name)
			}
		}
	}
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue // cobra's own, added when root runs
		}
		if !slices.Contains(registered, c.Name()) {
			t.Errorf("command %q has no builder registered under its name", c.Name())
		}
	}
}

func TestCommandName(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"version"}, "version"},
		{[]string{"--verbose", "parse", "a.txt"}, "parse"},
		{[]string{"-h"}, ""},
		{[]string{"--", "parse"}, ""},
		{[]string{"eval", "golden", "x.json"}, "eval"},
		{[]string{"help", "parse"}, "help"},
	} {
		if got := commandName(tc.args); got != tc.want {
			t.Errorf("commandName(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// TestAddCommandsOnlyTheNamed: building one command leaves the others
// unbuilt; an unknown name builds them all.
func TestAddCommandsOnlyTheNamed(t *testing.T) {
	for _, tc := range []struct {
		name      string
		wantBuilt []string
	}{
		{"parse", []string{"parse"}},
		{"ingest", []string{"ingest", "ingest"}}, // ingest.go builds it, queue.go adds --queue
		{"sources", []string{"collect", "sources"}},
		{"help", nil},
	} {
		saved := builders
		builders = nil
		var built []string
		for _, b := range saved {
			names := b.names
			lazyCommand(func() { built = append(built, names...) }, names...)
		}
		addCommands(tc.name)
		builders = saved
		if tc.wantBuilt == nil {
			var all []string
			for _, b := range saved {
				all = append(all, b.names...)
			}
			tc.wantBuilt = all
		}
		if !slices.Equal(built, tc.wantBuilt) {
			t.Errorf("addCommands(%q) built %v, want %v", tc.name, built, tc.wantBuilt)
		}
	}
}
