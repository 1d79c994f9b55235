// Package search answers queries over the current index generation: the
// query language, filters, disjunctive facets, sorting, cursors, snippets,
// did-you-mean, suggestions and related documents. It serves generations
// read-only through a bleve.IndexAlias and swaps to a new one when the
// indexer makes it current.
//
// It must not write to an index, and it must never pass user text to
// Bleve's query-string parser: every query is built from its own parser.
package search

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/vocab"
)

// Engine serves the current generation of an index directory. Its methods
// are safe for concurrent use.
type Engine struct {
	dir   string
	log   *slog.Logger
	alias bleve.IndexAlias

	// mu is held for reading by every search for its whole duration and
	// for writing by a swap, so that a search sees one generation from
	// start to end, and its caches with it.
	mu  sync.RWMutex
	cur *generation

	reloadMu sync.Mutex // one Reload at a time
	// outdated names the current generation when another version of the
	// program built it (indexer.ErrOutdated): it is not tried again.
	// Guarded by reloadMu.
	outdated string
	// noCache turns the caches of answers, facet counts and whole queries
	// off (benchmarks measure both ways); the lists of words and clauses
	// stay cached, as a server's are after its first minutes.
	noCache bool
	// slots admits searches: one slot per search running.
	slots *cache.Slots
	// timeout is the deadline of a search, wait for a slot included.
	timeout time.Duration
	// ranking holds the ranking parameters (ranking.go).
	ranking rankingParams
	// concepts expands the concepts named in queries; nil: no expansion.
	// It is set at Open and never changes, so cached answers stay right.
	concepts *vocab.Vocabulary
}

// Option configures an Engine at Open.
type Option func(*Engine)

// WithVocabulary makes queries that name a concept of v find it by every
// name ("SIS" also finds "Schengen Information System"). Give the
// vocabulary the served generations were enriched with: the concept field
// holds its ids.
func WithVocabulary(v *vocab.Vocabulary) Option {
	return func(e *Engine) { e.concepts = v }
}

// Open serves the current generation of indexDir. It succeeds when no
// generation exists yet: Ready is then false and searches answer
// EUNAVAILABLE until Reload finds one.
func Open(indexDir string, logger *slog.Logger, opts ...Option) (*Engine, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	setLimits()
	e := &Engine{dir: indexDir, log: logger, alias: bleve.NewIndexAlias(),
		slots: cache.NewSlots(slotsPerCPU * runtime.GOMAXPROCS(0)), timeout: searchTimeout,
		ranking: defaultRanking}
	for _, o := range opts {
		o(e)
	}
	if _, err := e.Reload(); err != nil {
		e.alias.Close()
		return nil, err
	}
	return e, nil
}

// Ready reports whether a generation is being served.
func (e *Engine) Ready() bool {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.cur != nil
}

// Reload looks at the index directory now and swaps to its current
// generation if it changed; the old generation is closed after the swap,
// once the searches running on it have finished.
func (e *Engine) Reload() (changed bool, err error) {
	e.reloadMu.Lock()
	defer e.reloadMu.Unlock()
	meta, err := indexer.Current(e.dir)
	if jhasearch.ErrorCode(err) == jhasearch.ENOTFOUND {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	e.mu.RLock()
	old := e.cur
	e.mu.RUnlock()
	if old != nil && old.meta.Name == meta.Name || e.outdated == meta.Name {
		return false, nil
	}
	gen, err := loadGeneration(meta)
	if errors.Is(err, indexer.ErrOutdated) {
		// An older version of the program built it. Say so once, and wait
		// for the rebuild: the reindex that follows an upgrade makes a new
		// current generation, which the next reload serves.
		e.outdated = meta.Name
		e.log.Error("search: the current generation was built by another version of jhasearch; run jhasearch reindex",
			"generation", meta.Name, "err", err, "serving", old != nil)
		return false, nil
	}
	if err != nil {
		return false, err
	}
	start := time.Now()
	if n := e.warm(old, gen); n > 0 {
		e.log.Info("search: warmed the new generation", "generation", meta.Name, "searches", n,
			"took", time.Since(start).Round(time.Millisecond))
	}
	e.mu.Lock()
	gen.searcher = e.alias
	if old == nil {
		e.alias.Add(gen.idx)
	} else {
		e.alias.Swap([]bleve.Index{gen.idx}, []bleve.Index{old.idx})
	}
	e.cur = gen
	e.mu.Unlock()
	if old != nil {
		if err := old.close(); err != nil {
			e.log.Warn("search: close old generation", "generation", old.meta.Name, "err", err)
		}
	}
	e.log.Info("search: serving generation", "generation", meta.Name, "documents", meta.Documents)
	e.checkVocabulary(meta)
	return true, nil
}

// checkVocabulary warns when the generation was enriched with another
// vocabulary than the one queries expand with: its facet values and
// concept terms follow the old one until the next build.
func (e *Engine) checkVocabulary(meta *indexer.Generation) {
	if e.concepts == nil {
		return
	}
	if fp := e.concepts.Fingerprint(); meta.Vocabulary != fp {
		e.log.Warn("search: the generation was built with another vocabulary; rebuild (jhasearch reindex) to apply the current one",
			"generation", meta.Name, "built_with", meta.Vocabulary, "current", fp)
	}
}

// Watch calls Reload every interval until ctx is done, logging failures:
// a broken new generation leaves the served one in place.
func (e *Engine) Watch(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := e.Reload(); err != nil {
				e.log.Error("search: reload index", "dir", e.dir, "err", err)
			}
		}
	}
}

// Close stops serving and closes the index.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	var errs []error
	if e.cur != nil {
		e.alias.Remove(e.cur.idx)
		errs = append(errs, e.cur.close())
		e.cur = nil
	}
	if err := e.alias.Close(); err != nil {
		errs = append(errs, fmt.Errorf("search: close alias: %w", err))
	}
	return errors.Join(errs...)
}

// current returns the served generation with the read lock held; the
// caller must call release. It fails with EUNAVAILABLE when none is served.
func (e *Engine) current() (*generation, func(), error) {
	e.mu.RLock()
	if e.cur == nil {
		e.mu.RUnlock()
		return nil, nil, jhasearch.Errorf(jhasearch.EUNAVAILABLE, "The index is being built; please try again in a few minutes.")
	}
	return e.cur, e.mu.RUnlock, nil
}
