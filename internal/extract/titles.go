package extract

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// TitleClass says what kind of post a title names; it decides which rules
// apply (a school may be shortened to …대 only before an academic title).
type TitleClass string

// Title classes, as written in the class column of lexicon/titles.tsv.
const (
	TitleCorporate    TitleClass = "corporate"    // 회장, 대표이사, CEO
	TitlePublic       TitleClass = "public"       // 장관, 시장, 청장
	TitlePolitical    TitleClass = "political"    // 의원, 원내대표, 후보
	TitleJudicial     TitleClass = "judicial"     // 대법관, 부장판사
	TitleDiplomatic   TitleClass = "diplomatic"   // 대사, 총영사
	TitleAcademic     TitleClass = "academic"     // 교수, 총장, 연구원
	TitlePress        TitleClass = "press"        // 기자, 선임기자, 앵커
	TitleBranch       TitleClass = "branch"       // 지점장, 법인장
	TitleProfessional TitleClass = "professional" // 변호사, 회계사
	TitleCulture      TitleClass = "culture"      // 감독, 배우
	TitleSport        TitleClass = "sport"        // 선수, 코치
)

var titleClasses = map[TitleClass]bool{
	TitleCorporate: true, TitlePublic: true, TitlePolitical: true, TitleJudicial: true, TitleDiplomatic: true,
	TitleAcademic: true, TitlePress: true, TitleBranch: true, TitleProfessional: true, TitleCulture: true, TitleSport: true,
}

// titleInfo is one row of the title table.
type titleInfo struct {
	class TitleClass
	// suffix: the title also ends a compound title written as one word
	// ("재무장관", "경제부총리"). Short or ambiguous endings (부장 in 소부장,
	// 사장 in 공사장, 시장 the market) are left without it on purpose.
	suffix bool
	// noun: the title is also a common noun ("시장" the market); with a
	// place particle on it ("모바일 시장에서") it is the noun, no post.
	noun bool
}

// titleTable is the typed table of titles, read once from
// lexicon/titles.tsv.
type titleTable struct {
	byName   map[string]titleInfo
	suffixes []string // titles flagged suffix, longest first
}

// readTitleTable parses "title<TAB>class[<TAB>flags]" lines; '#' starts a
// comment. A bad class or flag, an empty title or a duplicate is an error
// naming the line.
func readTitleTable(r io.Reader, name string) (*titleTable, error) {
	tt := &titleTable{byName: map[string]titleInfo{}}
	n := 0
	err := scanLinesNumbered(r, func(line string, ln int) error {
		n++
		title, info, err := parseTitleRow(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, ln, err)
		}
		if _, dup := tt.byName[title]; dup {
			return fmt.Errorf("%s:%d: title %q listed twice", name, ln, title)
		}
		tt.byName[title] = info
		if info.suffix {
			tt.suffixes = append(tt.suffixes, title)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("extract: title table: %w", err)
	}
	if n == 0 {
		return nil, fmt.Errorf("extract: title table %s: no titles", name)
	}
	sortLongestFirst(tt.suffixes)
	return tt, nil
}

// parseTitleRow reads one row of the title table.
func parseTitleRow(line string) (string, titleInfo, error) {
	col := strings.Split(line, "\t")
	if len(col) < 2 || len(col) > 3 {
		return "", titleInfo{}, fmt.Errorf("want title<TAB>class[<TAB>flags], got %q", line)
	}
	title := strings.TrimSpace(col[0])
	if title == "" || strings.Join(strings.Fields(title), " ") != title || strings.IndexFunc(title, unicode.IsPunct) >= 0 {
		return "", titleInfo{}, fmt.Errorf("bad title %q", col[0])
	}
	info := titleInfo{class: TitleClass(strings.TrimSpace(col[1]))}
	if !titleClasses[info.class] {
		return "", titleInfo{}, fmt.Errorf("title %q: unknown class %q", title, col[1])
	}
	if len(col) == 3 {
		for _, f := range strings.Split(col[2], ",") {
			switch strings.TrimSpace(f) {
			case "suffix":
				info.suffix = true
			case "noun":
				info.noun = true
			case "":
			default:
				return "", titleInfo{}, fmt.Errorf("title %q: unknown flag %q", title, f)
			}
		}
	}
	return title, info, nil
}

// sortLongestFirst orders strings by length in syllables, longest first,
// then alphabetically, so that the longest suffix matches first.
func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func less(a, b string) bool {
	if na, nb := syllables(a), syllables(b); na != nb {
		return na > nb
	}
	return a < b
}

// class returns a title's class, "" for a word that is no title. A title
// qualified as former ("전 장관") has the class of the title.
func (tt *titleTable) class(title string) TitleClass {
	for _, q := range []string{"전 ", "현 ", "前 ", "現 "} {
		title = strings.TrimPrefix(title, q)
	}
	return tt.byName[title].class
}

// compound returns the table title that ends a one-word compound title
// ("재무장관" → "장관"), "" when none does.
func (tt *titleTable) compound(word string) string {
	for _, suf := range tt.suffixes {
		if strings.HasSuffix(word, suf) && len(word) > len(suf) {
			return suf
		}
	}
	return ""
}
