package korean

import (
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1조2000억", 1.2e12, true},
		{"2만5000", 25000, true},
		{"1,200", 1200, true},
		{"3.5", 3.5, true},
		{"1천억", 1e11, true},
		{"1천2백만", 12_000_000, true},
		{"12억3456만7890", 1_234_567_890, true},
		{"1조 2000억", 1.2e12, true},
		{"5000억", 5e11, true},
		{"700조", 7e14, true},
		{"1.5조", 1.5e12, true},
		{"3경", 3e16, true},
		{"1,234,567", 1234567, true},
		{"-4.2", -4.2, true},
		{" 42 ", 42, true},
		{"0", 0, true},
		{"", 0, false},
		{"억", 0, false},
		{"2025.04.01", 0, false},
		{"12abc", 0, false},
		{"3만만", 0, false},
		{"1,23", 0, false},
		{"만5000", 0, false},
	}
	for _, tc := range tests {
		got, ok := ParseNumber(tc.in)
		if ok != tc.ok || (ok && !near(got, tc.want)) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	m := b
	if m < 0 {
		m = -m
	}
	return d <= 1e-9*m || d < 1e-9
}

func TestAmounts(t *testing.T) {
	type am struct {
		text  string
		value float64
		unit  string
	}
	tests := []struct {
		in   string
		want []am
	}{
		{"두 회사는 3000억 달러(420조원) 규모의 펀드를 만든다.", []am{{"3000억 달러", 3e11, "USD"}, {"420조원", 4.2e14, "KRW"}}},
		{"매출은 1조2000억원으로 늘었다.", []am{{"1조2000억원", 1.2e12, "KRW"}}},
		{"관객 2만5000명이 몰렸다.", []am{{"2만5000명", 25000, "명"}}},
		{"성장률은 3.5%에 그쳤다.", []am{{"3.5%", 3.5, "%"}}},
		{"금리를 0.25%p 내렸다.", []am{{"0.25%p", 0.25, "%p"}}},
		{"투자액은 1천억원이다.", []am{{"1천억원", 1e11, "KRW"}}},
		{"월급 1,200만 원을 받는다.", []am{{"1,200만 원", 1.2e7, "KRW"}}},
		{"직원 30여명이 참석했다.", []am{{"30여명", 30, "명"}}},
		{"약 2조원이 들었다.", []am{{"2조원", 2e12, "KRW"}}},
		{"엔화로 500억엔을 빌렸다.", []am{{"500억엔", 5e10, "JPY"}}},
		{"위안화 결제 10억 위안, 유로 결제 3억 유로, 파운드 결제 2천만 파운드.", []am{{"10억 위안", 1e9, "CNY"}, {"3억 유로", 3e8, "EUR"}, {"2천만 파운드", 2e7, "GBP"}}},
		{"이 제품은 $300에 팔린다.", []am{{"$300", 300, "USD"}}},
		{"총 50억 US달러가 들어왔다.", []am{{"50억 US달러", 5e9, "USD"}}},
		{"20억 미 달러를 투자했다.", []am{{"20억 미 달러", 2e9, "USD"}}},
		{"버스 12대를 샀다.", []am{{"12대", 12, "대"}}},
		{"사고는 7건, 부상자는 3~4명이다.", []am{{"7건", 7, "건"}, {"3~4명", 3, "명"}, {"3~4명", 4, "명"}}},
		{"철강 120만톤을 수출했다.", []am{{"120만톤", 1.2e6, "톤"}}},
		{"1,500kg짜리 장비와 3GB 메모리.", []am{{"1,500kg", 1500, "kg"}, {"3GB", 3, "GB"}}},
		{"세계 40개국에서 팔린다.", []am{{"40개국", 40, "개국"}}},
		{"수출이 -3.5% 줄었다.", []am{{"-3.5%", -3.5, "%"}}},
		{"입장료 ₩15,000, 기념품 €20", []am{{"₩15,000", 15000, "KRW"}, {"€20", 20, "EUR"}}},
		{"예산 1조 2000억원 편성", []am{{"1조 2000억원", 1.2e12, "KRW"}}},
		{"직원 1억 5천만 명", []am{{"1억 5천만 명", 1.5e8, "명"}}},
		{"100억~200억원 규모", []am{{"100억~200억원", 1e10, "KRW"}, {"100억~200억원", 2e10, "KRW"}}},
		{"3000억엔과 20억 홍콩달러", []am{{"3000억엔", 3e11, "JPY"}, {"20억 홍콩달러", 2e9, "HKD"}}},
		{"3nm 공정, 2배로 늘려", []am{{"3nm", 3, "nm"}, {"2배", 2, "배"}}},
		{"공사비 69억6000여만 원과 80여억원", []am{{"69억6000여만 원", 6_960_000_000, "KRW"}, {"80여억원", 8e9, "KRW"}}},
		{"표는 4만~5만원인데", []am{{"4만~5만원", 4e4, "KRW"}, {"4만~5만원", 5e4, "KRW"}}},
		{"수출 70억불 달성, 5만원권 발행", []am{{"70억불", 7e9, "USD"}, {"5만원", 5e4, "KRW"}}},
		{"상승률을 1%P 올렸다", []am{{"1%P", 1, "%p"}}},
		{"소형 SUV 2008 유로6 모델", nil},
		// dates, ordinals, durations and bare numbers are not amounts
		{"2025.04.01. 촬영", nil},
		{"회의는 3월31일에 끝난다.", nil},
		{"5~6일 방문한다.", nil},
		{"세 사람은 3자 회동을 했다.", nil},
		{"제3조 2항에 따른다.", nil},
		{"20대 남성이 검거됐다.", nil},
		{"국내 5대 그룹 총수가 모였다.", nil},
		{"3원칙을 세웠다.", nil},
		{"6개월 만에 복귀했다.", nil},
		{"기사 번호 20250401은 없다.", nil},
		{"문의 news123@example.com 5G용 칩", nil},
		{"3경기 연속 골을 넣었다.", nil},
		// figures written with a bare 천/백 and spaced small units
		{"도는 올해 5조 4천 5백억 원을 편성했다.", []am{{"5조 4천 5백억 원", 5.45e12, "KRW"}}},
		{"교량 보수에 천 5백억 원, 하천 정비에 천9백억원을 쓴다.", []am{{"천 5백억 원", 1.5e11, "KRW"}, {"천9백억원", 1.9e11, "KRW"}}},
		{"연구 예산은 백억원 정도 줄었다.", []am{{"백억원", 1e10, "KRW"}}},
		{"수백억원과 몇천만 원이 들었다.", nil},
		{"천안에서 백화점 천 원짜리 상품", nil},
		{"천만다행으로 다친 사람은 없었다.", nil},
		// the last section written apart after 만, a decimal before a unit
		{"음반은 첫 주 100만 3524장, 두 달 만에 166만 4041장이 팔렸다.", []am{{"100만 3524장", 1_003_524, "장"}, {"166만 4041장", 1_664_041, "장"}}},
		{"인구 5만 3천명의 군", []am{{"5만 3천명", 53_000, "명"}}},
		{"국비 17.1억원, 시비 20.9억원", []am{{"17.1억원", 1_710_000_000, "KRW"}, {"20.9억원", 2_090_000_000, "KRW"}}},
		{"수출은 43만2천대입니다.", []am{{"43만2천대", 432_000, "대"}}},
	}
	for _, tc := range tests {
		got := Amounts(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("Amounts(%q) = %+v; want %+v", tc.in, got, tc.want)
			continue
		}
		for i, g := range got {
			w := tc.want[i]
			if g.Text != w.text || !near(g.Value, w.value) || g.Unit != w.unit {
				t.Errorf("Amounts(%q)[%d] = %+v; want %+v", tc.in, i, g, w)
			}
			if tc.in[g.Start:g.End] != g.Text {
				t.Errorf("Amounts(%q)[%d]: offsets %d-%d give %q, text %q", tc.in, i, g.Start, g.End, tc.in[g.Start:g.End], g.Text)
			}
		}
	}
}

// TestAmountsExactDecimals checks that a decimal times a unit carries no
// floating-point noise (17.1억 is 1710000000, not 1710000000.0000002).
func TestAmountsExactDecimals(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{{"17.1억원", 1_710_000_000}, {"20.9억원", 2_090_000_000}, {"0.3조원", 300_000_000_000}, {"1.15만명", 11_500},
		// plain decimals are the float64 nearest the written number
		{"30.42%", 30.42}, {"22.31%", 22.31}, {"0.32%", 0.32}, {"1,234.56달러", 1234.56}, {"64.35%", 64.35}} {
		got := Amounts(tc.in)
		if len(got) != 1 || got[0].Value != tc.want {
			t.Errorf("Amounts(%q) = %+v; want exactly %v", tc.in, got, tc.want)
		}
	}
}

func TestAmountsApprox(t *testing.T) {
	for _, in := range []string{"약 2조원", "30여명", "100억원 가량", "500명 안팎"} {
		got := Amounts(in)
		if len(got) != 1 || !got[0].Approx {
			t.Errorf("Amounts(%q) = %+v; want one approximate amount", in, got)
		}
	}
	if got := Amounts("2조원"); len(got) != 1 || got[0].Approx {
		t.Errorf("Amounts(2조원) = %+v; want one exact amount", got)
	}
}
