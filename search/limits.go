package search

import (
	"context"
	"errors"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/query"
	"github.com/jhasearch/jhasearch/search/reader"
)

// searchTimeout is the deadline of every search. The bounds on the terms
// a query reads are package query's (query.ErrTooExpensive).
const searchTimeout = 3 * time.Second

// limitContext adds the deadline of a search.
func limitContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, searchTimeout)
}

// searchError turns a failure of Bleve into the error the user sees: an
// expansion over the limits is the query's fault (EINVALID); the deadline
// is not, since a loaded server can miss it on the plainest query, so it is
// EUNAVAILABLE (503, try again); a cancelled request is passed on; anything
// else is internal.
func searchError(parent context.Context, err error) error {
	switch {
	case errors.Is(parent.Err(), context.Canceled):
		return parent.Err()
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(parent.Err(), context.DeadlineExceeded):
		return jhasearch.Errorf(jhasearch.EUNAVAILABLE,
			"The search took too long to answer; try again, or narrow the query (q) with filters or fewer phrases, prefix* or fuzzy~ terms.")
	case errors.Is(err, query.ErrTooExpensive) || errors.Is(err, reader.ErrTooManyTerms):
		return jhasearch.Errorf(jhasearch.EINVALID,
			"The query (q) is too expensive: its prefix* or fuzzy~ terms match too many words. Use longer prefixes or fewer such terms.")
	}
	return err
}
