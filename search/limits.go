package search

import (
	"context"
	"errors"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/reader"
)

// Bounds on the cost of one search. Prefix and fuzzy terms expand into
// the index terms they match, each read as a word (compile.go).
const (
	// maxClauses caps the terms one prefix or fuzzy word expands to in
	// one field.
	maxClauses = 1024
	// maxTermSearchers caps the terms the expansions of one whole query
	// read, in all fields.
	maxTermSearchers = 4096
	// searchTimeout is the deadline of every search.
	searchTimeout = 3 * time.Second
)

// errTooExpensive is the error of a query whose expansions go beyond the
// bounds.
var errTooExpensive = errors.New("search: the expansions of the query have too many terms")

type termShareKey struct{}

// limitContext adds the deadline of a search.
func limitContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, searchTimeout)
}

// termShare gives each of n clauses that expand (or read a term of a
// field) an equal share of the query's cap on terms, so that together
// they stay within it.
func termShare(ctx context.Context, n int) context.Context {
	return context.WithValue(ctx, termShareKey{}, max(maxTermSearchers/max(n, 1), 1))
}

// termsAllowed is what one clause of the query of ctx may read.
func termsAllowed(ctx context.Context) int {
	if n, ok := ctx.Value(termShareKey{}).(int); ok {
		return n
	}
	return maxTermSearchers
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
	case errors.Is(err, errTooExpensive) || errors.Is(err, reader.ErrTooManyTerms):
		return jhasearch.Errorf(jhasearch.EINVALID,
			"The query (q) is too expensive: its prefix* or fuzzy~ terms match too many words. Use longer prefixes or fewer such terms.")
	}
	return err
}
