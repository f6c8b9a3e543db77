package store

import (
	"context"
	"fmt"

	"github.com/sosik-news/sosik/internal/extract"
)

// StoredHook is told, after each committed Put, of the documents that Put
// newly stored (Inserted or NearDuplicate, not duplicates), in batch
// order: watches match new articles there, whichever path stored them
// (ingest, collect, the worker, the HTTP API). It runs in Put's goroutine
// and must not call Put.
type StoredHook func(ctx context.Context, docs []*extract.Document)

// SetStoredHook sets the hook of s; nil removes it.
func SetStoredHook(s Store, h StoredHook) error {
	c, ok := s.(interface{ setStoredHook(StoredHook) })
	if !ok {
		return fmt.Errorf("store: %T takes no stored hook", s)
	}
	c.setStoredHook(h)
	return nil
}

func (s *core) setStoredHook(h StoredHook) {
	if h == nil {
		s.hook.Store(nil)
		return
	}
	s.hook.Store(&h)
}

// notifyStored calls the hook with the documents res says are new.
func (s *core) notifyStored(ctx context.Context, docs []*extract.Document, res []PutResult) {
	h := s.hook.Load()
	if h == nil {
		return
	}
	var fresh []*extract.Document
	for i, r := range res {
		if i < len(docs) && (r.Status == Inserted || r.Status == NearDuplicate) {
			fresh = append(fresh, docs[i])
		}
	}
	if len(fresh) > 0 {
		(*h)(ctx, fresh)
	}
}
