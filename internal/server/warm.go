package server

import (
	"context"
	"errors"
	"runtime"

	"github.com/sosik-news/sosik/internal/store"
)

// DefaultWarmWords is how many of the commonest words `sosik serve` warms:
// about what the lookups kept in memory hold at a million articles.
const DefaultWarmWords = 2000

// warmer is a corpus that can load the lookups of its commonest words into
// memory (store.Store.Warm).
type warmer interface {
	Warm(ctx context.Context, n int) (store.WarmStats, error)
}

// startWarm warms the corpus's commonest words (Config.WarmWords) in the
// background, on a thread of the lowest scheduling priority, until done or
// ctx is cancelled; the returned channel closes when it has stopped.
// Searches are served meanwhile and stay exact (see store.Store.Warm).
func (s *Server) startWarm(ctx context.Context) <-chan struct{} {
	done := make(chan struct{})
	w, ok := s.cfg.Corpus.(warmer)
	if s.cfg.WarmWords <= 0 || !ok {
		close(done)
		return done
	}
	go func() {
		defer close(done)
		// The thread is lowered for the warm-up only and ends with the
		// goroutine (a locked thread is not reused).
		runtime.LockOSThread()
		lowerThreadPriority()
		st, err := w.Warm(ctx, s.cfg.WarmWords)
		switch {
		case err != nil && !errors.Is(err, context.Canceled):
			s.log.Warn("warming the commonest words failed", "err", err)
		case err != nil:
			s.log.Info("warm-up stopped", "lookups", st.Lookups, "bytes", st.Bytes)
		default:
			s.log.Info("warmed the commonest words", "lookups", st.Lookups, "bytes", st.Bytes, "budget_full", st.Full)
		}
	}()
	return done
}
