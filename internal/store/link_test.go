package store

import (
	"errors"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
)

// fakeCandidates is an in-memory store of entities for the linking policy.
type fakeCandidates struct {
	byKey map[string][]candidate // type + "/" + key
	affs  map[int64][]string
	err   error
}

func (f fakeCandidates) named(typ, key string) ([]candidate, error) {
	return f.byKey[typ+"/"+key], f.err
}

func (f fakeCandidates) affiliations(eid int64) ([]string, error) { return f.affs[eid], nil }

func TestChooseEntity(t *testing.T) {
	store := fakeCandidates{
		byKey: map[string][]candidate{
			"PERSON/김민수": {{eid: 1, byName: true, articles: 5}, {eid: 2, byName: true, articles: 9}, {eid: 3, byName: true, articles: 1}},
			"PERSON/박서윤": {{eid: 4, byName: true, articles: 2}},
			"ORG/오픈ai":   {{eid: 10, byName: false, articles: 8}, {eid: 11, byName: true, articles: 1}},
			"ORG/openai": {{eid: 12, byName: true, articles: 3}},
		},
		affs: map[int64][]string{1: {"삼성전자"}, 2: {"lg전자"}, 4: {"한빛전자"}},
	}
	tests := []struct {
		name string
		typ  string
		keys []string
		aff  string
		want int64
	}{
		{"person, affiliation contained: 삼성 ~ 삼성전자", extract.Person, []string{"김민수"}, "삼성", 1},
		{"person, other employer: the one never seen with any", extract.Person, []string{"김민수"}, "누리통신", 3},
		{"person, no affiliation: most articles", extract.Person, []string{"김민수"}, "", 2},
		{"person, only a different employer: new", extract.Person, []string{"박서윤"}, "가람건설", 0},
		{"org: by name beats a commoner alias", extract.Org, []string{"오픈ai"}, "", 11},
		{"org: first key that finds decides", extract.Org, []string{"오픈ai", "openai"}, "", 11},
		{"org: alias key when the name finds nothing", extract.Org, []string{"없음", "openai"}, "", 12},
		{"unknown: new", extract.Org, []string{"없음"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := chooseEntity(tt.typ, tt.keys, tt.aff, store)
			if err != nil || got != tt.want {
				t.Errorf("chooseEntity = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
	boom := errors.New("boom")
	if _, err := chooseEntity(extract.Org, []string{"x"}, "", fakeCandidates{err: boom}); !errors.Is(err, boom) {
		t.Errorf("error from the store: %v", err)
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
