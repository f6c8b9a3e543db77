package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/korean"
)

// TrainOptions configure Train. The zero value is usable.
type TrainOptions struct {
	// Epochs over the training data; 0 means 10.
	Epochs int
	// HashBits sets the feature table to 2^HashBits buckets; 0 means 20.
	HashBits int
	// Seed makes the shuffling of training sentences reproducible.
	Seed uint64
	// Workers analyse sentences in parallel; 0 means GOMAXPROCS.
	Workers int
	// Gazetteer, when set, adds name-list membership features; it is
	// saved inside the model (as hashes).
	Gazetteer *Gazetteer
	// Analyzer gives the morphemes; nil means korean.Default().
	Analyzer *korean.Analyzer
	// Dropout is the share of a training sentence's features hidden at
	// each visit, so that no single feature (a memorised syllable) has to
	// carry a decision alone: it helps on text unlike the training corpus.
	// 0 disables it.
	Dropout float64
	// KeepLast keeps the last epoch's weights even when an earlier epoch
	// scored higher on dev (by default the best dev epoch is kept).
	KeepLast bool
}

// maxHashBits bounds the feature table (2^24 buckets × 13 tags × 4 bytes
// = 872 MB in memory) so that a damaged model header cannot demand more.
const maxHashBits = 24

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	bits  int
	w     []float32                     // bucket*numTags + tag
	trans [numTags + 1][numTags]float32 // row numTags is the sentence start
	fx    featurizer
	gaz   *Gazetteer
}

func newModel(bits int, gaz *Gazetteer) *Model {
	m := &Model{bits: bits, w: make([]float32, (1<<bits)*numTags), gaz: gaz}
	m.fx = featurizer{mask: 1<<bits - 1, gaz: gaz}
	return m
}

// example is a prepared training or dev sentence.
type example struct {
	s       *seq
	gold    []int
	allowed [][numTags]bool // nil when fully annotated
	spans   []Span
}

// prepare analyses sentences and extracts their features in parallel.
func prepare(a *korean.Analyzer, fx *featurizer, sents []Sentence, workers int) ([]example, error) {
	out := make([]example, len(sents))
	errs := make([]error, len(sents))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				st := sents[i]
				s := fx.extract(st.Text, a.Analyze(st.Text))
				gold, err := encodeTags(s.starts, len(st.Text), st.Spans)
				if err != nil {
					errs[i] = fmt.Errorf("sentence %d: %w", i+1, err)
					continue
				}
				ex := example{s: s, gold: gold, spans: st.Spans}
				if len(st.Unannotated) > 0 {
					ex.allowed = partialMask(gold, st.Unannotated)
				}
				out[i] = ex
			}
		}()
	}
	for i := range sents {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("ner: preparing sentences: %w", err)
	}
	return out, nil
}

// partialMask allows, where the gold tag is O, also the tags of the
// unannotated labels: the corpus did not say those characters are not
// such entities.
func partialMask(gold []int, unannotated []string) [][numTags]bool {
	m := make([][numTags]bool, len(gold))
	for i, g := range gold {
		m[i][g] = true
		if g != 0 {
			continue
		}
		for _, l := range unannotated {
			if li := labelIndex(l); li >= 0 {
				m[i][tagB(li)] = true
				m[i][tagI(li)] = true
			}
		}
	}
	return m
}

// emissions returns per-character tag scores.
func (m *Model) emissions(s *seq) [][numTags]float32 {
	n := s.n()
	em := make([][numTags]float32, n)
	for i := 0; i < n; i++ {
		row := &em[i]
		for _, f := range s.feats[s.off[i]:s.off[i+1]] {
			w := m.w[int(f)*numTags : int(f)*numTags+numTags]
			for t := range numTags {
				row[t] += w[t]
			}
		}
	}
	return em
}

// viterbi returns the best tag sequence under BIO constraints; mask, when
// not nil, further restricts the tags at each position.
func (m *Model) viterbi(em [][numTags]float32, mask [][numTags]bool) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	negInf := float32(math.Inf(-1))
	// transitions with the BIO constraints folded in as -Inf; row numTags
	// is the sentence start.
	var tr [numTags + 1][numTags]float32
	for p := range tr {
		prev := p
		if p == numTags {
			prev = -1
		}
		for t := range numTags {
			tr[p][t] = negInf
			if allowed(prev, t) {
				tr[p][t] = m.trans[p][t]
			}
		}
	}
	score := make([][numTags]float32, n)
	back := make([][numTags]int8, n)
	for t := range numTags {
		score[0][t] = tr[numTags][t] + em[0][t]
		if mask != nil && !mask[0][t] {
			score[0][t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := &score[i-1]
		for t := range numTags {
			best, arg := negInf, int8(-1)
			if mask == nil || mask[i][t] {
				if isI(t) {
					// only B or I of the same label may precede
					for _, p := range [2]int{t - 1, t} {
						if v := prev[p] + tr[p][t]; v > best {
							best, arg = v, int8(p)
						}
					}
				} else {
					for p := range numTags {
						if v := prev[p] + tr[p][t]; v > best {
							best, arg = v, int8(p)
						}
					}
				}
			}
			if arg < 0 {
				score[i][t] = negInf
			} else {
				score[i][t] = best + em[i][t]
			}
			back[i][t] = arg
		}
	}
	best, arg := negInf, 0
	for t := range numTags {
		if score[n-1][t] > best {
			best, arg = score[n-1][t], t
		}
	}
	path := make([]int, n)
	path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		p := int(back[i][path[i]])
		if p < 0 {
			// no valid path reaches this tag (a mask left none): O
			// keeps the sequence valid
			p = 0
		}
		path[i-1] = p
	}
	return path
}

// Tag returns the entity spans of text; toks is korean.Analyzer.Analyze's
// output for text (nil or mismatched tokens only weaken the features).
func (m *Model) Tag(text string, toks []korean.Token) []Span {
	if text == "" {
		return nil
	}
	return m.tagSeq(m.fx.extract(text, toks))
}

func (m *Model) tagSeq(s *seq) []Span {
	path := m.viterbi(m.emissions(s), nil)
	spans := decodeTags(s.starts, len(s.text), path)
	out := spans[:0]
	for _, sp := range spans {
		// a space tagged inside an entity at its edge is not part of it
		if sp = trimSpan(s.text, sp); sp.Start < sp.End {
			out = append(out, sp)
		}
	}
	return out
}

// Train fits a tagger on train with the averaged structured perceptron,
// reporting progress, and dev F1 after each epoch when dev is not empty, to
// progress (which may be nil).
func Train(train, dev []Sentence, opts TrainOptions, progress io.Writer) (*Model, error) {
	if progress == nil {
		progress = io.Discard
	}
	if len(train) == 0 {
		return nil, errors.New("ner: train: no training sentences")
	}
	if err := opts.fill(); err != nil {
		return nil, err
	}
	m := newModel(opts.HashBits, opts.Gazetteer)
	t0 := time.Now()
	tr, err := prepare(opts.Analyzer, &m.fx, train, opts.Workers)
	if err != nil {
		return nil, err
	}
	dv, err := prepare(opts.Analyzer, &m.fx, dev, opts.Workers)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "prepared %d training and %d dev sentences in %s\n", len(tr), len(dv), time.Since(t0).Round(time.Millisecond))
	pt := &perceptron{m: m, acc: make([]float64, len(m.w)), c: 1}
	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5051))
	var best *Model
	bestF := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		te := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, idx := range order {
			s := tr[idx].s
			if opts.Dropout > 0 {
				s = dropFeatures(s, opts.Dropout, rng.Uint32())
			}
			if pt.learn(&tr[idx], s) {
				mistakes++
			}
		}
		avg := m.averaged(pt.acc, &pt.tacc, pt.c)
		line := fmt.Sprintf("epoch %d/%d: %d/%d sentences wrong, %s", ep, opts.Epochs, mistakes, len(tr), time.Since(te).Round(time.Millisecond))
		if len(dv) > 0 {
			r := avg.scoreExamples(dv)
			line += fmt.Sprintf(", dev P %.4f R %.4f F1 %.4f", r.Overall.Precision, r.Overall.Recall, r.Overall.F1)
			if r.Overall.F1 > bestF || opts.KeepLast {
				bestF, best = r.Overall.F1, avg
			}
		} else {
			best = avg
		}
		fmt.Fprintln(progress, line)
	}
	return best, nil
}

// fill sets the defaults of unset options and checks the others.
func (opts *TrainOptions) fill() error {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.HashBits <= 0 {
		opts.HashBits = 20
	}
	if opts.HashBits < 10 || opts.HashBits > maxHashBits {
		return fmt.Errorf("ner: train: hash bits %d outside 10..%d", opts.HashBits, maxHashBits)
	}
	if opts.Dropout < 0 || opts.Dropout > 0.9 {
		return fmt.Errorf("ner: train: dropout %g outside 0..0.9", opts.Dropout)
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Analyzer == nil {
		a, err := korean.Default()
		if err != nil {
			return fmt.Errorf("ner: train: %w", err)
		}
		opts.Analyzer = a
	}
	return nil
}

// perceptron is the averaged perceptron's state, with the lazy-averaging
// trick: acc sums c·δ so that the average of all weight vectors is
// w − acc/c.
type perceptron struct {
	m    *Model
	acc  []float64
	tacc [numTags + 1][numTags]float64
	c    float64
}

func (pt *perceptron) upd(f uint32, t int, d float32) {
	k := int(f)*numTags + t
	pt.m.w[k] += d
	pt.acc[k] += pt.c * float64(d)
}

func (pt *perceptron) updT(p, t int, d float32) {
	if p < 0 {
		p = numTags
	}
	pt.m.trans[p][t] += d
	pt.tacc[p][t] += pt.c * float64(d)
}

// learn tags one training example (its features s, maybe with some
// dropped) and moves the weights towards its gold tags where the
// prediction is wrong; it reports whether it was.
func (pt *perceptron) learn(ex *example, s *seq) bool {
	m := pt.m
	em := m.emissions(s)
	pred := m.viterbi(em, nil)
	gold := ex.gold
	if ex.allowed != nil {
		gold = m.viterbi(em, ex.allowed)
	}
	wrong := false
	for i := range pred {
		if pred[i] == gold[i] {
			continue
		}
		wrong = true
		for _, f := range s.feats[s.off[i]:s.off[i+1]] {
			pt.upd(f, gold[i], 1)
			pt.upd(f, pred[i], -1)
		}
	}
	if wrong {
		for i := range pred {
			gp, pp := -1, -1
			if i > 0 {
				gp, pp = gold[i-1], pred[i-1]
			}
			if gp != pp || gold[i] != pred[i] {
				pt.updT(gp, gold[i], 1)
				pt.updT(pp, pred[i], -1)
			}
		}
	}
	pt.c++
	return wrong
}

// averaged returns a copy of m holding the averaged weights.
func (m *Model) averaged(acc []float64, tacc *[numTags + 1][numTags]float64, c float64) *Model {
	out := newModel(m.bits, m.gaz)
	for k, w := range m.w {
		out.w[k] = float32(float64(w) - acc[k]/c)
	}
	for p := range m.trans {
		for t := range m.trans[p] {
			out.trans[p][t] = float32(float64(m.trans[p][t]) - tacc[p][t]/c)
		}
	}
	return out
}

func (m *Model) scoreExamples(exs []example) Report {
	gold := make([][]Span, len(exs))
	pred := make([][]Span, len(exs))
	for i, ex := range exs {
		gold[i] = ex.spans
		pred[i] = m.tagSeq(ex.s)
	}
	return Score(gold, pred)
}

// dropFeatures returns a copy of s without a pseudo-random share p of its
// features; the first feature of each character (the bias) always stays.
func dropFeatures(s *seq, p float64, seed uint32) *seq {
	out := &seq{text: s.text, starts: s.starts, off: make([]int32, len(s.off)), feats: make([]uint32, 0, len(s.feats))}
	limit := uint32(p * float64(math.MaxUint32))
	x := seed | 1
	for i := 0; i < s.n(); i++ {
		out.off[i] = int32(len(out.feats))
		for k, f := range s.feats[s.off[i]:s.off[i+1]] {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			if k == 0 || x >= limit {
				out.feats = append(out.feats, f)
			}
		}
	}
	out.off[s.n()] = int32(len(out.feats))
	return out
}
