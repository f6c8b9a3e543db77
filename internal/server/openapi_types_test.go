package server

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
)

// The search API's type parameter names every event type the extractor
// gives, so a type added as a table row is documented too.
func TestOpenAPIListsEventTypes(t *testing.T) {
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, Description string }
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	var desc string
	for _, p := range doc.Paths["/api/search"]["get"].Parameters {
		if p.Name == "type" {
			desc = p.Description
		}
	}
	if desc == "" {
		t.Fatal("/api/search has no documented type parameter")
	}
	for _, typ := range extract.EventTypes {
		if !strings.Contains(desc, string(typ)) {
			t.Errorf("/api/search type parameter does not list %s: %q", typ, desc)
		}
	}
}
