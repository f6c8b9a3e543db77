package article

import "testing"

// TestSlashCreditedPhotoStory: a photo story whose caption is signed
// "/홍길동 기자 e-mail", then a list of other stories' titles.
func TestSlashCreditedPhotoStory(t *testing.T) {
	page := "빗속 산책하는 백로\n![]() |\n비가 내린 1일 한빛천변 수풀 속에 백로 한 마리가 앉아 쉬고 있다. /김하늘 기자 sky@hanbit.co.kr\n![]() |\n" +
		"“새봄시 예산 처리 늦어져”\n한빛시의회, 조례안 심사 돌입\n‘한빛 통합법’ 본회의 문턱에 막혔다\n"
	a, err := Parse("photo.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "빗속 산책하는 백로" || len(a.Body) != 0 {
		t.Errorf("headline %q body %q", a.Headline, a.Body)
	}
	if len(a.Photos) != 1 || a.Photos[0].Photographer != "김하늘" || a.Photos[0].Email != "sky@hanbit.co.kr" {
		t.Fatalf("photos = %+v", a.Photos)
	}
}

// TestEnclosedCreditCaptions: photo-only pages whose caption closes with a
// credit in brackets, once shown twice.
func TestEnclosedCreditCaptions(t *testing.T) {
	tests := []struct {
		page, photographer, source string
	}{
		{"• 한빛시장이 17일 오전 한빛시청에서 열린 시정 설명회에 참석하고 있다. (한빛 중구=김하늘 기자)\n", "김하늘", ""},
		{"1일 오후 한빛공원 일대에 벚꽃이 핀 가운데 시민들이 풍경을 즐기고 있다.  <한빛시 제공>\n" +
			"1일 오후 한빛공원 일대에 벚꽃이 핀 가운데 시민들이 풍경을 즐기고 있다. <한빛시 제공>\n", "", "한빛시"},
	}
	for _, tc := range tests {
		a, err := Parse("photo.txt", []byte(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) != 0 || len(a.Photos) != 1 || a.Photos[0].Photographer != tc.photographer || a.Photos[0].Source != tc.source {
			t.Errorf("%q: body %q photos %+v", tc.page, a.Body, a.Photos)
		}
	}
}

// TestMarkedReporterCaption: a wire caption dated, sourced and signed
// after the outlet's mark, "2025.3.5/한빛뉴스 © 한빛뉴스 홍길동 기자".
func TestMarkedReporterCaption(t *testing.T) {
	p := parsePhoto("", "시장이 5일 인사말을 하고 있다. 2025.3.5/뉴스1 © News1 도담 기자")
	if p.Photographer != "도담" || p.Source != "뉴스1" || p.Date != "2025-03-05" {
		t.Errorf("photo = %+v", p)
	}
}
