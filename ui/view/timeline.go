package view

import (
	"fmt"
	"strconv"

	"github.com/jhasearch/jhasearch"
)

// Timeline is a bar chart of matching releases per year, drawn on the
// server as inline SVG so it needs neither script nor inline style. Every
// bar is a link to the same search limited to its year.
type Timeline struct {
	Width, Height int
	Bars          []Bar
	// Summary describes the chart for screen readers.
	Summary string
}

// Bar is one year of a Timeline.
type Bar struct {
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
	barWidth   = 24
	barGap     = 6
	labelSpace = 18
	maxYears   = 80
)

// TallestBar is the height of the busiest year's bar.
const TallestBar = 100

// YearLink writes the address of the search limited to one year, and says
// whether the search is limited to that year already.
type YearLink func(year int) (href string, current bool)

// NewTimeline draws one bar per year from the oldest to the newest year
// with a match; years without a match get an empty slot, so the gaps show.
func NewTimeline(years []jhasearch.FacetValue, link YearLink) Timeline {
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
		return Timeline{}
	}
	lo = max(lo, hi-maxYears+1)
	n := hi - lo + 1
	// Label every year when there is room, else every fifth.
	every := 1
	if n > 16 {
		every = 5
	}
	t := Timeline{Width: n*(barWidth+barGap) - barGap, Height: TallestBar + labelSpace}
	for i := 0; i < n; i++ {
		y := lo + i
		t.Bars = append(t.Bars, newBar(link, i, y, counts[y], most, i%every == 0 || i == n-1))
	}
	t.Summary = fmt.Sprintf("Matching releases per year, %d to %d; the busiest year has %s.", lo, hi, Plural(most, "release"))
	return t
}

func newBar(link YearLink, i, year, count, most int, label bool) Bar {
	h := 0
	if count > 0 {
		// At least 2 units high, so a year with one release stays visible.
		h = max(2, count*TallestBar/most)
	}
	x := i * (barWidth + barGap)
	href, current := link(year)
	return Bar{
		X: x, Y: TallestBar - h, W: barWidth, H: h,
		LabelX: x + barWidth/2, LabelY: TallestBar + labelSpace - 4, ShowLabel: label,
		Year: strconv.Itoa(year), Count: count, Href: href,
		Title: fmt.Sprintf("%d: %s", year, Plural(count, "release")), Current: current,
	}
}
