package search

import (
	"context"
	"errors"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestNear(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	tests := []struct {
		q    string
		want []string
	}{
		// "migrant smuggling network": one word between.
		{"network NEAR/1 migrant", []string{"d01"}},
		{"network NEAR/0 migrant", []string{}},
		{`"network migrant"~1`, []string{"d01"}},
		{`"network migrant"~0`, []string{}},
		{`"migrant smuggling network"~0`, []string{"d01"}},
		// "smugglers charged high fees and used unsafe vans": six between,
		// the stop word included.
		{"smugglers NEAR/5 vans", []string{}},
		{"smugglers NEAR/6 vans", []string{"d01"}},
		{"smugglers NEAR/6 vans NEAR/6 fees", []string{"d01"}},
		{"title:migrant NEAR/3 title:network", []string{"d01"}},
		// Not a word on either side: the operator is dropped.
		{"NEAR/3 cocaine", []string{"d04", "d11"}},
	}
	for _, tt := range tests {
		got := ids(search(t, e, jhasearch.SearchRequest{Query: tt.q}))
		sort.Strings(got)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tt.q, diff)
		}
	}
	for _, q := range []string{"a NEAR/x b", "a NEAR/99 b", `"a b"~999`, `"a b"~51`} {
		_, err := e.Search(context.Background(), jhasearch.SearchRequest{Query: q, Page: 1, Size: 10})
		var je *jhasearch.Error
		if !errors.As(err, &je) || je.Code != jhasearch.EINVALID {
			t.Errorf("%q: error %v, want EINVALID", q, err)
		}
	}
}

// Words that stand together rank above the same words scattered.
func TestProximityRanksWordsTogetherFirst(t *testing.T) {
	doc := func(id, body string) jhasearch.Document {
		return jhasearch.Document{ID: id, URL: "https://x.example/" + id, Agency: "Europol", Language: "en",
			Published: day("2024-01-01"), Title: "Operational meeting", Body: body}
	}
	// Same words, same length; "a-scattered" wins a tie on its id.
	e, dir := openFixture(t, []jhasearch.Document{
		doc("a-scattered", "The victim was found after the identification of a boat; a task was given to the police force of the port city."),
		doc("b-together", "The police of the port city said a boat was found, and the victim identification task force was given the case."),
	})
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "victim identification task force"}))
	if diff := cmp.Diff([]string{"b-together", "a-scattered"}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	// The same index on an engine without proximity, and without the
	// first engine's cached lists of the query.
	e, err := Open(dir, nil, withoutCaches())
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	e.ranking.ProxWeight = 0
	if got := ids(search(t, e, jhasearch.SearchRequest{Query: "victim identification task force"})); got[0] != "a-scattered" {
		t.Errorf("without proximity %v: the test no longer tells proximity from a tie", got)
	}
}
