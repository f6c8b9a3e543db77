package store

import (
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

// Hooks for the external tests of this package (package store_test), which
// import storetest and so cannot be internal tests.

// Migrations lists the SQL of the embedded migrations of dir.
func Migrations(dir string) ([]string, error) {
	ms, err := migrations(dir)
	var out []string
	for _, m := range ms {
		out = append(out, m.sql)
	}
	return out, err
}

// EncodeDoc is encodeDoc.
func EncodeDoc(d *extract.Document) ([]byte, error) { return encodeDoc(d) }

// DecodeDoc decodes blob with d's row fields and text.
func DecodeDoc(d *extract.Document, blob []byte) (*extract.Document, error) {
	return decodeDoc(docRow{d.ID, d.Source, d.URL, d.Headline, d.Agency}, d.Text, blob)
}

// Inflate is inflate.
func Inflate(z []byte) ([]byte, error) { return inflate(z) }

// Analyzer is the store's analyser.
func Analyzer(st Store) (*korean.Analyzer, error) { return st.(*sqliteStore).analyzer() }

// SetMorph replaces the store's analysis of texts into index terms.
func SetMorph(st Store, f func(string) []string) { st.(*sqliteStore).morph = f }
