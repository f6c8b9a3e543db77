// Package korean is sosik's Korean language layer: morphological analysis
// (kagome v2 with mecab-ko-dic), sentence splitting, hanja abbreviations,
// numbers and amounts, dates resolved against a reference day, and the
// publication day of an article without metadata.
//
// The analyzer loads the dictionary once per process and is safe for
// concurrent use:
//
//	a, err := korean.Default()            // or NewAnalyzer("names.tsv")
//	toks := a.Analyze(text)               // surface, POS, class, base, byte offsets
//	ts := a.AnalyzeTokens(text)           // the same in compact form: ts.At(i), ts.Len()
//
// The scanners need no analyzer and work on raw text, returning UTF-8 byte
// offsets into it:
//
//	korean.Sentences(text)                // []Span, quotes and decimals respected
//	korean.Hanja(text)                    // 日 → 일본, 與野 → 여당, 야당
//	korean.Amounts(text)                  // "5000억 달러(700조원)" → 5e11 USD, 7e14 KRW
//	korean.Dates(text, published)         // "지난 1일" → 2025-04-01, "5~6일" → interval
//	korean.Dates(text, time.Time{})       // no anchor: "7일" stays unresolved, Relative{Day: 7}
//	korean.InferPublished(body, photoDays) // the lead "3일 업계에 따르면" + photo dates
//	korean.DateFromURL(url)               // "/2025/04/03/", "AKR20250403…" → 2025-04-03
//	korean.ParseNumber("1조2000억")        // 1.2e12
//
// The rules follow Korean news usage and are documented on each function;
// none is specific to one outlet or article.
package korean
