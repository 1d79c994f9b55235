package ui

import (
	"net/url"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
)

// invalidRequests are refused by the parser and so by the API, the results
// page, the feed and the exports alike. mention is what the message must
// name; every message names the parameter.
var invalidRequests = []struct {
	name, query, mention string
}{
	{"unknown sort", "sort=best", "sort"},
	{"unknown match", "q=visa&match=some", "match"},
	{"invalid date", "from=2024-13-01", "from"},
	{"date in another layout", "to=15/02/2024", "to"},
	{"from after to", "from=2024-03-01&to=2024-02-01", "from"},
	{"size above 100", "size=101", "size"},
	{"size below 1", "size=0", "size"},
	{"page below 1", "page=0", "page"},
	{"page not a number", "page=two", "page"},
	{"size not a number", "size=1e2", "size"},
	{"window beyond 10000", "page=101&size=100", "cursor"},
	{"unknown parameter", "agencies=Europol", "agencies"},
	{"repeated single parameter", "sort=newest&sort=oldest", "sort"},
	{"query too long", "q=" + strings.Repeat("a", 501), "q"},
	{"page with cursor", "page=2&cursor=abc", "cursor"},
	{"topic value too long", "topic=" + strings.Repeat("a", 101), "topic"},
}

func TestParseSearchRequestInvalid(t *testing.T) {
	for _, tt := range invalidRequests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			_, err = request.Parse(v, request.SearchParams)
			if code := jhasearch.ErrorCode(err); code != jhasearch.EINVALID {
				t.Fatalf("parse %q: code %q (%v), want %q", tt.query, code, err, jhasearch.EINVALID)
			}
			if msg := jhasearch.ErrorMessage(err); !strings.Contains(msg, tt.mention) {
				t.Errorf("parse %q: message %q does not mention %q", tt.query, msg, tt.mention)
			}
		})
	}
}

func TestPagesWithoutParametersIgnoreThem(t *testing.T) {
	for _, target := range []string{"/?utm_source=mail", "/documents/" + eurodacID + "?ref=feed"} {
		if res, _ := get(t, target); res.StatusCode != 200 {
			t.Errorf("%s: status %d, want 200", target, res.StatusCode)
		}
	}
}
