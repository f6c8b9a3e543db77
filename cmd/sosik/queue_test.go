package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestQueueFlags: ingest takes --queue, and a bad queue URL, a bad format or
// a missing server is a clear error before anything is read or stored.
func TestQueueFlags(t *testing.T) {
	tests := []struct {
		args []string
		err  string
	}{
		{[]string{"ingest", "--queue", "http://127.0.0.1:4222", "missing.jsonl"}, "scheme must be nats:// or tls://"},
		{[]string{"ingest", "--queue", "nats://127.0.0.1:4222/a.b", "missing.jsonl"}, `name "a.b" must be`},
		{[]string{"ingest", "--queue", "nats://127.0.0.1:4222", "--format", "pdf", "missing.jsonl"}, "pdf"},
		{[]string{"queue", "status", "--queue", "nats://127.0.0.1:1/x"}, "connecting to nats://127.0.0.1:1"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		root.SetArgs(tt.args)
		root.SetOut(&out)
		root.SetErr(&out)
		err := root.Execute()
		root.SetArgs(nil)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("sosik %v: error = %v, want %q", tt.args, err, tt.err)
		}
		// Cobra keeps flag values between runs.
		if c, _, _ := root.Find([]string{"ingest"}); c != nil {
			_ = c.Flags().Set("queue", "")
			_ = c.Flags().Set("format", "auto")
		}
	}
}
