package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

// fakeCandidates is an in-memory store of entities for the linking policy.
type fakeCandidates struct {
	byKey   map[string][]candidate // type + "/" + key
	factsOf map[int64]candidateFacts
	co      map[int64]map[string]bool
	err     error
}

func (f fakeCandidates) named(typ, key string) ([]candidate, error) {
	return f.byKey[typ+"/"+key], f.err
}

func (f fakeCandidates) facts(eid int64) (candidateFacts, error) { return f.factsOf[eid], nil }

// coMentioned: the article's co-mention keys each candidate was seen with.
func (f fakeCandidates) coMentioned(eids []int64, q *linkQuery) (map[int64]map[string]bool, error) {
	out := map[int64]map[string]bool{}
	for _, eid := range eids {
		for k := range q.co {
			if f.co[eid][k] {
				if out[eid] == nil {
					out[eid] = map[string]bool{}
				}
				out[eid][k] = true
			}
		}
	}
	return out, nil
}

func TestChooseEntity(t *testing.T) {
	store := fakeCandidates{
		byKey: map[string][]candidate{
			"PERSON/김민수": {{eid: 1, name: "김민수", byName: true, articles: 5, first: "2024-01-01", last: "2024-12-01"},
				{eid: 2, name: "김민수", byName: true, articles: 9, first: "2024-01-01", last: "2024-12-01"},
				{eid: 3, name: "김민수", byName: true, articles: 1}},
			"PERSON/추미애": {{eid: 4, name: "추미애", byName: true, articles: 2, first: "2016-08-28", last: "2017-05-10"}},
			"PERSON/트럼프": {{eid: 5, name: "도널드 트럼프", articles: 3}},
			"PERSON/이방카": {{eid: 6, name: "이방카 트럼프", articles: 1}},
			"ORG/민주당":    {{eid: 10, name: "민주당", byName: true, articles: 5, country: "US"}, {eid: 11, name: "더불어민주당", articles: 3, country: "KR", first: "2016-01-01", last: "2018-01-01"}},
			"ORG/페이스북":   {{eid: 20, name: "메타", articles: 2, country: "US", first: "2021-11-02", last: "2023-07-06"}},
			"ORG/openai": {{eid: 12, name: "OpenAI", byName: true, articles: 3}},
		},
		factsOf: map[int64]candidateFacts{
			1: {affs: []string{"삼성전자"}, titles: []string{"상무"}},
			2: {affs: []string{"LG전자"}},
			4: {affs: []string{"더불어민주당"}, titles: []string{"대표"}},
		},
		co: map[int64]map[string]bool{4: {"문재인": true}},
	}
	tests := []struct {
		name    string
		q       linkQuery
		want    int64
		signals string // the chosen candidate's signals, when set
	}{
		{"person, same employer (contained: 삼성 ~ 삼성전자)", linkQuery{typ: extract.Person, name: "김민수", keys: []string{"김민수"}, aff: "삼성", date: "2024-06-01"}, 1, ""},
		{"person, other employer: the one never seen with any", linkQuery{typ: extract.Person, name: "김민수", keys: []string{"김민수"}, aff: "누리통신"}, 3, ""},
		{"person, no affiliation: most articles", linkQuery{typ: extract.Person, name: "김민수", keys: []string{"김민수"}}, 2, ""},
		{"title change kept by co-mentions and time", linkQuery{typ: extract.Person, name: "추미애", keys: []string{"추미애"}, aff: "법무부", title: "장관", date: "2020-01-03",
			co: map[string]bool{"문재인": true}, coType: map[string]string{"문재인": extract.Person}, coDisplay: map[string]string{"문재인": "문재인"}}, 4,
			"name 추미애 · time 2020-01-03, seen 2016-08-28 … 2017-05-10 +0.25 · affiliation 법무부 ≠ 더불어민주당 −1.00 · co-mentioned 문재인 +0.75"},
		{"a different employer without other evidence: new", linkQuery{typ: extract.Person, name: "추미애", keys: []string{"추미애"}, aff: "법무부", date: "2020-01-03"}, 0, ""},
		{"bare family name links to the full name", linkQuery{typ: extract.Person, name: "트럼프", keys: []string{"트럼프"}}, 5, ""},
		{"a family member is another person", linkQuery{typ: extract.Person, name: "이방카 트럼프", keys: []string{"이방카트럼프", "트럼프"}}, 0, ""},
		{"US party stays apart from the Korean one", linkQuery{typ: extract.Org, name: "민주당", keys: []string{"민주당"}, country: "KR", date: "2021-10-11"}, 11, ""},
		{"no cue: home country first", linkQuery{typ: extract.Org, name: "민주당", keys: []string{"민주당"}, date: "2019-05-02"}, 11, ""},
		{"before the rename 페이스북 is not 메타", linkQuery{typ: extract.Org, name: "페이스북", keys: []string{"페이스북"}, date: "2013-03-08"}, 0, ""},
		{"unknown: new", linkQuery{typ: extract.Org, name: "없음", keys: []string{"없음"}}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := chooseEntity(&tt.q, store)
			if err != nil {
				t.Fatal(err)
			}
			got := int64(0)
			if d.chosen != nil {
				got = d.chosen.EntityID
			}
			if got != tt.want {
				t.Fatalf("chose %d, want %d; weighed %+v", got, tt.want, d.all)
			}
			if tt.signals != "" {
				var parts []string
				for _, s := range d.chosen.Signals {
					parts = append(parts, s.String())
				}
				if line := strings.Join(parts, " · "); line != tt.signals {
					t.Errorf("signals\n %s\nwant\n %s", line, tt.signals)
				}
			}
		})
	}
	boom := errors.New("boom")
	if _, err := chooseEntity(&linkQuery{typ: extract.Org, keys: []string{"x"}}, fakeCandidates{err: boom}); !errors.Is(err, boom) {
		t.Errorf("error from the store: %v", err)
	}
}

func TestCountryOf(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"미국 민주당이 하원을 잃었다.", "민주당", "US"},
		{"민주당 소속인 펠로시 의장은 하원에서 결의를 이끌었다.", "민주당", "US"},
		{"노다 총리가 중의원을 해산했다. 민주당은 자민당에 밀리고 있다.", "민주당", "JP"},
		{"민주당은 10일 이재명 경기지사를 후보로 뽑았다.", "민주당", "KR"},
		{"민주당은 논평을 내고 추경을 서두르라고 밝혔다.", "민주당", ""},
		{"독일 녹색당이 총리 후보를 냈다.", "녹색당", "DE"},
		{"오바마 대통령과 문재인 대표가 만났다. 민주당은 논평을 냈다.", "민주당", ""},
	}
	for _, tt := range tests {
		e := &extract.Entity{Type: extract.Org, Name: tt.name}
		i := strings.Index(tt.text, tt.name)
		e.Mentions = []extract.Mention{{Start: i, End: i + len(tt.name), Text: tt.name}}
		if got := countryOf(linkLex(), tt.text, cueVotes(linkLex(), tt.text), e); got != tt.want {
			t.Errorf("countryOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLinkable(t *testing.T) {
	ana := testAnalyzer(t)
	tests := []struct {
		typ, name, alias string
		want             bool
	}{
		{extract.Person, "도널드 트럼프", "트럼프", true},
		{extract.Person, "기시다 후미오", "기시다", true},
		{extract.Person, "이재용", "이 회장", false},
		{extract.Person, "박근혜", "그", false},
		{extract.Person, "버락 오바마", "오바마 대통령", false},
		{extract.Org, "삼성전자", "삼성", true},
		{extract.Org, "다음카카오", "회사", false},
		{extract.Org, "삼성전자", "이 회사", false},
		{extract.Org, "삼성전자", "당사", false},
	}
	for _, tt := range tests {
		if got := linkable(ana, tt.typ, tt.name, tt.alias); got != tt.want {
			t.Errorf("linkable(%s, %s, %q) = %v, want %v", tt.typ, tt.name, tt.alias, got, tt.want)
		}
	}
}

func TestLockKey(t *testing.T) {
	// FNV-1a of type, NUL, key: writers of two sosik builds must agree on it.
	if got := lockKey("PERSON", "김민수"); got != 2753439475720246849 {
		t.Errorf("lockKey(PERSON, 김민수) = %d, changed", got)
	}
	if lockKey("PERSON", "김민수") == lockKey("ORG", "김민수") || lockKey("PERSON", "a") == lockKey("PERSO", "Na") {
		t.Error("lock keys must differ by type and key")
	}
}

func testAnalyzer(t *testing.T) *korean.Analyzer {
	t.Helper()
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	return ana
}

func TestSurfaceName(t *testing.T) {
	tests := []struct {
		name, text, date, country string
		ent                       extract.Entity
		wantName                  string
		wantAliases               string
	}{
		{"canonical in the text: unchanged", "메타가 스레드를 냈다.", "2023-07-06", "",
			extract.Entity{Type: extract.Org, Name: "메타", Aliases: []string{"페이스북"}}, "메타", "페이스북"},
		{"before the rename the old name stays apart", "페이스북이 뉴스피드를 바꿨다.", "2013-03-08", "",
			extract.Entity{Type: extract.Org, Name: "메타", Aliases: []string{"페이스북"}}, "페이스북", ""},
		{"after the rename the new name is an alias", "민주당은 이재명 후보를 뽑았다.", "2021-10-11", "KR",
			extract.Entity{Type: extract.Org, Name: "더불어민주당", Aliases: []string{"민주당"}}, "민주당", "더불어민주당"},
		{"another country's party is not renamed", "미국 민주당이 하원을 잃었다.", "2010-11-03", "US",
			extract.Entity{Type: extract.Org, Name: "더불어민주당", Aliases: []string{"민주당"}}, "민주당", ""},
		{"an abbreviation keeps the full name as alias", "현대차가 목표를 높였다.", "2024-01-10", "",
			extract.Entity{Type: extract.Org, Name: "현대자동차", Aliases: []string{"현대차"}}, "현대차", "현대자동차"},
		{"people keep the canonical name", "트럼프 대통령이 취임했다.", "2017-01-20", "",
			extract.Entity{Type: extract.Person, Name: "도널드 트럼프", Aliases: []string{"트럼프"}}, "도널드 트럼프", "트럼프"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := surfaceName(&tt.ent, tt.text, tt.date, tt.country)
			if got.Name != tt.wantName || strings.Join(got.Aliases, ",") != tt.wantAliases {
				t.Errorf("surfaceName = %q %q, want %q %q", got.Name, got.Aliases, tt.wantName, tt.wantAliases)
			}
		})
	}
}
