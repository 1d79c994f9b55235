package view

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// noYearLink stands for package ui's year links, which its tests check.
func noYearLink(int) (string, bool) { return "", false }

func TestTimeline(t *testing.T) {
	tl := NewTimeline([]jhasearch.FacetValue{{Value: "2024", Count: 40}, {Value: "2019", Count: 1}, {Value: "2021", Count: 20}}, noYearLink)
	var years []string
	for _, b := range tl.Bars {
		years = append(years, b.Year+":"+strconv.Itoa(b.Count)+":"+strconv.Itoa(b.H))
	}
	want := []string{"2019:1:2", "2020:0:0", "2021:20:50", "2022:0:0", "2023:0:0", "2024:40:100"}
	if diff := cmp.Diff(want, years); diff != "" {
		t.Errorf("bars (year:count:height) mismatch (-want +got):\n%s", diff)
	}
	if tl.Width != 6*(barWidth+barGap)-barGap {
		t.Errorf("width %d", tl.Width)
	}
	var many []jhasearch.FacetValue
	for y := 1990; y <= 2025; y++ {
		many = append(many, jhasearch.FacetValue{Value: strconv.Itoa(y), Count: 1})
	}
	labels := 0
	for _, b := range NewTimeline(many, noYearLink).Bars {
		if b.ShowLabel {
			labels++
		}
	}
	if labels != 8 { // 1990, 1995, … 2025
		t.Errorf("%d labels on 36 years, want 8", labels)
	}
	if got := NewTimeline(nil, noYearLink); len(got.Bars) != 0 {
		t.Errorf("no years, yet %d bars", len(got.Bars))
	}
}
