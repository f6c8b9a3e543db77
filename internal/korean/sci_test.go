package korean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sciNewsDir holds 50 IT news articles split into sentences by hand, with
// the final periods stripped (shared data, non-commercial, tests only).
var sciNewsDir = filepath.Join("..", "..", "..", "shared", "data", "news", "sci-news-sum-kr-50")

// TestSentencesSciNews rejoins the hand-split sentences with ". " and asks
// Sentences to find the same boundaries.
func TestSentencesSciNews(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sciNewsDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("sentence-split news not found under %s", sciNewsDir)
	}
	var gold, found, agree int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var art struct{ Sentences []string }
		if err := json.Unmarshal(b, &art); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var sb strings.Builder
		want := map[int]bool{} // end offsets of the gold sentences
		for _, s := range art.Sentences {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(s)
			if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
				sb.WriteByte('.')
			}
			want[sb.Len()] = true
		}
		text := sb.String()
		gold += len(want)
		got := map[int]bool{}
		for _, sp := range Sentences(text) {
			got[sp.End] = true
		}
		if testing.Verbose() {
			for end := range want {
				if !got[end] {
					t.Logf("%s: missed boundary after %q", filepath.Base(f), text[max(0, end-60):end])
				}
			}
		}
		for _, sp := range Sentences(text) {
			found++
			if want[sp.End] {
				agree++
			} else if testing.Verbose() {
				t.Logf("%s: extra boundary after %q", filepath.Base(f), text[max(0, sp.End-40):sp.End])
			}
		}
	}
	recall, precision := float64(agree)/float64(gold), float64(agree)/float64(found)
	t.Logf("sentence boundaries: gold %d, found %d, agree %d (recall %.3f, precision %.3f)", gold, found, agree, recall, precision)
	if recall < 0.97 || precision < 0.97 {
		t.Errorf("sentence boundaries recall %.3f, precision %.3f; want both ≥ 0.97", recall, precision)
	}
}
