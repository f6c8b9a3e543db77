package extract

import (
	"fmt"
	"io"
	"strings"
)

// minCategoryHits is how many trigger occurrences make a category a topic:
// one passing mention does not put an article in a category.
const minCategoryHits = 2

// categoryRule is one row of topic_categories.tsv: a trigger word, the
// category topics it points to, and optional context words of which one
// must occur in the article for the trigger to count.
type categoryRule struct {
	trigger    string
	categories []string
	context    []string
}

// parseCategories reads the topic category table.
func parseCategories(r io.Reader, name string) ([]categoryRule, error) {
	var rules []categoryRule
	err := scanLinesNumbered(r, func(line string, n int) error {
		col := strings.Split(line, "\t")
		if len(col) < 2 || len(col) > 3 || strings.TrimSpace(col[0]) == "" || strings.TrimSpace(col[1]) == "" {
			return fmt.Errorf("%s: row %d: want trigger<TAB>categories[<TAB>context], got %q", name, n, line)
		}
		cr := categoryRule{trigger: strings.TrimSpace(col[0]), categories: splitBar(col[1])}
		if len(col) == 3 {
			cr.context = splitBar(col[2])
		}
		rules = append(rules, cr)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return rules, nil
}

// splitBar splits a |-separated cell, dropping empty parts.
func splitBar(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// categoryTopics returns the categories whose triggers occur at least
// minCategoryHits times in text, in table order.
func categoryTopics(rules []categoryRule, text string) []string {
	return countTriggers(rules, text, false).categories(rules)
}

// triggerCounts is how often each rule's trigger occurs in a text, and
// whether one of its context words does (a rule without context words
// has it). Counts of texts that no trigger or context word spans add up.
type triggerCounts struct {
	n       []int
	context []bool
}

// countTriggers counts rules' triggers in text: all of them, or with all
// false only those of the rules whose context the text has.
func countTriggers(rules []categoryRule, text string, all bool) triggerCounts {
	tc := triggerCounts{n: make([]int, len(rules)), context: make([]bool, len(rules))}
	for i, r := range rules {
		tc.context[i] = len(r.context) == 0 || containsAny(text, r.context)
		if all || tc.context[i] {
			tc.n[i] = strings.Count(text, r.trigger)
		}
	}
	return tc
}

// add adds the counts of another text to tc's.
func (tc triggerCounts) add(o triggerCounts) {
	for i := range tc.n {
		tc.n[i] += o.n[i]
		tc.context[i] = tc.context[i] || o.context[i]
	}
}

// categories returns the categories whose triggers (of the rules whose
// context occurs) occur at least minCategoryHits times, in table order.
func (tc triggerCounts) categories(rules []categoryRule) []string {
	hits := map[string]int{}
	var order []string
	for i, r := range rules {
		n := tc.n[i]
		if !tc.context[i] || n == 0 {
			continue
		}
		for _, c := range r.categories {
			if _, seen := hits[c]; !seen {
				order = append(order, c)
			}
			hits[c] += n
		}
	}
	var out []string
	for _, c := range order {
		if hits[c] >= minCategoryHits {
			out = append(out, c)
		}
	}
	return out
}

// containsAny reports whether text holds one of words.
func containsAny(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
