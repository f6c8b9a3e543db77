package ner

// charFeats writes the features of each character of a featSent in turn.
// The features of a morpheme or an eojeol alone are hashed once, when its
// first character comes, and reused for the others.
type charFeats struct {
	fx             *featurizer
	s              *featSent
	out            *seq
	curTok, curEoj int
	tc             struct { // of the current morpheme
		c15, c17 uint32
		h16      hasher
		h18      string
		rest     []uint32
	}
	ec struct { // of the current eojeol
		c31, c36, c37, c39 uint32
		h32, h38           hasher
		has39              bool
	}
}

func (cf *charFeats) add(h hasher) { cf.out.feats = append(cf.out.feats, h.sum()&cf.fx.mask) }

// char writes the features of character i.
func (cf *charFeats) char(i int) {
	s := cf.s
	c := s.at(i)
	cf.window(i, c)
	e := s.eoj[i]
	if e < 0 {
		cf.add(tpl(12).b(s.sh(i - 1)).b(s.sh(i + 1)))
		return
	}
	es := s.eos[e]
	ep := posCode(i, es.a, es.b)
	cf.add(tpl(13).b(ep).b(s.sh(i)))
	idx := min(i-es.a, 3)
	ln := min(es.b-es.a, 6)
	cf.add(tpl(14).b(byte(idx)).b(byte(ln)))
	cf.morpheme(i, c)
	cf.eojeol(i, e, ep)
}

// window writes the characters around i and their shapes.
func (cf *charFeats) window(i int, c rune) {
	at := cf.s.at
	cf.add(tpl(0))
	cf.add(tpl(1).r(c))
	cf.add(tpl(2).r(at(i - 1)))
	cf.add(tpl(3).r(at(i + 1)))
	cf.add(tpl(4).r(at(i - 2)))
	cf.add(tpl(5).r(at(i + 2)))
	cf.add(tpl(6).r(at(i - 1)).r(c))
	cf.add(tpl(7).r(c).r(at(i + 1)))
	cf.add(tpl(8).r(at(i - 2)).r(at(i - 1)))
	cf.add(tpl(9).r(at(i + 1)).r(at(i + 2)))
	cf.add(tpl(10).r(at(i - 1)).r(c).r(at(i + 1)))
	cf.add(tpl(11).b(cf.s.sh(i - 1)).b(cf.s.sh(i)).b(cf.s.sh(i + 1)))
}

// morpheme writes the features of character i's morpheme.
func (cf *charFeats) morpheme(i int, c rune) {
	t := cf.s.tokOf[i]
	if t < 0 {
		cf.add(tpl(30))
		return
	}
	if t != cf.curTok {
		cf.curTok = t
		cf.hashMorpheme(t)
	}
	mp := posCode(i, cf.s.tsp[t].a, cf.s.tsp[t].b)
	cf.out.feats = append(cf.out.feats, cf.tc.c15)
	cf.add(cf.tc.h16.b(mp))
	cf.out.feats = append(cf.out.feats, cf.tc.c17)
	cf.add(tpl(18).r(c).b(mp).s(cf.tc.h18))
	cf.out.feats = append(cf.out.feats, cf.tc.rest...)
}

// hashMorpheme hashes the features of morpheme t alone.
func (cf *charFeats) hashMorpheme(t int) {
	s, tc, mask := cf.s, &cf.tc, cf.fx.mask
	tk := s.good[t]
	tc.h16, tc.h18 = tpl(16).s(tk.POS), tk.POS
	tc.c15 = tpl(15).s(tk.Surface).sum() & mask
	tc.c17 = tpl(17).s(tk.Class).s(tk.POS).sum() & mask
	tc.rest = tc.rest[:0]
	for _, h := range []hasher{
		tpl(19).s(tk.Surface).s(tk.POS),
		tpl(20).s(s.tokP(t - 1)),
		tpl(21).s(s.tokS(t - 1)),
		tpl(22).s(s.tokP(t + 1)),
		tpl(23).s(s.tokS(t + 1)),
		tpl(24).s(s.tokS(t + 2)),
		tpl(25).s(s.tokS(t - 2)),
		tpl(26).s(s.tokP(t - 1)).s(tk.POS),
		tpl(27).s(tk.POS).s(s.tokP(t + 1)),
		tpl(28).s(tk.POS).s(s.tokS(t + 1)),
	} {
		tc.rest = append(tc.rest, h.sum()&mask)
	}
	if !tk.Known {
		tc.rest = append(tc.rest, tpl(29).s(tk.POS).sum()&mask)
	}
}

// eojeol writes the features of character i's eojeol e: its noun stem,
// its neighbours and its gazetteer classes.
func (cf *charFeats) eojeol(i, e int, ep byte) {
	if e != cf.curEoj {
		cf.curEoj = e
		cf.hashEojeol(e)
	}
	inf, rs, ec := &cf.s.infos[e], cf.s.rs, &cf.ec
	// the eojeol's noun stem and where the character sits in it
	if i >= inf.stemA && i < inf.stemB {
		sp := posCode(i, inf.stemA, inf.stemB)
		cf.out.feats = append(cf.out.feats, ec.c31)
		cf.add(ec.h32.b(sp).s(inf.particle))
		// the stem's last two syllables: organisation and place
		// suffixes (…전자, …은행, …구청).
		if inf.stemB-inf.stemA >= 2 {
			cf.add(tpl(33).b(sp).r(rs[inf.stemB-2]).r(rs[inf.stemB-1]))
		}
		cf.add(tpl(34).b(sp).r(rs[inf.stemB-1]))
	} else {
		cf.add(tpl(35).b(ep))
	}
	// neighbouring eojeols: titles follow names (홍길동 회장),
	// particles end them.
	cf.out.feats = append(cf.out.feats, ec.c36, ec.c37)
	cf.add(ec.h38.b(ep))
	if ec.has39 {
		cf.out.feats = append(cf.out.feats, ec.c39)
	}
	if inf.gaz != 0 && i >= inf.gazA && i < inf.gazB {
		gp := posCode(i, inf.gazA, inf.gazB)
		for bit := byte(0); bit < 8; bit++ {
			if inf.gaz&(1<<bit) != 0 {
				cf.add(tpl(40).b(bit).b(gp))
			}
		}
	}
}

// hashEojeol hashes the features of eojeol e alone.
func (cf *charFeats) hashEojeol(e int) {
	s, ec, mask := cf.s, &cf.ec, cf.fx.mask
	inf := &s.infos[e]
	next, prev := "</s>", "<s>"
	if e+1 < len(s.infos) && s.infos[e+1].first >= 0 {
		next = s.good[s.infos[e+1].first].Surface
	}
	if e > 0 && s.infos[e-1].last >= 0 {
		prev = s.good[s.infos[e-1].last].Surface
	}
	ec.c31 = tpl(31).s(inf.stem).sum() & mask
	ec.h32 = tpl(32)
	ec.c36 = tpl(36).s(next).sum() & mask
	ec.c37 = tpl(37).s(prev).sum() & mask
	ec.h38 = tpl(38).s(next)
	ec.has39 = e+1 < len(s.infos)
	if ec.has39 {
		ec.c39 = tpl(39).s(s.infos[e+1].stem).sum() & mask
	}
}
