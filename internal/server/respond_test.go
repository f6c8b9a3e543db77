package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
)

func TestStoreErrorMapping(t *testing.T) {
	srv := &Server{log: quietLogger()}
	amb := &store.AmbiguousError{Name: "김민준", Candidates: []store.Entity{
		{ID: 3, Type: "PERSON", Name: "김민준", Affiliation: "한빛전자", Title: "사장", Articles: 2},
		{ID: 9, Type: "PERSON", Name: "김민준", Affiliation: "국회", Title: "의원", Articles: 1},
	}}
	tests := []struct {
		name  string
		err   error
		code  int
		msg   string
		cands int
	}{
		{"query syntax", storeError(fmt.Errorf("wrapped: %w", &store.QueryError{Query: `"a`, Pos: 0, Msg: "unclosed quote"}), "x"), 400, `unclosed quote at position 0`, 0},
		{"not found", storeError(fmt.Errorf("store: article x: %w", store.ErrNotFound), `article "x"`), 404, `article "x" not found`, 0},
		{"ambiguous", storeError(amb, "entity"), 409, `"김민준" fits 2 entities`, 2},
		{"internal", storeError(errors.New("sqlite: disk I/O error at page 7"), "x"), 500, "internal server error", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			srv.writeError(rec, httptest.NewRequest("GET", "/api/x", nil), tt.err)
			var body ambiguousBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("%s: %v", rec.Body, err)
			}
			if rec.Code != tt.code || !strings.Contains(body.Error, tt.msg) || len(body.Candidates) != tt.cands {
				t.Fatalf("got %d %+v, want %d %q with %d candidates", rec.Code, body, tt.code, tt.msg, tt.cands)
			}
			if strings.Contains(body.Error, "sqlite") {
				t.Fatalf("internal detail leaked: %s", body.Error)
			}
		})
	}
}

func TestRequestLog(t *testing.T) {
	var logs strings.Builder
	ts := newTestServer(t, func(c *Config) { c.Logger = slogTo(&logs) })
	ts.do(t, "GET", "/api/search?q="+url.QueryEscape("삼성전자"), "", "")
	ts.do(t, "GET", "/api/articles/missing", "", "")
	out := logs.String()
	for _, want := range []string{
		`msg=request method=GET route="GET /api/search" path=/api/search status=200`,
		`level=WARN msg=request method=GET route="GET /api/articles/{id}" path=/api/articles/missing status=404`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s\n%s", want, out)
		}
	}
}

func TestSpecWithVersion(t *testing.T) {
	tests := []struct {
		name, version, want string
	}{
		{"embedded version kept", "", ""},
		{"binary's version", "1.4.0-dev", "1.4.0-dev"},
	}
	var embedded struct {
		Info struct{ Version string } `json:"info"`
	}
	if err := json.Unmarshal(openAPISpec, &embedded); err != nil || embedded.Info.Version == "" {
		t.Fatalf("embedded spec: %v %q", err, embedded.Info.Version)
	}
	for _, tt := range tests {
		var doc struct {
			OpenAPI string `json:"openapi"`
			Info    struct{ Version, Title string }
			Paths   map[string]any
		}
		if err := json.Unmarshal(specWithVersion(openAPISpec, tt.version), &doc); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		want := tt.want
		if want == "" {
			want = embedded.Info.Version
		}
		if doc.Info.Version != want || doc.Info.Title == "" || doc.OpenAPI == "" || len(doc.Paths) == 0 {
			t.Errorf("%s: version %q title %q openapi %q paths %d, want version %q and the rest kept",
				tt.name, doc.Info.Version, doc.Info.Title, doc.OpenAPI, len(doc.Paths), want)
		}
	}
}
