// Package search answers queries over the current index generation:
// requests in, answers out. It owns the engine (Open, Reload, Search and
// the other exported calls), the generations it serves and swaps, filters
// and disjunctive facet counts over the generation's columns
// (search/facet), ranking the matches, sorting, cursors and paging,
// translations, hits with their snippets (search/highlight), did-you-mean,
// suggestions, related documents, the caches of answers and counts
// (search/cache) and the warming of a new generation. The query language
// and the evaluation of a query into scored lists are search/query's: a
// generation holds one query.Index. It serves generations read-only (their
// index through search/reader, the only door to Bleve on the read side)
// and swaps to a new one when the indexer makes it current, without
// waiting for the searches running on the old one.
//
// It must not write to an index, and it must never pass user text to
// Bleve's query-string parser: every query is parsed by search/query.
package search

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/query"
	"github.com/jhasearch/jhasearch/vocab"
)

// Engine serves the current generation of an index directory. Its methods
// are safe for concurrent use.
type Engine struct {
	dir string
	log *slog.Logger

	// cur is the served generation. A search acquires it (current) and
	// sees it, and its caches with it, from start to end; a swap
	// publishes the next one at once, and the old one closes when its
	// last search releases it (generation.refs).
	cur atomic.Pointer[generation]

	reloadMu sync.Mutex // one Reload at a time
	// outdated names the current generation when another version of the
	// program built it (indexer.ErrOutdated): it is not tried again.
	// Guarded by reloadMu.
	outdated string
	// budgets bound the caches of each generation (WithCacheBudgets).
	budgets cacheBudgets
	// slots admits searches: one slot per search running.
	slots *cache.Slots
	// timeout is the deadline of a search, wait for a slot included.
	timeout time.Duration
	// ranking holds the ranking parameters (ranking.go).
	ranking rankingParams
	// concepts expands the concepts named in queries; nil: no expansion.
	// It is set at Open and never changes, so cached answers stay right.
	concepts *vocab.Vocabulary
	// noPairs: phrases are checked on the positions records alone
	// (withoutPairs).
	noPairs bool
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

// cacheBudgets are the bytes each generation may keep of answers, facet
// counts and the lists of whole queries. The lists of words and clauses
// have their budget apart (listBudgetFor).
type cacheBudgets struct{ answers, counts, queries int }

var defaultBudgets = cacheBudgets{answers: answerBudget, counts: countsBudget, queries: query.QueryBudget}

// withoutCaches gives the caches of answers, facet counts and whole
// queries no room, so that every search computes its answer (benchmarks
// measure both ways); the lists of words and clauses stay cached, as a
// server's are after its first minutes.
func withoutCaches() Option {
	return func(e *Engine) { e.budgets = cacheBudgets{} }
}

// withoutPairs makes phrases be checked on the positions records alone,
// without the lists of word pairs, as before them: the old way that tests
// and benchmarks compare the pairs with.
func withoutPairs() Option {
	return func(e *Engine) { e.noPairs = true }
}

// Open serves the current generation of indexDir. It succeeds when no
// generation exists yet: Ready is then false and searches answer
// EUNAVAILABLE until Reload finds one.
func Open(indexDir string, logger *slog.Logger, opts ...Option) (*Engine, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{dir: indexDir, log: logger, budgets: defaultBudgets,
		slots: cache.NewSlots(slotsPerCPU * runtime.GOMAXPROCS(0)), timeout: searchTimeout,
		ranking: defaultRanking}
	for _, o := range opts {
		o(e)
	}
	if _, err := e.Reload(); err != nil {
		return nil, err
	}
	return e, nil
}

// Ready reports whether a generation is being served.
func (e *Engine) Ready() bool { return e.cur.Load() != nil }

// Reload looks at the index directory now and swaps to its current
// generation if it changed. It waits for no search: the searches running
// on the old generation finish on it, and the last of them closes it.
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
	old := e.cur.Load()
	if old != nil && old.meta.Name == meta.Name || e.outdated == meta.Name {
		return false, nil
	}
	// Only Reload (under reloadMu) and Close replace cur: old stays
	// acquirable unless Close runs meanwhile.
	if old != nil && !old.acquire() {
		old = nil
	}
	if old != nil {
		defer old.release()
	}
	gen, err := loadGeneration(meta, &e.ranking, e.budgets, e.concepts, e.log, !e.noPairs)
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
	if prev := e.cur.Swap(gen); prev != nil {
		// The engine's own reference: the generation closes now or when
		// its last search ends.
		prev.release()
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

// Close stops serving. The generation closes now, or when the searches
// still running on it end; its error is returned when it closes now.
func (e *Engine) Close() error {
	e.reloadMu.Lock()
	defer e.reloadMu.Unlock()
	if g := e.cur.Swap(nil); g != nil {
		return g.release()
	}
	return nil
}

// current acquires the served generation; the caller must call release
// when done with it. It fails with EUNAVAILABLE when none is served.
func (e *Engine) current() (*generation, func(), error) {
	for {
		g := e.cur.Load()
		if g == nil {
			return nil, nil, jhasearch.Errorf(jhasearch.EUNAVAILABLE, "The index is being built; please try again in a few minutes.")
		}
		if g.acquire() {
			return g, func() { g.release() }, nil
		}
		// Its last search released it between Load and acquire: a swap
		// has published its successor already.
	}
}

// acquire takes a reference to g; false when g has closed (its count
// fell to 0, never to rise again).
func (g *generation) acquire() bool {
	for {
		n := g.refs.Load()
		if n <= 0 {
			return false
		}
		if g.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// release gives a reference back; the last closes g and returns the
// error of closing, which is also logged.
func (g *generation) release() error {
	if g.refs.Add(-1) != 0 {
		return nil
	}
	err := g.close()
	if err != nil {
		g.log.Warn("search: close generation", "generation", g.meta.Name, "err", err)
	}
	return err
}
