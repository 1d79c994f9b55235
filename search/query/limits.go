package query

import (
	"context"
	"errors"
)

// Bounds on the cost of one query. Prefix and fuzzy terms expand into
// the index terms they match, each read as a word (compile.go).
const (
	// maxClauses caps the terms one prefix or fuzzy word expands to in
	// one field.
	maxClauses = 1024
	// maxTermSearchers caps the terms the expansions of one whole query
	// read, in all fields.
	maxTermSearchers = 4096
)

// ErrTooExpensive is the error of a query whose expansions go beyond the
// bounds.
var ErrTooExpensive = errors.New("search: the expansions of the query have too many terms")

type termShareKey struct{}

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
