package workflow

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
)

// Reindex extracts every stored page again under the writer lock and
// builds a new generation enriched by v; it returns the summary sentence.
// It needs no network: a corrected selector repairs old documents.
func Reindex(ctx context.Context, d DataDir, sources []scraper.Source, v *vocab.Vocabulary, logger *slog.Logger) (string, error) {
	a, closeAll, err := d.OpenWriter("reindex", logger)
	if err != nil {
		return "", err
	}
	defer closeAll()
	var cut CutCount
	n, err := reextract(ctx, a, sources, logger, &cut)
	if err != nil {
		return "", err
	}
	gen, err := d.Build(ctx, a, v, logger)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	cut.Report(&b)
	return fmt.Sprintf("Extracted %d page(s) again%s; index generation %s holds %d documents.", n, b.String(), gen.Name, gen.Documents), nil
}

// reextract runs today's extraction rules over every stored raw page and
// stores every document it extracted, in batches so that no read
// transaction stays open across a write. A page that no longer extracts
// keeps its document as it was and is logged.
func reextract(ctx context.Context, a *archive.Archive, sources []scraper.Source, logger *slog.Logger, cut *CutCount) (int, error) {
	ids, err := a.IDs(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	for batch := range slices.Chunk(ids, 500) {
		var fresh []jhasearch.Document
		for _, id := range batch {
			rec, err := a.Get(ctx, id)
			if err != nil {
				return done, err
			}
			if rec == nil || rec.Page == nil {
				continue // imported: no raw page to extract from
			}
			doc, ok := extractAgain(rec, sources, logger, cut)
			if !ok {
				continue
			}
			done++
			fresh = append(fresh, doc)
		}
		if err := a.Replace(ctx, fresh); err != nil {
			return done, err
		}
	}
	return done, nil
}

func extractAgain(rec *archive.Record, sources []scraper.Source, logger *slog.Logger, cut *CutCount) (jhasearch.Document, bool) {
	old := rec.Document
	src, ok := scraper.Lookup(sources, rec.Page.Source)
	if !ok {
		logger.Warn("kept a document whose source is no longer configured", "id", old.ID, "source", rec.Page.Source)
		return old, false
	}
	doc, err := scraper.Extract(src, *rec.Page)
	if err != nil {
		logger.Warn("kept a document that today's rules no longer extract", "id", old.ID, "url", old.URL, "err", err)
		return old, false
	}
	// The archive's identity of the release wins: its id, its URL and every
	// alias found so far.
	doc.ID, doc.URL, doc.FetchedAt = old.ID, old.URL, old.FetchedAt
	for _, u := range doc.Aliases {
		if u != doc.URL && !slices.Contains(old.Aliases, u) {
			old.Aliases = append(old.Aliases, u)
		}
	}
	doc.Aliases = old.Aliases
	cuts, err := jhasearch.BoundDocument(&doc)
	if err != nil {
		logger.Warn("kept a document that today's rules extract beyond the limits", "id", old.ID, "url", old.URL, "err", err)
		return old, false
	}
	cut.Note(logger, cuts, "id", doc.ID, "url", doc.URL)
	return doc, true
}
