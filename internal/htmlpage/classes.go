package htmlpage

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed classes.txt
var classesTxt string

// classWords are the class and id words that mark photo captions, page
// furniture images and byline boxes, and the reporter titles that end a
// byline, and the subheads of the title block, loaded once from
// classes.txt.
type classWords struct {
	caption, skipImage   []string
	byline, bylineTitles []string
	subhead              []string
}

var (
	classesOnce sync.Once
	classes     classWords
	classesErr  error
)

// loadClasses reads a classes table: "kind<TAB>word" lines, # comments.
func loadClasses(src string) (classWords, error) {
	var c classWords
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, word, ok := strings.Cut(line, "\t")
		word = strings.ToLower(strings.TrimSpace(word))
		if !ok || word == "" {
			return c, fmt.Errorf("classes.txt:%d: want kind<TAB>word, got %q", n+1, line)
		}
		switch kind {
		case "caption":
			c.caption = append(c.caption, word)
		case "skipimage":
			c.skipImage = append(c.skipImage, word)
		case "byline":
			c.byline = append(c.byline, word)
		case "bylinetitle":
			c.bylineTitles = append(c.bylineTitles, word)
		case "subhead":
			c.subhead = append(c.subhead, word)
		default:
			return c, fmt.Errorf("classes.txt:%d: unknown kind %q", n+1, kind)
		}
	}
	if len(c.caption) == 0 || len(c.skipImage) == 0 || len(c.byline) == 0 || len(c.bylineTitles) == 0 || len(c.subhead) == 0 {
		return c, fmt.Errorf("classes.txt: a kind (caption, skipimage, byline, bylinetitle, subhead) has no words")
	}
	return c, nil
}

func wordsOf() classWords {
	classesOnce.Do(func() { classes, classesErr = loadClasses(classesTxt) })
	if classesErr != nil {
		panic(classesErr) // the embedded table is checked by TestLoadClasses
	}
	return classes
}

// hasWord reports whether s, lowered, contains one of words.
func hasWord(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
