package analytics

// jlh scores how much a term is over-represented in a result set against
// a background: fg of fgSize results hold it, bg of bgSize background
// documents. It is the JLH score, the default heuristic of Elasticsearch's
// significant_terms and significant_text aggregations: the absolute rise
// of the term's share times its relative rise,
//
//	(fg/fgSize - bg/bgSize) × (fg/fgSize) / (bg/bgSize)
//
// so that a word common everywhere (a small relative rise) and a word of
// one release (a small absolute rise) both score low, and a word that
// half the results hold but few others do scores high. docs/analytics.md
// compares it with chi-square, mutual information and GND. A term no more
// frequent in the results than in the background scores 0.
func jlh(fg, fgSize, bg, bgSize int) float64 {
	if fg <= 0 || fgSize <= 0 || bgSize <= 0 {
		return 0
	}
	if bg < fg {
		// The background normally holds the results; when it does not
		// (a background of the filters alone, with a query that reaches
		// past them, cannot happen, but counts of stemmed words and
		// surface words may differ), the results count as background.
		bg = fg
	}
	fgPct := float64(fg) / float64(fgSize)
	bgPct := float64(bg) / float64(bgSize)
	if fgPct <= bgPct {
		return 0
	}
	return (fgPct - bgPct) * fgPct / bgPct
}
