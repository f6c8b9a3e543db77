package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

// eventsCSVHeader names the columns of 'sosik events --format csv'.
var eventsCSVHeader = []string{"date", "type", "actors", "object", "place", "certainty", "marker", "evidence",
	"article_id", "headline", "agency", "published", "url"}

// eventsOptions are the flags of 'sosik events' besides the query.
type eventsOptions struct {
	format string
	noBOM  bool
}

func init() { lazyCommand(addEventsCommand, "events") }

func addEventsCommand() {
	var (
		dsn string
		q   store.EventQuery
		opt eventsOptions
	)
	cmd := &cobra.Command{
		Use:   "events [--type MEET] [--entity NAME] [--with NAME] [--certainty LEVELS] [--from --to]",
		Short: "List the events of the corpus: who met, visited, signed … with how certain",
		Long: `events lists the events extracted from every stored article, newest first:
type, actors, object, place, date, certainty (asserted, reported, speculated,
planned, denied, conditional), the evidence sentence and the article.
--type and --certainty take comma-separated lists; --entity keeps events one
actor of which is that entity, --with those another actor of which is a second
one. --from and --to bound the event's date (the article's when the event has
none). CSV starts with a UTF-8 byte order mark so Excel reads Korean (--no-bom
leaves it out).`,
		Example: "  sosik events --type MEET --from 2020 --to 2020\n" +
			"  sosik events --entity 윤석열 --with 기시다 --certainty denied,planned\n" +
			"  sosik events --type SIGN --format csv > signings.csv",
		Args: cobra.NoArgs,
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			if err := checkEventsFormat(opt.format); err != nil {
				return err
			}
			res, err := st.Events(cmd.Context(), q)
			if err != nil {
				return explain(err)
			}
			bw := bufio.NewWriter(cmd.OutOrStdout())
			if err := writeEvents(bw, res, opt); err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("writing events: %w", err)
			}
			if len(res.Events) < res.Total {
				fmt.Fprintf(cmd.ErrOrStderr(), "showing %d of %s (--limit, --offset for more)\n", len(res.Events), plural(res.Total, "event"))
			}
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	f := cmd.Flags()
	f.StringSliceVar(&q.Types, "type", nil, "event types, comma-separated (MEET, VISIT, SIGN …)")
	f.StringVar(&q.Entity, "entity", "", "an actor is this entity (name or id)")
	f.StringVar(&q.With, "with", "", "another actor is this entity (name or id)")
	f.StringSliceVar(&q.Certainty, "certainty", nil, "certainty levels, comma-separated (asserted, reported, speculated, planned, denied, conditional)")
	f.StringVar(&q.From, "from", "", "dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
	f.StringVar(&q.To, "to", "", "dated on or before, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	f.IntVar(&q.Limit, "limit", 50, "at most N events (up to 1000)")
	f.IntVar(&q.Offset, "offset", 0, "skip the first N events")
	f.StringVar(&opt.format, "format", "table", "table, jsonl or csv")
	f.BoolVar(&opt.noBOM, "no-bom", false, "CSV without the UTF-8 byte order mark")
	root.AddCommand(cmd)
}

// checkEventsFormat refuses an unknown --format before the store is asked.
func checkEventsFormat(format string) error {
	switch format {
	case "table", "jsonl", "csv":
		return nil
	}
	return fmt.Errorf("unknown --format %q: want table, jsonl or csv", format)
}

// writeEvents prints a page of events in opt.format.
func writeEvents(w io.Writer, res *store.EventList, opt eventsOptions) error {
	switch opt.format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, ev := range res.Events {
			if err := enc.Encode(ev); err != nil {
				return fmt.Errorf("writing events: %w", err)
			}
		}
		return nil
	case "csv":
		return writeEventsCSV(w, res.Events, !opt.noBOM)
	}
	fmt.Fprintf(w, "%s\n", plural(res.Total, "event"))
	for _, ev := range res.Events {
		fmt.Fprintf(w, "%s\n    %s  %s %s · %s\n", eventLine(ev), ev.Evidence, dash(ev.Article.Published), ev.Article.Agency, ev.Article.Headline)
	}
	return nil
}

// writeEventsCSV writes one row per event under eventsCSVHeader.
func writeEventsCSV(w io.Writer, evs []store.EventRef, bom bool) error {
	if bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return fmt.Errorf("writing events: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(eventsCSVHeader); err != nil {
		return fmt.Errorf("writing events: %w", err)
	}
	for _, ev := range evs {
		if err := cw.Write(eventCSVRow(ev)); err != nil {
			return fmt.Errorf("writing events: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing events: %w", err)
	}
	return nil
}

// eventCSVRow is one event as the columns of eventsCSVHeader; actors are
// joined by "; ", each with its entity id when linked (이재용#12).
func eventCSVRow(ev store.EventRef) []string {
	actors := make([]string, len(ev.Actors))
	for i, a := range ev.Actors {
		actors[i] = a.Name
		if a.EntityID != 0 {
			actors[i] += "#" + strconv.FormatInt(a.EntityID, 10)
		}
	}
	marker := ""
	if ev.Marker != nil {
		marker = ev.Marker.Text
	}
	return []string{ev.Date, ev.Type, strings.Join(actors, "; "), ev.Object, ev.Place, string(ev.Certainty), marker, ev.Evidence,
		ev.Article.ID, ev.Article.Headline, ev.Article.Agency, ev.Article.Published, ev.Article.URL}
}
