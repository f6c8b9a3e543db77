package ingest

import "github.com/sosik-news/sosik/internal/extract"

// The real extractor stops with the run's or request's context: ingest
// hands it ctx through ContextExtractor.
var _ ContextExtractor = (*extract.Extractor)(nil)
