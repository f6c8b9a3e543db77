package extract

import "strings"

// FindMentions lists every occurrence in text of each form, form by form,
// left to right. It is for documents built by hand — evaluation corpora,
// tests, benchmarks — whose entities are given, not recognised.
func FindMentions(text string, forms ...string) []Mention {
	var out []Mention
	for _, form := range forms {
		if form == "" {
			continue
		}
		for off := 0; ; {
			k := strings.Index(text[off:], form)
			if k < 0 {
				break
			}
			out = append(out, Mention{Start: off + k, End: off + k + len(form), Text: form})
			off += k + len(form)
		}
	}
	return out
}
