package group

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// Decide joins the joint releases and the language versions of a build
// without an index: a release two agencies posted, a release in two
// languages linked by their addresses, a release on its own, and a
// document replaced by a later one with its id.
func TestDecide(t *testing.T) {
	body := "Investigators of nine countries dismantled a network that smuggled migrants across the sea in unsafe boats, and seized its vessels and accounts."
	day := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	in := []jhasearch.Document{
		{ID: "a", Agency: "Europol", Title: "Smuggling network dismantled", Body: body, Language: "en", Published: day},
		{ID: "b", Agency: "Eurojust", Title: "Smuggling network dismantled", Body: body, Language: "en", Published: day.AddDate(0, 0, 1)},
		{ID: "c", Agency: "FRA", URL: "https://fra.example/en/news/survey", Title: "Survey published", Body: "A survey of travellers.", Language: "en", Published: day},
		{ID: "d", Agency: "FRA", URL: "https://fra.example/de/news/survey", Title: "Umfrage veröffentlicht", Body: "Eine Umfrage unter Reisenden.", Language: "de", Published: day},
		{ID: "e", Agency: "EPPO", Title: "Fraud charges", Body: "Charges for fraud with subsidies.", Language: "en", Published: day},
	}
	sigs := make([]Signature, len(in))
	for i := range in {
		sigs[i] = NewSignature(&in[i])
	}
	live := []bool{true, true, true, true, false}
	got := Decide(sigs, live)
	want := []Info{
		{Group: "g-a", Agencies: []string{"Europol", "Eurojust"}, Searchable: true},
		{Group: "g-a", Agencies: []string{"Eurojust", "Europol"}},
		{Agencies: []string{"FRA"}, Searchable: true, Translation: "t-c", Original: true},
		{Agencies: []string{"FRA"}, Searchable: true, Translation: "t-c"},
		{},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decide mismatch (-want +got):\n%s", diff)
	}
	if n := Count(got); n != 1 {
		t.Errorf("Count = %d, want 1 joint release", n)
	}
}
