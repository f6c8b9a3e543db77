package korean

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"

	"github.com/ikawaha/kagome-dict/dict"
)

// shippedNames is sosik's own names dictionary (names.tsv): frequent names
// of Korean news that mecab-ko-dic splits or misreads. See the file's
// header for what may be added to it.
//
//go:embed names.tsv
var shippedNames []byte

// ShippedNames returns the entries of the names dictionary every analyser
// loads, in user-dictionary format.
func ShippedNames() []byte { return bytes.Clone(shippedNames) }

// userRecords returns the shipped names merged with the user dictionary
// file at path (when not empty); the file's entries win over shipped ones
// of the same word.
func userRecords(path string) (dict.UserDictRecords, error) {
	recs, err := readUserRecords(bytes.NewReader(shippedNames), "names.tsv")
	if err != nil {
		return nil, fmt.Errorf("korean: shipped names: %w", err)
	}
	if path == "" {
		return recs, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("korean: user dictionary: %w", err)
	}
	defer f.Close()
	user, err := readUserRecords(f, path)
	if err != nil {
		return nil, err
	}
	mine := make(map[string]bool, len(user))
	for _, r := range user {
		mine[r.Text] = true
	}
	merged := user
	for _, r := range recs {
		if !mine[r.Text] {
			merged = append(merged, r)
		}
	}
	return merged, nil
}
