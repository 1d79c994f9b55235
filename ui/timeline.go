package ui

import (
	"fmt"
	"strconv"

	"github.com/jhasearch/jhasearch"
)

// timeline is a bar chart of matching releases per year, drawn on the
// server as inline SVG so it needs neither script nor inline style. Every
// bar is a link to the same search limited to its year.
type timeline struct {
	Width, Height int
	Bars          []bar
	// Summary describes the chart for screen readers.
	Summary string
}

type bar struct {
	X, Y, W, H int
	// LabelX and LabelY place the year under the bar.
	LabelX, LabelY int
	ShowLabel      bool
	Year           string
	Count          int
	Href           string
	Title          string
	Current        bool
}

// Geometry of the chart in SVG user units; CSS scales it to the width.
const (
	barWidth    = 24
	barGap      = 6
	chartHeight = 100
	labelSpace  = 18
	maxYears    = 80
)

// newTimeline draws one bar per year from the oldest to the newest year
// with a match; years without a match get an empty slot, so the gaps show.
func newTimeline(req jhasearch.SearchRequest, years []jhasearch.FacetValue) timeline {
	counts := map[int]int{}
	lo, hi, most := 0, 0, 0
	for _, v := range years {
		y, err := strconv.Atoi(v.Value)
		if err != nil || v.Count <= 0 {
			continue
		}
		counts[y] = v.Count
		if lo == 0 || y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
		most = max(most, v.Count)
	}
	if len(counts) == 0 {
		return timeline{}
	}
	lo = max(lo, hi-maxYears+1)
	n := hi - lo + 1
	// Label every year when there is room, else every fifth.
	every := 1
	if n > 16 {
		every = 5
	}
	t := timeline{Width: n*(barWidth+barGap) - barGap, Height: chartHeight + labelSpace}
	for i := 0; i < n; i++ {
		y := lo + i
		t.Bars = append(t.Bars, newBar(req, i, y, counts[y], most, i%every == 0 || i == n-1))
	}
	t.Summary = fmt.Sprintf("Matching releases per year, %d to %d; the busiest year has %s.", lo, hi, plural(most, "release"))
	return t
}

func newBar(req jhasearch.SearchRequest, i, year, count, most int, label bool) bar {
	h := 0
	if count > 0 {
		// At least 2 units high, so a year with one release stays visible.
		h = max(2, count*chartHeight/most)
	}
	x := i * (barWidth + barGap)
	return bar{
		X: x, Y: chartHeight - h, W: barWidth, H: h,
		LabelX: x + barWidth/2, LabelY: chartHeight + labelSpace - 4, ShowLabel: label,
		Year: strconv.Itoa(year), Count: count, Href: yearURL(req, year),
		Title: fmt.Sprintf("%d: %s", year, plural(count, "release")), Current: isYear(req, year),
	}
}

// plural writes "1 release", "2 releases", "1,204 releases".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}
