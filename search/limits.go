package search

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	"github.com/jhasearch/jhasearch"
)

// Bounds on the cost of one search. Prefix and fuzzy terms expand into a
// disjunction of index terms; Bleve does not bound that by default.
const (
	// maxClauses caps one disjunction (Bleve's DisjunctionMaxClauseCount).
	maxClauses = 1024
	// maxTermSearchers caps the term searchers of one whole query.
	maxTermSearchers = 4096
	// searchTimeout is the deadline of every search.
	searchTimeout = 3 * time.Second
)

var limitsOnce sync.Once

// setLimits sets Bleve's process-wide clause cap, once: it is a package
// variable of Bleve, not an option of a search.
func setLimits() {
	limitsOnce.Do(func() { searcher.DisjunctionMaxClauseCount = maxClauses })
}

// limitContext adds the deadline and the per-query term-searcher cap,
// unless ctx has a cap already (a share of it, see termShare).
func limitContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Value(bsearch.MaxTermSearchersKey).(int); !ok {
		ctx = context.WithValue(ctx, bsearch.MaxTermSearchersKey, maxTermSearchers)
	}
	return context.WithTimeout(ctx, searchTimeout)
}

// termShare gives each of n clauses that Bleve searches separately an
// equal share of the query's term-searcher cap, so that together they stay
// within it.
func termShare(ctx context.Context, n int) context.Context {
	return context.WithValue(ctx, bsearch.MaxTermSearchersKey, max(maxTermSearchers/max(n, 1), 1))
}

// searchError turns a failure of Bleve into the error the user sees: an
// expansion over the limits is the query's fault (EINVALID); the deadline
// is not, since a loaded server can miss it on the plainest query, so it is
// EUNAVAILABLE (503, try again); a cancelled request is passed on; anything
// else is internal.
func searchError(parent context.Context, err error) error {
	msg := err.Error()
	switch {
	case errors.Is(parent.Err(), context.Canceled):
		return parent.Err()
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(parent.Err(), context.DeadlineExceeded):
		return jhasearch.Errorf(jhasearch.EUNAVAILABLE,
			"The search took too long to answer; try again, or narrow the query (q) with filters or fewer phrases, prefix* or fuzzy~ terms.")
	// Bleve's limit errors are untyped: TooManyClauses, TooManyTermSearchers.
	case strings.Contains(msg, "TooMany"):
		return jhasearch.Errorf(jhasearch.EINVALID,
			"The query (q) is too expensive: its prefix* or fuzzy~ terms match too many words. Use longer prefixes or fewer such terms.")
	}
	return err
}
