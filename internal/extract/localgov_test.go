package extract

import (
	"slices"
	"testing"
)

// TestLocalGovernmentPartners: a place written with its administrative
// ending in 와/과 (당진시와) is the local government taking part in an
// agreement; a place without it, or places where (…와 서산시에서), are not.
func TestLocalGovernmentPartners(t *testing.T) {
	checkEventActors(t, []eventActors{
		{"구로구가 19일 당진시와 협약식을 갖고 상호교류 협력을 약속했다.", "AGREE", []string{"구로구", "당진"}},
		{"한빛전자는 당진시와 투자협약을 체결했다.", "AGREE", []string{"한빛전자", "당진"}},
		{"한빛전자는 당진과 서산에서 투자협약을 체결했다.", "AGREE", []string{"한빛전자"}},
	})
}

// eventActors is a text, the type of the first event it must give and
// that event's actors.
type eventActors struct {
	text   string
	typ    EventType
	actors []string
}

// checkEventActors extracts each text and wants its first event of the
// type with the actors.
func checkEventActors(t *testing.T, cases []eventActors) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		ev := firstEvent(doc, c.typ)
		if ev == nil || !slices.Equal(ev.Actors, c.actors) {
			t.Errorf("%q: want %s of %v, got %+v", c.text, c.typ, c.actors, doc.Events)
		}
	}
}

// TestOfficeTitledNames: a two-syllable word the analyser reads as a noun
// is a person's name right before a government body and a public title
// ("조현 외교부 장관"), but not a determiner or a word of time before them.
func TestOfficeTitledNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, person string }{
		{"조현 외교부 장관은 이날 일본 외무상과 회담을 갖고 양국 관계를 논의했다.", "조현"},
		{"이번 외교부 장관 회담에서 합의했다.", ""},
		{"차기 외교부 장관은 누가 될까.", ""},
		{"정부 외교부 장관은 말했다.", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var got []string
		for _, e := range doc.Entities {
			if e.Type == Person {
				got = append(got, e.Name)
			}
		}
		if c.person == "" && len(got) > 0 || c.person != "" && !slices.Contains(got, c.person) {
			t.Errorf("%q: want person %q, got %v", c.text, c.person, got)
		}
	}
}
