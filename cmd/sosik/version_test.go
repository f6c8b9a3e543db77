package main

import (
	"bytes"
	"runtime/debug"
	"testing"
)

func TestBuildInfoWrite(t *testing.T) {
	tests := []struct {
		name string
		in   buildInfo
		want string
	}{
		{"bare", buildInfo{Version: "1.2.3"}, "sosik 1.2.3\n"},
		{"full", buildInfo{Version: "1.2.3", Go: "go1.26.8", Revision: "abc123", Time: "2026-11-25T10:00:00Z", Modified: true,
			Deps: []string{"github.com/ikawaha/kagome/v2 v2.10.3"}},
			"sosik 1.2.3\ngo:       go1.26.8\nrevision: abc123 (modified) 2026-11-25T10:00:00Z\nuses:     github.com/ikawaha/kagome/v2 v2.10.3\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		tt.in.write(&b)
		if b.String() != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, b.String(), tt.want)
		}
	}
}

func TestDepLine(t *testing.T) {
	tests := []struct {
		in   debug.Module
		want string
	}{
		{debug.Module{Path: "github.com/mmcdole/gofeed", Version: "v1.4.2"}, "github.com/mmcdole/gofeed v1.4.2"},
		{debug.Module{Path: "github.com/markusmobius/go-trafilatura", Version: "v1.12.2",
			Replace: &debug.Module{Path: "./third_party/go-trafilatura", Version: "(devel)"}},
			"github.com/markusmobius/go-trafilatura v1.12.2 => ./third_party/go-trafilatura"},
	}
	for _, tt := range tests {
		if got := depLine(&tt.in); got != tt.want {
			t.Errorf("depLine(%s) = %q, want %q", tt.in.Path, got, tt.want)
		}
	}
}

func TestReadBuildInfoKeepsVersion(t *testing.T) {
	b := readBuildInfo()
	if b.Version != version {
		t.Errorf("version %q, want %q", b.Version, version)
	}
	if b.Go == "" {
		t.Error("test binary has no Go version in its build info")
	}
}
