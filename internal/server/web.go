package server

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
)

// webFS holds the UI: HTML pages, CSS, scripts and the vendored libraries
// (see web/static/vendor/VENDORED.md). Everything is embedded so the UI
// works offline from the single binary.
//
//go:embed web
var webFS embed.FS

// openAPISpec is the OpenAPI 3.1 description of the JSON API.
//
//go:embed openapi.json
var openAPISpec []byte

func (s *Server) webRoutes(mux *http.ServeMux) {
	static, err := fs.Sub(webFS, "web/static")
	if err != nil {
		panic("server: embedded web/static missing: " + err.Error()) // a build error, not a runtime one
	}
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", cacheFor(http.StripPrefix("/static/", files)))
	mux.Handle("GET /{$}", s.page("home.html"))
	mux.Handle("GET /watches", s.page("watches.html"))
	mux.Handle("GET /search", s.page("search.html"))
	mux.Handle("GET /article/{id}", s.page("article.html"))
	mux.Handle("GET /entity/{key}", s.page("entity.html"))
	mux.Handle("GET /trends", s.page("trends.html"))
	mux.Handle("GET /events", s.page("events.html"))
	mux.Handle("GET /graph", s.page("graph.html"))
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
}

// pageData is what the page templates read: the page's name (the body's
// data-page, which picks its script's behaviour) and the event types, so
// the filters list exactly what extraction produces.
type pageData struct {
	Page       string
	EventTypes []extract.EventType
}

// page serves one embedded HTML page, rendered once from the shared layout
// (web/layout.tmpl) and the page's own "main" block; the page's script
// reads its parameters from the address and calls the JSON API.
func (s *Server) page(name string) http.Handler {
	t, err := template.ParseFS(webFS, "web/layout.tmpl", "web/"+name)
	if err != nil {
		panic("server: embedded page " + name + ": " + err.Error()) // a build error, not a runtime one
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", pageData{Page: strings.TrimSuffix(name, ".html"), EventTypes: extract.EventTypes}); err != nil {
		panic("server: rendering page " + name + ": " + err.Error())
	}
	body := b.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		// Only same-origin scripts and styles: the UI needs nothing else,
		// and it keeps injected markup from running. Images may come from
		// the outlets (an article's photos), never scripts or frames.
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")
		_, _ = w.Write(body)
	})
}

// cacheFor serves files only (no directory listings) and lets browsers keep the static assets briefly; the vendored
// libraries are pinned so they could be cached forever, but the app's own
// scripts change with the binary.
func cacheFor(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Assets only: no directory listings.
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "vendor/") {
			w.Header().Set("Cache-Control", "public, max-age=86400")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		h.ServeHTTP(w, r)
	})
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(s.spec)
}

// specWithVersion returns the OpenAPI description with info.version set to
// version, so the API reports the version of the binary that serves it; an
// empty version, or a spec it cannot read, leaves it as embedded.
func specWithVersion(spec []byte, version string) []byte {
	if version == "" {
		return spec
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(spec, &doc); err != nil {
		return spec
	}
	var info map[string]any
	if err := json.Unmarshal(doc["info"], &info); err != nil || info == nil {
		return spec
	}
	info["version"] = version
	raw, err := json.Marshal(info)
	if err != nil {
		return spec
	}
	doc["info"] = raw
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return spec
	}
	return out
}
