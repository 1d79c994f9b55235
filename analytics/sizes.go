package analytics

import "github.com/jhasearch/jhasearch"

// The estimates of the bytes an answer holds, for the cache's budget:
// strings by their length, numbers and times by their size, and a fixed
// charge for each struct and slice header, rounded up.

// entryBytes is what the cache spends on an entry beside its key and
// value: the map's slot, the order's string header, rounded up.
const entryBytes = 96

// answerBytes estimates the bytes of a cached answer.
func answerBytes(v any) int {
	switch a := v.(type) {
	case *Trends:
		return trendsBytes(a)
	case *Terms:
		n := 64
		for _, t := range a.Terms {
			n += 80 + len(t.Text) + len(t.Query)
		}
		return n
	case *Rising:
		n := 160
		for _, l := range [][]Change{a.Agencies, a.Topics, a.Systems, a.Countries} {
			for _, ch := range l {
				n += 64 + len(ch.Value)
			}
		}
		return n
	}
	return 1024
}

func trendsBytes(t *Trends) int {
	n := 128 + 8*len(t.Totals)
	for _, p := range t.Periods {
		n += 80 + len(p.Label)
	}
	for _, s := range t.Series {
		n += 96 + len(s.Query) + 8*len(s.Counts) + 8*len(s.Values)
		if s.Peak != nil {
			n += 48
			if s.Peak.Top != nil {
				n += hitBytes(s.Peak.Top)
			}
		}
	}
	return n
}

func hitBytes(h *jhasearch.Hit) int {
	d := &h.Document
	n := 256 + len(h.Snippet) + len(d.ID) + len(d.URL) + len(d.Agency) + len(d.Title) + len(d.Summary) +
		len(d.Body) + len(d.Language)
	for _, l := range [][]string{h.Agencies, d.Tags} {
		for _, s := range l {
			n += 16 + len(s)
		}
	}
	return n
}

// keepable trims what a trend keeps of its peaks' releases to what the
// views show of them (no body, credits or the like), so that the cache
// holds a few kilobytes a peak rather than a release at the field limits.
func keepable(t *Trends) *Trends {
	for i := range t.Series {
		if p := t.Series[i].Peak; p != nil && p.Top != nil {
			d := p.Top.Document
			h := *p.Top
			h.Document = jhasearch.Document{ID: d.ID, URL: d.URL, Agency: d.Agency, Title: d.Title, Published: d.Published,
				Tags: d.Tags, Language: d.Language, Summary: d.Summary}
			p.Top = &h
		}
	}
	return t
}
