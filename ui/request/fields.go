package request

import (
	"net/url"
	"strconv"
	"time"

	"github.com/jhasearch/jhasearch"
)

// The parsers of the single fields of a search request. Each refuses what
// it cannot take unchanged, with a message naming the parameter.

func parseDates(v url.Values, req *jhasearch.SearchRequest) error {
	var err error
	if req.From, err = parseDate(v, "from"); err != nil {
		return err
	}
	if req.To, err = parseDate(v, "to"); err != nil {
		return err
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From.After(req.To) {
		return Invalidf("Parameter from (%s) is after to (%s); from must be on or before to.",
			req.From.Format(jhasearch.DateLayout), req.To.Format(jhasearch.DateLayout))
	}
	return nil
}

func parseDate(v url.Values, name string) (time.Time, error) {
	s, err := Single(v, name)
	if err != nil || s == "" {
		return time.Time{}, err
	}
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		return time.Time{}, Invalidf("Parameter %s is %q, which is not a date; use YYYY-MM-DD, for example 2024-02-15.", name, Clip(s))
	}
	if !jhasearch.PublishedInRange(t) {
		return time.Time{}, Invalidf("Parameter %s is %s, outside the dates this search holds: %s.", name, s, jhasearch.DateRange)
	}
	return t, nil
}

func parseSort(v url.Values, req *jhasearch.SearchRequest) error {
	s, err := Single(v, "sort")
	if err != nil {
		return err
	}
	switch jhasearch.Sort(s) {
	case "":
		req.Sort = DefaultSort(req.Query)
	case jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest:
		req.Sort = jhasearch.Sort(s)
	default:
		return Invalidf("Parameter sort is %q; allowed values are relevance, newest and oldest.", Clip(s))
	}
	return nil
}

// parseMatch reads how the words must match: any (the default: the
// releases with every word first, those with some below) or all.
func parseMatch(v url.Values, req *jhasearch.SearchRequest) error {
	s, err := Single(v, "match")
	if err != nil {
		return err
	}
	switch s {
	case "", jhasearch.MatchAny:
		req.Match = ""
	case jhasearch.MatchAll:
		req.Match = jhasearch.MatchAll
	default:
		return Invalidf("Parameter match is %q; allowed values are any and all.", Clip(s))
	}
	return nil
}

// DefaultSort is relevance for a query and newest for browsing, where every
// document scores the same.
func DefaultSort(q string) jhasearch.Sort {
	if q == "" {
		return jhasearch.SortNewest
	}
	return jhasearch.SortRelevance
}

func parsePaging(v url.Values, req *jhasearch.SearchRequest) error {
	var err error
	if req.Page, err = Int(v, "page", 1, 1, 0); err != nil {
		return err
	}
	if req.Size, err = Int(v, "size", jhasearch.DefaultPageSize, 1, jhasearch.MaxPageSize); err != nil {
		return err
	}
	if req.Cursor, err = Single(v, "cursor"); err != nil {
		return err
	}
	if req.Cursor != "" && v.Get("page") != "" {
		return Invalidf("Parameters page and cursor cannot be combined; a cursor continues where the previous answer ended.")
	}
	// Divided, not multiplied: page × size overflows for a huge page, and a
	// negative product would pass the check.
	if req.Cursor == "" && req.Page > jhasearch.MaxWindow/req.Size {
		return Invalidf("Parameters page (%d) and size (%d) reach beyond result %d; page × size may be at most %d. Use the cursor of the previous answer to go deeper.",
			req.Page, req.Size, jhasearch.MaxWindow, jhasearch.MaxWindow)
	}
	return nil
}

// Int reads an optional integer in [lo, hi]; hi 0 means no upper bound.
func Int(v url.Values, name string, def, lo, hi int) (int, error) {
	s, err := Single(v, name)
	if err != nil || s == "" {
		return def, err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, Invalidf("Parameter %s is %q, which is not a whole number.", name, Clip(s))
	}
	if n < lo || (hi > 0 && n > hi) {
		if hi > 0 {
			return 0, Invalidf("Parameter %s is %d; it must be between %d and %d.", name, n, lo, hi)
		}
		return 0, Invalidf("Parameter %s is %d; it must be at least %d.", name, n, lo)
	}
	return n, nil
}
