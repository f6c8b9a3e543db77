package extract

import (
	"reflect"
	"testing"
)

func TestCommaLists(t *testing.T) {
	cases := []struct {
		text               string
		name, title, affil string
	}{
		{"행사에는 박서준 한빛대 교수, 마르셀 뒤랑 프랑스문화원장, 윤다솜 새봄갤러리 회장, 하진 누리대 디자인대학원 원장이 참석했다.", "마르셀 뒤랑", "프랑스문화원장", ""},
		{"행사에는 박서준 한빛대 교수, 마르셀 뒤랑 프랑스문화원장, 윤다솜 새봄갤러리 회장, 하진 누리대 디자인대학원 원장이 참석했다.", "윤다솜", "회장", "새봄갤러리"},
		{"행사에는 박서준 한빛대 교수, 마르셀 뒤랑 프랑스문화원장, 윤다솜 새봄갤러리 회장, 하진 누리대 디자인대학원 원장이 참석했다.", "하진", "원장", "누리대 디자인대학원"},
		{"내빈은 박서준 한빛대 교수, 오세린 가람신문 대표이사 부사장, 윤다솜 새봄갤러리 회장이었다.", "오세린", "부사장", "가람신문"},
		{"전시장에는 피카소, 샤갈, 로댕, 잭슨 폴록를 비롯한 현대 작가 40명의 작품이 걸렸다.", "잭슨 폴록", "", ""},
		{"피카소, 샤갈, 로댕 등 화가들의 판화가 나왔다.", "샤갈", "", ""},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, Person, c.name)
		if e == nil {
			t.Errorf("%q: no person %s in %+v", c.text, c.name, doc.Entities)
			continue
		}
		if e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: %s title %q affil %q, want %q %q", c.text, c.name, e.Title, e.Affiliation, c.title, c.affil)
		}
	}
}

func TestCommaListsNotPeople(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"사과, 배, 포도, 복숭아를 비롯한 과일 값이 올랐다.", []string{"사과", "포도", "복숭아"}},
		{"서울, 부산, 대구 등 화가들이 사는 도시", []string{"서울 부산"}},
		{"교육, 복지, 안전 등 작가 지원 사업이 늘었다.", []string{"교육", "복지", "안전"}},
		{"내빈은 박서준 한빛대 교수, 오세린 가람신문 대표이사 부사장, 윤다솜 새봄갤러리 회장이었다.", []string{"가람신문 대표이사"}},
	})
}

func TestSplitCommas(t *testing.T) {
	parts, offs := splitCommas("a, bb,c")
	if !reflect.DeepEqual(parts, []string{"a", " bb", "c"}) || !reflect.DeepEqual(offs, []int{0, 2, 6}) {
		t.Errorf("got %q %v", parts, offs)
	}
}
