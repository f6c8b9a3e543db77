package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/collect"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/watch"
)

// specFlags are the flags that state a watch's condition.
type specFlags struct {
	query, entity, event, with string
	certainty                  []string
}

func (f *specFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.query, "query", "", "search text the article must match (the syntax of sosik search)")
	fl.StringVar(&f.entity, "entity", "", "an entity the article must mention (name or alias)")
	fl.StringVar(&f.event, "event", "", "event type the article must tell (MEET, INVEST …; \"any\" for any type)")
	fl.StringVar(&f.with, "with", "", "a party the event must have")
	fl.StringSliceVar(&f.certainty, "certainty", nil, "certainty levels of the event (asserted, reported, planned, speculated, conditional, denied); LEVEL+ is that level or firmer")
}

func (f *specFlags) spec() (watch.Spec, error) {
	s := watch.Spec{Query: f.query, Entity: f.entity}
	if f.event != "" || f.with != "" || len(f.certainty) > 0 {
		typ := f.event
		if strings.EqualFold(typ, "any") {
			typ = ""
		}
		s.Event = &watch.EventCond{Type: typ, With: f.with, Certainty: f.certainty}
	}
	return s, s.Check()
}

func init() { lazyCommand(addWatchCommand, "watch") }

func addWatchCommand() {
	cmd := &cobra.Command{
		Use:   "watch",
		Short: "Watch new articles for a query, an entity or an event, with webhook and Atom alerts",
		Long: `A watch is a saved condition on new articles: a search query, an entity, an event
(type, with whom, how certain), or several of them together. Every article stored
from then on (ingest, collect, the worker, POST /api/articles) is matched against
the watches as it is stored; a hit is recorded once per watch and article.

Hits are delivered on the web UI (/watches), as an Atom feed per watch
(/api/watches/ID/atom) and, when the watch has a --webhook, as a JSON POST signed
with HMAC-SHA256 of the body (X-Sosik-Signature: sha256=HEX), retried after 30s,
2m, 10m, 1h and 6h, with a stable X-Sosik-Delivery ID. sosik collect sends them
after each pass; sosik watch deliver sends what is due.`,
	}
	cmd.AddCommand(watchAddCmd(), watchListCmd(), watchRmCmd(), watchTestCmd(), watchDeliverCmd())
	root.AddCommand(cmd)
}

func watchAddCmd() *cobra.Command {
	var (
		db, name, webhook, secretFile string
		sf                            specFlags
	)
	cmd := &cobra.Command{
		Use:   "add --name NAME [--query Q] [--entity E] [--event TYPE --with NAME --certainty LEVEL+]",
		Short: "Add a watch",
		Example: `  sosik watch add --name "이재용 회동" --event MEET --with 이재용 --certainty speculated+
  sosik watch add --name "삼성전자 부인" --entity 삼성전자 --event any --certainty denied
  sosik watch add --name 반도체 --query "반도체 수출" --webhook https://hooks.example/sosik --secret-file hook.key`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			spec, err := sf.spec()
			if err != nil {
				return err
			}
			if name == "" {
				name = spec.String()
			}
			w := store.Watch{Name: name, Spec: spec.JSON(), Webhook: webhook, Created: store.Stamp(time.Now())}
			if webhook != "" {
				if secretFile == "" {
					return fmt.Errorf("a webhook needs --secret-file: the key its deliveries are signed with")
				}
				b, err := os.ReadFile(secretFile)
				if err != nil {
					return err
				}
				w.Secret = strings.TrimSpace(string(b))
			}
			ws, closeStore, err := openWatchState(cmd, db)
			if err != nil {
				return err
			}
			defer closeStore()
			if w, err = ws.AddWatch(cmd.Context(), w); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "watch %d: %s (%s)\n", w.ID, w.Name, spec)
			return nil
		},
	}
	sf.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&db, "db", store.DefaultDSN, "database (file path, sqlite:PATH or postgres://…)")
	fl.StringVar(&name, "name", "", "the watch's name (default: its condition)")
	fl.StringVar(&webhook, "webhook", "", "URL each hit is POSTed to")
	fl.StringVar(&secretFile, "secret-file", "", "file holding the key webhook bodies are signed with")
	return cmd
}

// openWatchState opens the database for writing watches.
func openWatchState(cmd *cobra.Command, db string) (store.WatchState, func(), error) {
	st, err := store.Open(cmd.Context(), db)
	if err != nil {
		return nil, nil, fmt.Errorf("opening %s: %w", db, err)
	}
	ws, err := store.AsWatchState(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return ws, func() { st.Close() }, nil
}

func watchListCmd() *cobra.Command {
	var (
		db   string
		js   bool
		hits int
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the watches, with their latest hits",
		Args:  cobra.NoArgs,
		RunE: withQueryStore(&db, func(cmd *cobra.Command, _ []string, st store.Store) error {
			ws, err := store.AsWatchState(st)
			if err != nil {
				return err
			}
			list, err := ws.Watches(cmd.Context())
			if err != nil {
				return err
			}
			type row struct {
				store.Watch
				Hits []store.WatchHit `json:"hits"`
			}
			rows := make([]row, len(list))
			for i, w := range list {
				rows[i].Watch = w
				if rows[i].Hits, err = ws.WatchHits(cmd.Context(), w.ID, hits); err != nil {
					return err
				}
			}
			if js {
				return printJSON(cmd.OutOrStdout(), rows)
			}
			out := cmd.OutOrStdout()
			if len(rows) == 0 {
				fmt.Fprintln(out, "no watches (sosik watch add)")
			}
			for _, r := range rows {
				spec, _ := watch.ParseSpec(r.Spec)
				fmt.Fprintf(out, "%d\t%s\t%s", r.ID, r.Name, spec)
				if r.Webhook != "" {
					fmt.Fprintf(out, "\twebhook %s", r.Webhook)
				}
				fmt.Fprintln(out)
				printWatchHits(out, r.Hits)
			}
			return nil
		}),
	}
	addDBFlag(cmd, &db)
	cmd.Flags().BoolVar(&js, "json", false, "print JSON")
	cmd.Flags().IntVar(&hits, "hits", 5, "latest hits shown per watch")
	return cmd
}

func printWatchHits(w io.Writer, hits []store.WatchHit) {
	for _, h := range hits {
		fmt.Fprintf(w, "  %s  %s  %s  [%s]\n", h.Published, h.ArticleID, h.Headline, h.Reason)
	}
}

func watchRmCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "rm ID",
		Short: "Remove a watch with its hits and deliveries",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("watch ID %q is not a number", args[0])
			}
			ws, closeStore, err := openWatchState(cmd, db)
			if err != nil {
				return err
			}
			defer closeStore()
			return ws.DeleteWatch(cmd.Context(), id)
		},
	}
	cmd.Flags().StringVar(&db, "db", store.DefaultDSN, "database (file path, sqlite:PATH or postgres://…)")
	return cmd
}

func watchTestCmd() *cobra.Command {
	var (
		db    string
		limit int
		sf    specFlags
	)
	cmd := &cobra.Command{
		Use:   "test [ID]",
		Short: "Show which stored articles a watch (or a condition given by flags) would match",
		Long: `test matches the stored articles, in memory and newest last, against watch ID or
the condition given by the flags, the way new articles are matched as they are
stored; nothing is recorded.`,
		Example: `  sosik watch test 3
  sosik watch test --event MEET --with 이재용 --certainty speculated+`,
		Args: cobra.MaximumNArgs(1),
		RunE: withQueryStore(&db, func(cmd *cobra.Command, args []string, st store.Store) error {
			w, err := testedWatch(cmd, args, st, &sf)
			if err != nil {
				return err
			}
			ana, err := korean.Default()
			if err != nil {
				return err
			}
			m, err := watch.Compile(ana, []store.Watch{w})
			if err != nil {
				return err
			}
			out, n := cmd.OutOrStdout(), 0
			err = st.Export(cmd.Context(), store.ExportQuery{}, func(d *extract.Document) error {
				for _, x := range m.Match(d) {
					n++
					if n <= limit {
						fmt.Fprintf(out, "%s  %s  %s  [%s]\n", d.Published, d.ID, d.Headline, x.Reason)
					}
				}
				return nil
			})
			fmt.Fprintf(out, "%d matching articles\n", n)
			return err
		}),
	}
	addDBFlag(cmd, &db)
	sf.register(cmd)
	cmd.Flags().IntVar(&limit, "limit", 50, "matches printed at most")
	return cmd
}

// testedWatch is watch ID, or the watch the flags describe.
func testedWatch(cmd *cobra.Command, args []string, st store.Store, sf *specFlags) (store.Watch, error) {
	if len(args) == 0 {
		spec, err := sf.spec()
		return store.Watch{Name: "test", Spec: spec.JSON()}, err
	}
	ws, err := store.AsWatchState(st)
	if err != nil {
		return store.Watch{}, err
	}
	list, err := ws.Watches(cmd.Context())
	if err != nil {
		return store.Watch{}, err
	}
	for _, w := range list {
		if strconv.FormatInt(w.ID, 10) == args[0] {
			return w, nil
		}
	}
	return store.Watch{}, fmt.Errorf("no watch %s (sosik watch list)", args[0])
}

func watchDeliverCmd() *cobra.Command {
	var (
		db    string
		every time.Duration
	)
	cmd := &cobra.Command{
		Use:   "deliver",
		Short: "Send the webhook deliveries that are due (retries included)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := store.Open(cmd.Context(), db)
			if err != nil {
				return fmt.Errorf("opening %s: %w", db, err)
			}
			defer st.Close()
			d, err := watch.NewDeliverer(st, nil)
			if err != nil {
				return err
			}
			d.UserAgent = collect.UserAgent(version, "")
			for {
				ok, failed, err := d.DeliverDue(cmd.Context())
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%d delivered, %d failed (retried later or given up)\n", ok, failed)
				if every <= 0 {
					return nil
				}
				select {
				case <-cmd.Context().Done():
					return nil
				case <-time.After(every):
				}
			}
		},
	}
	cmd.Flags().StringVar(&db, "db", store.DefaultDSN, "database (file path, sqlite:PATH or postgres://…)")
	cmd.Flags().DurationVar(&every, "every", 0, "keep delivering, every this long (0: once)")
	return cmd
}
