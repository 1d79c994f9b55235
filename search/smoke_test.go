package search

import (
	"testing"

	"github.com/jhasearch/jhasearch"
)

func TestSmoke(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	for _, q := range []string{"", "smuggler", "\"drug trafficking\"", "fraud -vat", "title:border", "cross-border", "script", "-20%", "cocain~", "traff*", "agency:europol"} {
		res := search(t, e, jhasearch.SearchRequest{Query: q})
		t.Logf("%q total=%d ids=%v sugg=%q", q, res.Total, ids(res), res.Suggestion)
		for _, h := range res.Hits[:min(2, len(res.Hits))] {
			t.Logf("   %s %v %.3f %s", h.Document.ID, h.Agencies, h.Score, h.Snippet)
		}
	}
}
