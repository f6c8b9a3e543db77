package article

import (
	"encoding/binary"
	"errors"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// utf16Story is a short article of our own, written for these tests.
const utf16Story = `서해안 갯벌 복원 사업, 3년 만에 첫 성과

(태안=가상뉴스) 김하늘 기자 = 충남 태안군은 2023년부터 추진한 갯벌 복원 사업 구역에서 사라졌던 칠게와 흰발농게가 다시 관찰됐다고 밝혔다.
군은 복원 구역 12헥타르에서 지난달 조사를 벌여 모두 41종의 저서생물을 확인했다.
주민 박정수(62)씨는 "어릴 때 보던 게들이 돌아와 반갑다"고 말했다.
`

func encodeUTF16(t *testing.T, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseUTF16WithoutBOM(t *testing.T) {
	want, err := Parse("a.txt", []byte(utf16Story))
	if err != nil {
		t.Fatal(err)
	}
	// Small integers stored as 16-bit words: zeros line up like UTF-16
	// text, but they decode to control characters.
	words := make([]byte, 512)
	for i := 0; i < len(words); i += 2 {
		binary.LittleEndian.PutUint16(words[i:], uint16(i%31))
	}
	tests := []struct {
		name    string
		raw     []byte
		wantErr error
	}{
		{"UTF-16LE", encodeUTF16(t, utf16Story, unicode.LittleEndian), nil},
		{"UTF-16BE", encodeUTF16(t, utf16Story, unicode.BigEndian), nil},
		{"UTF-16LE odd trailing byte", append(encodeUTF16(t, utf16Story, unicode.LittleEndian), 'x'), ErrEncoding},
		{"16-bit integer table", words, ErrBinary},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("a.txt", tc.raw)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != want.ID || a.Text != want.Text || a.Headline != want.Headline {
				t.Fatalf("got headline %q id %s, want %q id %s", a.Headline, a.ID, want.Headline, want.ID)
			}
		})
	}
}

func TestSniffUTF16(t *testing.T) {
	le := encodeUTF16(t, utf16Story, unicode.LittleEndian)
	be := encodeUTF16(t, utf16Story, unicode.BigEndian)
	tests := []struct {
		name         string
		raw          []byte
		wantOK, isBE bool
	}{
		{"little-endian", le, true, false},
		{"big-endian", be, true, true},
		{"head cut at an odd byte", le[:101], true, false},
		{"UTF-8", []byte(utf16Story), false, false},
		{"all zeros", make([]byte, 64), false, false},
		{"too short", le[:3], false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			isBE, ok := SniffUTF16(tc.raw)
			if ok != tc.wantOK || (ok && isBE != tc.isBE) {
				t.Fatalf("SniffUTF16 = %v, %v; want %v, %v", isBE, ok, tc.isBE, tc.wantOK)
			}
		})
	}
}
