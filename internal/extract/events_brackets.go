package extract

import "strings"

// bracketOwner returns the word that owns the bracket closed in word k:
// in "과학기술정보통신부(장관 김철수)는" or "서울중앙지법 형사1부(부장판사
// 홍길동)는" the subject is the ministry or the court division, not the
// person named in its apposition. It is k itself when word k closes no
// bracket opened in an earlier word of the sentence.
func (d *doc) bracketOwner(k, lo int) int {
	w := &d.words[k]
	t := d.text[w.s:w.e]
	c := strings.LastIndexByte(t, ')')
	if c < 0 || strings.IndexByte(t[:c], '(') >= 0 {
		return k
	}
	for j := k - 1; j >= lo && j >= k-8; j-- {
		tj := d.text[d.words[j].s:d.words[j].e]
		if strings.IndexByte(tj, ')') >= 0 {
			return k
		}
		o := strings.LastIndexByte(tj, '(')
		if o < 0 {
			continue
		}
		if o == 0 {
			// "기관 (장관 김철수)은": the bracket stands apart from its owner
			if j-1 >= lo {
				return j - 1
			}
			return k
		}
		return j
	}
	return k
}

// unitOwner reads a subject that names a unit acting for an organisation
// written before it in the same noun phrase (org_units.txt): "서울중앙지법
// 형사1부는" stands for 서울중앙지법, and so does "대전지법 제4형사부는". nil
// when word i is no such unit.
func (d *doc) unitOwner(i, lo int) *entity {
	w := &d.words[i]
	unit := stripDigits(w.stem)
	if rest, ok := strings.CutPrefix(w.stem, "제"); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		unit = stripDigits(rest) // "제4형사부"
	}
	if !d.lx.ev.orgUnits[unit] {
		return nil
	}
	for k := d.npStart(i, lo); k < i; k++ {
		if e := d.head[k]; e != nil && e.Type == Org {
			return e
		}
	}
	return nil
}

// stripDigits removes ASCII digits: 형사21부 → 형사부.
func stripDigits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
