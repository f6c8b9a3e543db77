package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
)

// The credits stages: datelines and byline reporters.

// datelineRe matches a wire dateline: "[서울=뉴시스]", "(부산=연합뉴스)".
var datelineRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[\[(【]([^\])】=\s]{1,12})\s*=\s*([^\])】\s]{1,12})[\])】]`)
})

// agency is the article's news agency: from the metadata, else from the
// dateline.
func (d *doc) agency() string {
	if d.a.Agency != "" {
		return d.a.Agency
	}
	if d.a.Dateline != nil {
		return d.a.Dateline.Agency
	}
	return ""
}

// datelines reads "[서울=뉴시스]" wherever it stands (article head and
// photo captions): a place and the agency.
func (d *doc) datelines() {
	for _, st := range d.sents {
		if strings.IndexByte(d.text[st.s:st.e], '=') < 0 {
			continue // every dateline has "=": spare the regexp the other sentences
		}
		for _, m := range datelineRe().FindAllStringSubmatchIndex(d.text[st.s:st.e], -1) {
			ps, pe, as, ae := st.s+m[2], st.s+m[3], st.s+m[4], st.s+m[5]
			if g, ok := d.lx.gaz[fold.Key(d.text[ps:pe])]; ok && g.typ == Place {
				d.entity(Place, g.canon).mention(d.text, ps, pe)
			}
			ag := d.text[as:ae]
			if d.lx.desks[ag] {
				// "[한빛뉴스=연예부]": the outlet and the desk that signs, no place
				ag, as, ae = d.text[ps:pe], ps, pe
			}
			name := ag
			if g, ok := d.lx.gaz[fold.Key(ag)]; ok && g.typ == Org {
				name = g.canon
			}
			d.entity(Org, name).mention(d.text, as, ae)
			for i := st.w0; i < st.w1; i++ {
				if d.words[i].cs >= st.s+m[0] && d.words[i].cs < st.s+m[1] {
					d.claim(i, i, nil)
				}
			}
		}
	}
}

// bylineReporters makes the reporters the article parser found in the
// byline PERSON entities: title 기자, affiliation the agency.
func (d *doc) bylineReporters() {
	for _, name := range d.a.Byline.Names {
		name = strings.TrimSpace(name)
		if g, ok := d.lx.gaz[fold.Key(name)]; syllables(name) < 2 || ok && g.typ == Place && !g.weak {
			continue // "박하늘 도쿄 특파원": the posting, no second reporter
		}
		found := false
		for _, sec := range d.secs {
			if sec.Kind != article.KindByline {
				continue
			}
			if i := strings.Index(d.text[sec.Start:sec.End], name); i >= 0 {
				e := d.entity(Person, name)
				e.setAttrs(d.bylineTitle(d.text[sec.Start+i+len(name):sec.End]), d.agency(), "")
				e.mention(d.text, sec.Start+i, sec.Start+i+len(name))
				found = true
				break
			}
		}
		if !found {
			found = d.bracketReporter(name)
		}
		if !found && !d.reporterIntro(name) && strings.Contains(d.text, name) {
			// "MBC NEWS 김철웁니다": the sign-off contracts the name, which
			// the body writes whole; the reporter keeps the title, the body
			// recognisers give the mentions.
			d.entity(Person, name).setAttrs(d.bylineTitle(""), d.agency(), "")
		}
	}
}

// reporterIntro finds a byline name the structure read from a line of
// the body, a broadcast's introduction of its reporter ("보도에 홍길동
// 기잡니다", "홍길동 특파원이 전합니다"): the name followed by a press title,
// or by 기자 contracted with the copula (기잡니다). It reports whether it
// found one.
func (d *doc) reporterIntro(name string) bool {
	for off := 0; off < len(d.text); {
		i := strings.Index(d.text[off:], name)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(name)
		off = e
		line, _, _ := strings.Cut(d.text[e:], "\n")
		f := strings.Fields(line)
		if len(f) == 0 || !strings.HasPrefix(line, " ") || isHangulBefore(d.text, s) {
			continue
		}
		if ag := d.agency(); ag != "" && len(f) > 1 && f[0] == ag {
			f = f[1:] // "이건 스포츠한빛닷컴 기자]": the outlet between name and title
		}
		title := d.pressTitleWord(hangulPrefix(f[0]))
		if title == "" {
			continue
		}
		p := d.entity(Person, name)
		p.setAttrs(title, d.agency(), "")
		p.mention(d.text, s, e)
		return true
	}
	return false
}

// bylineTitle reads the press title written after a reporter's name in a
// byline ("선임기자", "특파원"); "기자" when none is.
func (d *doc) bylineTitle(rest string) string {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return "기자"
	}
	w := strings.TrimRight(f[0], "=·,")
	if g, ok := d.lx.gaz[fold.Key(w)]; ok && g.typ == Place && !g.weak && len(f) > 1 {
		w = strings.TrimRight(f[1], "=·,]") // "도쿄 특파원": the posting before the title
	}
	if d.lx.titleTab.class(w) == TitlePress {
		return w
	}
	return "기자"
}

// introEndings may follow a press title in a reporter's introduction.
var introEndings = setOf(`가 이 는 은 입니다 이었습니다`)

// pressTitleWord returns the press title w starts with when only a
// particle or the copula follows it ("기자가", "특파원입니다"); 기잡니다 is
// 기자 contracted with the copula.
func (d *doc) pressTitleWord(w string) string {
	if w == "기잡니다" {
		return "기자"
	}
	for k := range w {
		if k > 0 && d.lx.titleTab.class(w[:k]) == TitlePress && (introEndings()[w[k:]]) {
			return w[:k]
		}
	}
	if d.lx.titleTab.class(w) == TitlePress {
		return w
	}
	return ""
}

// hangulPrefix returns the Hangul syllables w starts with ("기자]손흥민" →
// "기자").
func hangulPrefix(w string) string {
	if i := strings.IndexFunc(w, func(r rune) bool { return !isHangulSyllable(r) }); i >= 0 {
		return w[:i]
	}
	return w
}

// maxLeadBracket bounds the byline bracket opening the first paragraph,
// "[한빛데일리 = 홍길동 기자]", in bytes.
const maxLeadBracket = 80

// bracketReporter reads a byline name in the bracket that opens the first
// body paragraph ("[한빛데일리 = 홍길동 기자] 가수 …"): the reporter's
// mention, and the words of the bracket from the "=" (or all) claimed, so
// that no recogniser reads the outlet and the name as one person or gives
// the name the title after the bracket. It reports whether it found the
// name there.
func (d *doc) bracketReporter(name string) bool {
	for _, sec := range d.secs {
		if sec.Kind != article.KindBody {
			continue
		}
		t := d.text[sec.Start:sec.End]
		end := strings.IndexByte(t, ']')
		if !strings.HasPrefix(t, "[") || end < 0 || end > maxLeadBracket {
			return false
		}
		i := strings.Index(t[:end], name)
		if i < 0 {
			return false
		}
		e := d.entity(Person, name)
		e.setAttrs(d.bylineTitle(t[i+len(name):end]), d.agency(), "")
		e.mention(d.text, sec.Start+i, sec.Start+i+len(name))
		from := sec.Start
		if eq := strings.LastIndexByte(t[:i], '='); eq >= 0 {
			from += eq // "[웸블리(영국 런던)=홍길동 …]": the dateline's place stays a place
		}
		for k := range d.words {
			if w := &d.words[k]; w.s >= from && w.e <= sec.Start+end+1 {
				d.claim(k, k, nil)
			}
		}
		return true
	}
	return false
}
