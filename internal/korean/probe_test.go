package korean

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestProbeWiki(t *testing.T) {
	f, err := os.Open("/work/shared/data/news/kowikinews/wikinews.jsonl")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, ok, right := 0, 0, 0
	for sc.Scan() {
		var r struct{ Date, Body, Title string }
		json.Unmarshal(sc.Bytes(), &r)
		n++
		p, k := InferPublished(r.Body, nil)
		if k {
			ok++
			if p.Format("2006-01-02") == r.Date {
				right++
			} else if os.Getenv("SHOW") != "" {
				fmt.Printf("WRONG %s got %s\n  %.300q\n", r.Date, p.Format("2006-01-02"), r.Body)
			}
		}
		if os.Getenv("DATES") != "" && n < 40 {
			ref, _ := time.Parse("2006-01-02", r.Date)
			fmt.Println("==", r.Date, r.Title)
			for _, d := range Dates(r.Body, ref) {
				fmt.Printf("  D %q %s\n", d.Text, d.Value)
			}
			for _, a := range Amounts(r.Body) {
				fmt.Printf("  A %q %v %s\n", a.Text, a.Value, a.Unit)
			}
		}
	}
	fmt.Println("articles", n, "inferred", ok, "right", right)
}
