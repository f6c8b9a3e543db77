package store

import "slices"

// scorer sums the score of a match from the parts the lookups of a search
// added, in the order they added them: a set whose every article scores
// the same (a common word's idf, or its headline's), or scored rows (a
// rare word's BM25). A match is scored only when the scan reaches it, so
// a search no longer fills an array as long as the corpus with scores;
// the sums are those of adding each part into one array in that order.
type scorer struct {
	parts []scorePart
}

// scorePart is one lookup's contribution to the scores: v for every rid of
// set, or, when rows is set, each of its rids' own score.
type scorePart struct {
	set  ridSet
	v    float64
	rows *scoredRows
}

// addSet gives every article of set the score v.
func (s *scorer) addSet(set ridSet, v float64) {
	s.parts = append(s.parts, scorePart{set: set, v: v})
}

// addRows gives the articles of r their scores. r is read, never changed.
func (s *scorer) addRows(r *scoredRows) {
	if len(r.rids) == 0 {
		return
	}
	if !slices.IsSorted(r.rids) {
		r = sortedRows(r)
	}
	s.parts = append(s.parts, scorePart{rows: r})
}

// sortedRows returns a copy of r in rid order (the order of equal rids
// kept).
func sortedRows(r *scoredRows) *scoredRows {
	idx := make([]int, len(r.rids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case r.rids[a] < r.rids[b]:
			return -1
		case r.rids[a] > r.rids[b]:
			return 1
		}
		return 0
	})
	out := &scoredRows{rids: make([]int64, len(idx)), scores: make([]float64, len(idx))}
	for i, j := range idx {
		out.rids[i], out.scores[i] = r.rids[j], r.scores[j]
	}
	return out
}

// descending returns the score of each rid it is given, the rids given in
// descending order (each scored rows part keeps a cursor that only moves
// down).
func (s *scorer) descending() func(rid int64) float64 {
	cur := make([]int, len(s.parts))
	for i, p := range s.parts {
		if p.rows != nil {
			cur[i] = len(p.rows.rids)
		}
	}
	return func(rid int64) float64 {
		sum := 0.0
		for i := range s.parts {
			p := &s.parts[i]
			if p.rows == nil {
				if p.set.has(rid) {
					sum += p.v
				}
				continue
			}
			rids := p.rows.rids
			c := cur[i]
			for c > 0 && rids[c-1] > rid {
				c--
			}
			// Equal rids (none from the indexes) add in their stored order.
			first := c
			for first > 0 && rids[first-1] == rid {
				first--
			}
			for k := first; k < c; k++ {
				sum += p.rows.scores[k]
			}
			cur[i] = first
		}
		return sum
	}
}
