package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompactCommand compacts a stored corpus and refuses a path where no
// database is.
func TestCompactCommand(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		name    string
		db      string
		want    string // in the output, or in the error when wantErr
		wantErr bool
	}{
		{"a corpus", db, "pages 16384 → 16384 bytes, journal wal", false},
		{"no database there", filepath.Join(t.TempDir(), "none.db"), "no such file", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			root.SetArgs([]string{"compact", "--db", tt.db})
			root.SetOut(&out)
			defer root.SetArgs(nil)
			err := root.Execute()
			switch {
			case tt.wantErr && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			case !tt.wantErr && (err != nil || !strings.Contains(out.String(), tt.want)):
				t.Errorf("output %q (err %v), want %q in it", out.String(), err, tt.want)
			}
		})
	}
}
