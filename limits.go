package jhasearch

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits of a release's fields, in bytes of UTF-8 or in values. One
// oversized release must not cost a search, a page or a cache its memory:
// every hit carries the title, summary, tags, aliases and credits, so one
// release with 200,000 tags and a 2 MB title made every answer that found
// it megabytes long. The limits are far above what the ten newsrooms
// publish, so that no real release is cut:
//
//   - a title is one line; the longest seen are under 300 characters, and
//     1,000 bytes hold 300 characters of any EU language's script;
//   - a summary is a lead paragraph or a meta description, a few hundred
//     characters; 4 KiB hold ten times that;
//   - a body is a press release's text: the longest are around 50 KB of
//     text, and 256 KiB hold a small report's worth (the HTML of a page
//     may be larger, but furniture and markup are not kept);
//   - tags name topics: releases carry up to about 15 of a few words
//     each, so 50 tags of 100 bytes;
//   - credits are photo and copyright lines, a handful of one line each:
//     20 of 500 bytes;
//   - aliases are the older URLs of a release, one or two per site
//     migration: 20 of them;
//   - URLs are at most 2,048 bytes, the limit of the sitemaps protocol,
//     which newsrooms' URLs keep to;
//   - an agency is a short name and a language a BCP 47 tag, which
//     RFC 5646 advises to fit in 35 bytes.
//
// Text is cut at a UTF-8 boundary (a word or paragraph boundary when one
// is near) and lists lose their last values; BoundDocument says what it
// cut, so that the import and the crawl can report it.
const (
	MaxTitleBytes   = 1000
	MaxSummaryBytes = 4 << 10
	MaxBodyBytes    = 256 << 10
	MaxTags         = 50
	MaxTagBytes     = 100
	MaxCredits      = 20
	MaxCreditBytes  = 500
	MaxAliases      = 20
	// MaxTranslations bounds a release's other language versions: the EU
	// has 24 official languages.
	MaxTranslations  = 32
	MaxURLBytes      = 2048
	MaxIDBytes       = 128
	MaxAgencyBytes   = 100
	MaxLanguageBytes = 35
)

// MinYear and MaxYear bound the publication dates the product accepts:
// years of four digits, which YYYY-MM-DD shows unambiguously and sorts as
// text. No newsroom's archive reaches that far back; a year such as 0202,
// a typing error for 2020, is refused rather than kept.
const (
	MinYear = 1000
	MaxYear = 9999
)

// PublishedInRange reports whether t's calendar day lies within the years
// MinYear to MaxYear.
func PublishedInRange(t time.Time) bool {
	y := t.Year()
	return y >= MinYear && y <= MaxYear
}

// DateRange describes the accepted publication dates for messages.
const DateRange = "1000-01-01 to 9999-12-31"

// Cut says what BoundDocument shortened in one field.
type Cut struct {
	// Field is the field's name in the import format ("title", "tags").
	Field string
	// Unit is "bytes" for text cut to a length, "values" for a list that
	// lost its last values, "value bytes" for a list whose values were cut
	// to a length (Values of them; From is the longest before) and
	// "dropped values" for values that could not be cut and were dropped
	// (Values of them, the longest From bytes long).
	Unit string
	// From and To are the sizes before and after.
	From, To int
	// Values counts the values cut or dropped, for the units that need it.
	Values int
}

func (c Cut) String() string {
	switch c.Unit {
	case "value bytes":
		return fmt.Sprintf("%s: %d value(s) cut to at most %d bytes (the longest had %d)", c.Field, c.Values, c.To, c.From)
	case "dropped values":
		return fmt.Sprintf("%s: %d value(s) longer than %d bytes dropped (the longest had %d)", c.Field, c.Values, c.To, c.From)
	}
	return fmt.Sprintf("%s cut from %d to %d %s", c.Field, c.From, c.To, c.Unit)
}

// BoundDocument cuts every field of d to its limit and returns what it
// cut, nil when d was within them all. A release's identity cannot be cut
// without naming another release: an id or URL over its limit, and a
// publication date outside MinYear to MaxYear, are an error, which the
// import reports for the line and the crawl as the page's failure; the
// other fields are cut all the same, for a caller that keeps d anyway.
// Topics, systems, countries and concepts are not bounded here: they are
// derived from the vocabulary at build time.
func BoundDocument(d *Document) ([]Cut, error) {
	var err error
	switch {
	case len(d.ID) > MaxIDBytes:
		err = fmt.Errorf("jhasearch: id is %d bytes long; at most %d are accepted", len(d.ID), MaxIDBytes)
	case len(d.URL) > MaxURLBytes:
		err = fmt.Errorf("jhasearch: url is %d bytes long; at most %d are accepted", len(d.URL), MaxURLBytes)
	case !d.Published.IsZero() && !PublishedInRange(d.Published):
		err = fmt.Errorf("jhasearch: published %s is outside the accepted dates %s", d.Published.Format(DateLayout), DateRange)
	}
	var cuts []Cut
	text := func(field string, p *string, limit int, cut func(string, int) string) {
		if n := len(*p); n > limit {
			*p = cut(*p, limit)
			cuts = append(cuts, Cut{Field: field, Unit: "bytes", From: n, To: len(*p)})
		}
	}
	text("title", &d.Title, MaxTitleBytes, cutLine)
	text("summary", &d.Summary, MaxSummaryBytes, cutLine)
	text("body", &d.Body, MaxBodyBytes, cutBody)
	text("agency", &d.Agency, MaxAgencyBytes, cutValue)
	if n := len(d.Language); n > MaxLanguageBytes {
		d.Language = "und" // a cut tag would name another language
		cuts = append(cuts, Cut{Field: "language", Unit: "bytes", From: n, To: len(d.Language)})
	}
	cuts = boundList(cuts, "tags", &d.Tags, MaxTags, MaxTagBytes, true)
	cuts = boundList(cuts, "credits", &d.Credits, MaxCredits, MaxCreditBytes, true)
	// A cut URL would be another address: an alias too long is dropped.
	cuts = boundList(cuts, "aliases", &d.Aliases, MaxAliases, MaxURLBytes, false)
	cuts = boundList(cuts, "translations", &d.Translations, MaxTranslations, MaxURLBytes, false)
	return cuts, err
}

// boundList keeps the first maxVals values of *vals and cuts each to
// maxBytes, or drops it when cutting is not allowed. Values that become
// equal by the cut are kept once. The slice is copied before a change, as
// the caller may share it.
func boundList(cuts []Cut, field string, vals *[]string, maxVals, maxBytes int, cut bool) []Cut {
	v := *vals
	if len(v) > maxVals {
		cuts = append(cuts, Cut{Field: field, Unit: "values", From: len(v), To: maxVals})
		v = v[:maxVals:maxVals]
	}
	longest, n := 0, 0
	for _, s := range v {
		if len(s) > maxBytes {
			longest, n = max(longest, len(s)), n+1
		}
	}
	if n > 0 {
		out := make([]string, 0, len(v))
		for _, s := range v {
			switch {
			case len(s) <= maxBytes:
			case !cut:
				continue
			default:
				s = cutValue(s, maxBytes)
			}
			if !containsString(out, s) {
				out = append(out, s)
			}
		}
		v = out
		unit := "value bytes"
		if !cut {
			unit = "dropped values"
		}
		cuts = append(cuts, Cut{Field: field, Unit: unit, From: longest, To: maxBytes, Values: n})
	}
	*vals = v
	return cuts
}

func containsString(vs []string, s string) bool {
	for _, v := range vs {
		if v == s {
			return true
		}
	}
	return false
}

// ellipsis ends a line that was cut, so that a reader sees it was.
const ellipsis = "…"

// cutValue cuts s to at most max bytes at a UTF-8 boundary, without
// trailing space: for short values (tags, names) a word boundary would
// often leave little.
func cutValue(s string, max int) string {
	return strings.TrimRightFunc(s[:runeStart(s, max)], unicode.IsSpace)
}

// cutLine cuts a one-line text to at most max bytes, after a word when
// one ends in the last quarter, and marks the cut with an ellipsis.
func cutLine(s string, max int) string {
	end := runeStart(s, max-len(ellipsis))
	if i := strings.LastIndexFunc(s[:end], unicode.IsSpace); i >= end-end/4 && i > 0 {
		end = i
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace) + ellipsis
}

// cutBody cuts a body to at most max bytes, after its last whole paragraph
// when that keeps half of it or more, else after a word, else at a UTF-8
// boundary, and marks the cut with an ellipsis.
func cutBody(s string, max int) string {
	end := runeStart(s, max-len(ellipsis))
	if i := strings.LastIndex(s[:end], "\n\n"); i >= end/2 {
		return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "\n\n" + ellipsis
	}
	if i := strings.LastIndexFunc(s[:end], unicode.IsSpace); i >= end-end/4 && i > 0 {
		end = i
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace) + ellipsis
}

// runeStart returns the largest n <= max (and <= len(s)) at which a UTF-8
// sequence of s starts, so that s[:n] cuts no character in two.
func runeStart(s string, max int) int {
	if max >= len(s) {
		return len(s)
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
