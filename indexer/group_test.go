package indexer

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestJointReleases(t *testing.T) {
	body := "Investigators from several countries took down a network that laundered the proceeds of drug sales through car dealers and shell companies. Forty premises were searched and nine suspects arrested, while assets worth twelve million were frozen."
	day := func(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }
	in := []jhasearch.Document{
		{ID: "x1", Agency: "Eurojust", Title: "Money laundering network taken down", Body: body, Language: "en", Published: day(3)},
		{ID: "x2", Agency: "Europol", Title: "Money laundering network taken down", Body: body + " Europol supported the action.", Language: "en", Published: day(2)},
		// Same text, same agency: a duplicate, not a joint release.
		{ID: "x3", Agency: "Europol", Title: "Money laundering network taken down", Body: body, Language: "en", Published: day(2)},
		// Same text, too far apart in time.
		{ID: "x4", Agency: "EPPO", Title: "Money laundering network taken down", Body: body, Language: "en", Published: day(20)},
		// Another language.
		{ID: "x5", Agency: "FRA", Title: "Money laundering network taken down", Body: body, Language: "de", Published: day(3)},
		{ID: "y1", Agency: "Frontex", Title: "Annual training week", Body: "Border guards trained for a week on first aid and on interviewing vulnerable people.", Language: "en", Published: day(3)},
	}
	g, tab := buildTable(t, in)
	type row struct {
		ID, Group  string
		Agencies   []string
		Searchable bool
	}
	var got []row
	for _, e := range tab.Entries {
		got = append(got, row{e.ID, e.Group, e.Agencies, e.Searchable})
	}
	// x1, x2 and x3 are one group (x3 joins through x1); x2 is the earliest
	// and the longest of the earliest, so it represents the group.
	want := []row{
		{"x1", "g-x1", []string{"Eurojust", "Europol"}, false},
		{"x2", "g-x1", []string{"Europol", "Eurojust"}, true},
		{"x3", "g-x1", []string{"Europol", "Eurojust"}, false},
		{"x4", "", []string{"EPPO"}, true},
		{"x5", "", []string{"FRA"}, true},
		{"y1", "", []string{"Frontex"}, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("grouping mismatch (-want +got):\n%s", diff)
	}
	if g.Groups != 1 || g.Indexed != 4 || g.Documents != 6 {
		t.Errorf("counts: groups %d indexed %d documents %d", g.Groups, g.Indexed, g.Documents)
	}
}
