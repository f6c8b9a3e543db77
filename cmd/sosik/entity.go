package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addEntityCommand, "entity") }

func addEntityCommand() {
	var (
		dsn    string
		limit  int
		find   bool
		asJSON bool
		why    bool
	)
	cmd := &cobra.Command{
		Use:   "entity NAME|ID",
		Short: "Profile a person, organisation or place across the corpus",
		Long: `entity shows what the corpus says about one entity: its titles and
affiliations over time, mentions per month, the entities most often mentioned
with it, its events and quotes, and the latest articles. A name shared by
several entities lists them with their ids and countries; --find lists entities
whose name starts with the argument. --explain adds why each article's mention
was linked to the entity: the score and its signals (affiliation, title,
co-mentioned entities, time, country, renames) and the candidates not chosen.`,
		Example: "  sosik entity 이재용\n  sosik entity 42 --json\n  sosik entity 추미애 --explain\n  sosik entity --find 김",
		Args:    cobra.ExactArgs(1),
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			if find {
				es, err := st.FindEntities(ctx, args[0], limit)
				if err != nil {
					return err
				}
				if asJSON {
					return printJSON(out, es)
				}
				for _, e := range es {
					fmt.Fprintf(out, "%-6d %-7s %s%s, %s\n", e.ID, e.Type, e.Name, paren(e.Affiliation, e.Title), plural(e.Articles, "article"))
				}
				return nil
			}
			p, err := st.Entity(ctx, args[0], store.ProfileOptions{Limit: limit, Explain: why})
			if err != nil {
				return explain(err)
			}
			if asJSON {
				return printJSON(out, p)
			}
			printProfile(out, p)
			printLinks(out, p.Links)
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().IntVar(&limit, "limit", 10, "entries per list")
	cmd.Flags().BoolVar(&find, "find", false, "list entities whose name or alias starts with the argument")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&why, "explain", false, "show why each article's mention was linked to the entity")
	root.AddCommand(cmd)
}

// ambiguityMessage lists the candidates of an ambiguous name, most-mentioned
// first, one a line with what tells them apart, and says to use an id:
//
//	"한가람" fits 2 entities; use the id:
//	  1) 정한가람 (PERSON, 해양부 장관, 4 articles, id 7) also 한가람
func ambiguityMessage(amb *store.AmbiguousError) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q fits %s; use the id:", amb.Name, plural(len(amb.Candidates), "entity"))
	for i, c := range amb.Candidates {
		desc := []string{c.Type}
		if c.Country != "" {
			desc = append(desc, c.Country)
		}
		if who := strings.TrimSpace(c.Affiliation + " " + c.Title); who != "" {
			desc = append(desc, who)
		}
		desc = append(desc, plural(c.Articles, "article"), fmt.Sprintf("id %d", c.ID))
		fmt.Fprintf(&b, "\n  %d) %s (%s)", i+1, c.Name, strings.Join(desc, ", "))
		if len(c.Aliases) > 0 {
			fmt.Fprintf(&b, " also %s", strings.Join(c.Aliases, ", "))
		}
	}
	return b.String()
}

// eventLine renders an event on one line: date, type, actors, object,
// place, certainty.
func eventLine(ev store.EventRef) string {
	var actors []string
	for _, a := range ev.Actors {
		actors = append(actors, a.Name)
	}
	date := ev.Date
	if date == "" {
		date = ev.Article.Published
	}
	s := fmt.Sprintf("%s %-9s %s", dash(date), ev.Type, strings.Join(actors, ", "))
	if ev.Object != "" {
		s += " — " + ev.Object
	}
	if ev.Place != "" {
		s += " @ " + ev.Place
	}
	return s + " [" + string(ev.Certainty) + "]"
}

func paren(parts ...string) string {
	s := strings.TrimSpace(strings.Join(parts, " "))
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

func dash(s string) string {
	if s == "" {
		return "----------"
	}
	return s
}

// bar draws n of most as a bar of at most width blocks.
func bar(n, most, width int) string {
	if most <= 0 || n <= 0 {
		return ""
	}
	return strings.Repeat("█", max(1, n*width/most))
}

// printProfile writes an entity profile as text: who, titles, articles per
// month (every month of the span, zeros included), co-mentions, events,
// quotes and the latest articles.
func printProfile(out io.Writer, p *store.EntityProfile) {
	e := p.Entity
	kind := e.Type
	if e.Country != "" {
		kind += ", " + e.Country
	}
	fmt.Fprintf(out, "%s (%s, id %d)%s\n", e.Name, kind, e.ID, paren(e.Affiliation, e.Title))
	for _, r := range p.Renames {
		fmt.Fprintf(out, "%s %s on %s%s\n", strings.ReplaceAll(r.Relation, "_", " "), r.Name, r.Date, idSuffix(r.EntityID))
	}
	fmt.Fprintf(out, "%s, %s, %s … %s\n", plural(e.Articles, "article"), plural(e.Mentions, "mention"), dash(e.FirstSeen), dash(e.LastSeen))
	if len(p.Aliases) > 0 {
		fmt.Fprintf(out, "also: %s\n", strings.Join(p.Aliases, ", "))
	}
	if len(p.Titles) > 0 {
		fmt.Fprintln(out, "\ntitles:")
		for _, t := range p.Titles {
			fmt.Fprintf(out, "  %s … %s  %s (%s)\n", dash(t.FirstSeen), dash(t.LastSeen), strings.TrimSpace(strings.Join([]string{t.Affiliation, t.Title, t.Role}, " ")), plural(t.Articles, "article"))
		}
	}
	printMonths(out, p.MentionsByMonth)
	if len(p.CoMentioned) > 0 {
		fmt.Fprintln(out, "\nmentioned with:")
		for _, c := range p.CoMentioned {
			fmt.Fprintf(out, "  %4d  %s (%s, id %d)\n", c.Count, c.Name, c.Type, c.ID)
		}
	}
	if len(p.Events) > 0 {
		fmt.Fprintln(out, "\nevents:")
		for _, ev := range p.Events {
			fmt.Fprintf(out, "  %s\n", eventLine(ev))
		}
	}
	if len(p.Quotes) > 0 {
		fmt.Fprintln(out, "\nquotes:")
		for _, q := range p.Quotes {
			fmt.Fprintf(out, "  %s \"%s\" (%s)\n", dash(q.Article.Published), q.Text, q.Article.Headline)
		}
	}
	if len(p.Articles) > 0 {
		fmt.Fprintln(out, "\nlatest articles:")
		for _, a := range p.Articles {
			fmt.Fprintf(out, "  %s  %s  %s  [%s]\n", dash(a.Published), a.Agency, a.Headline, a.ID)
		}
	}
}

// printMonths draws articles per month as bars, every month from the first
// to the last listed: a month without articles shows 0, and a run of three
// or more such months is one line naming its first and last month.
func printMonths(out io.Writer, months []store.FacetCount) {
	if len(months) == 0 {
		return
	}
	fmt.Fprintln(out, "\narticles per month:")
	counts := map[string]int{}
	most := 0
	for _, m := range months {
		counts[m.Value] = m.Count
		most = max(most, m.Count)
	}
	all := trendBuckets(months[0].Value, months[len(months)-1].Value, store.ByMonth)
	for i := 0; i < len(all); i++ {
		j := i
		for j+1 < len(all) && counts[all[i]] == 0 && counts[all[j+1]] == 0 {
			j++
		}
		if j-i >= 2 {
			fmt.Fprintf(out, "  %s … %s    0 (%d months)\n", all[i], all[j], j-i+1)
			i = j
			continue
		}
		fmt.Fprintf(out, "  %s %4d %s\n", all[i], counts[all[i]], bar(counts[all[i]], most, 40))
	}
}

// idSuffix is " (id N)" for a stored entity, "" otherwise.
func idSuffix(id int64) string {
	if id == 0 {
		return ""
	}
	return fmt.Sprintf(" (id %d)", id)
}

// printLinks writes the link decisions of an entity's articles: per
// article, joined or started, the score and its signals, the contested
// candidates not chosen (a vetoed one with its veto) and how many lower
// ones were weighed.
func printLinks(out io.Writer, links []store.LinkDecision) {
	if len(links) == 0 {
		return
	}
	fmt.Fprintln(out, "\nwhy linked:")
	for _, l := range links {
		verb := "started the entity"
		if l.Linked {
			verb = fmt.Sprintf("joined, score %.2f", l.Score)
		}
		fmt.Fprintf(out, "  %s  %s  %q: %s\n", dash(l.Article.Published), l.Article.Headline, l.Name, verb)
		if len(l.Signals) > 0 {
			fmt.Fprintf(out, "      %s\n", signalLine(l.Signals))
		}
		for _, o := range l.Others {
			if o.Vetoed {
				fmt.Fprintf(out, "      not %s (id %d), never: %s\n", o.Name, o.EntityID, signalLine(o.Signals))
				continue
			}
			fmt.Fprintf(out, "      not %s (id %d), score %.2f: %s\n", o.Name, o.EntityID, o.Score, signalLine(o.Signals))
		}
		if l.OthersNotKept > 0 {
			fmt.Fprintf(out, "      and %d other candidate(s) scoring more than 1.00 below (signals not kept)\n", l.OthersNotKept)
		}
	}
}

// signalLine joins signals: "affiliation 법무부 ≠ 더불어민주당 −1.00 · time +0.25".
func signalLine(sigs []store.Signal) string {
	parts := make([]string, len(sigs))
	for i, s := range sigs {
		parts[i] = s.String()
	}
	return strings.Join(parts, " · ")
}
