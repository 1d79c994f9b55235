package analyst

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/view"
)

// TrendChart is a line chart of a trend's series, drawn on the server as
// inline SVG so it needs neither script nor inline style. Each series has
// its own line pattern and marker shape as well as its colour, so that the
// lines stay apart in grey print and for people who do not tell the
// colours apart. Every point is a link to the search it counts.
type TrendChart struct {
	Width, Height int
	// Plot area.
	Left, Top, Right, Bottom int
	YTicks                   []ChartTick
	XTicks                   []ChartTick
	YLabel, XLabel           string
	Series                   []ChartSeries
	// Title and Desc name and describe the chart for screen readers.
	Title, Desc string
}

// ChartTick is a labelled mark on an axis.
type ChartTick struct {
	Pos   int // y for YTicks, x for XTicks
	Label string
}

// ChartSeries is one question of a trend: its line and its points.
type ChartSeries struct {
	Name  string
	Class string // s0…s5: colour, dash pattern and marker
	Path  string
	// Marker is the SVG path of the series' marker shape around (0,0).
	Marker string
	Points []ChartPoint
}

// ChartPoint is one period of a series, a link to the search it counts.
type ChartPoint struct {
	X, Y  int
	Href  string
	Title string
}

// The chart's geometry in SVG user units; CSS scales it to the width.
// The legend is HTML beneath it (trends.html), so that the plot takes the
// whole width on a phone.
const (
	chartW, chartH                = 640, 300
	plotLeft, plotTop, plotBottom = 68, 12, 250
	plotRight                     = 628
)

// seriesMarkers are the marker shapes of series 0–5, drawn around (0,0).
var seriesMarkers = []string{
	"M-3.5,0a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0", // circle
	"M-3.5,-3.5h7v7h-7z",                           // square
	"M0,-4.5L4,3.5H-4z",                            // triangle
	"M0,-4.5L4.5,0L0,4.5L-4.5,0z",                  // diamond
	"M-4,-4L4,4M4,-4L-4,4",                         // cross
	"M0,-4.5V4.5M-4.5,0H4.5",                       // plus
}

// SeriesName is how a query is named in the chart, the table and the CSV.
func SeriesName(q string) string {
	if q == "" {
		return "All releases"
	}
	return "“" + q + "”"
}

// NewTrendChart draws t; searches are its series' searches without
// dates (seriesSearch), one per series.
func NewTrendChart(t *analytics.Trends, searches []string) TrendChart {
	c := TrendChart{Width: chartW, Height: chartH, Left: plotLeft, Top: plotTop, Right: plotRight, Bottom: plotBottom}
	share := t.Normalize == analytics.Share
	c.YLabel = "Releases per " + string(t.Interval)
	if share {
		c.YLabel = "Share of the " + string(t.Interval) + "’s releases"
	}
	c.XLabel = string(t.Interval)
	most := 0.0
	for _, s := range t.Series {
		for _, v := range s.Values {
			most = math.Max(most, v)
		}
	}
	top, step := niceScale(most, share)
	for k := 0; float64(k)*step <= top+step/2; k++ {
		v := float64(k) * step
		c.YTicks = append(c.YTicks, ChartTick{Pos: c.y(v, top), Label: tickLabel(v, share)})
	}
	n := len(t.Periods)
	every := max(1, int(math.Ceil(float64(n)/8)))
	for i, p := range t.Periods {
		if i%every == 0 {
			c.XTicks = append(c.XTicks, ChartTick{Pos: c.x(i, n), Label: p.Label})
		}
	}
	var desc []string
	for k, s := range t.Series {
		cs := ChartSeries{Name: SeriesName(s.Query), Class: "s" + strconv.Itoa(k), Marker: seriesMarkers[k%len(seriesMarkers)]}
		var path strings.Builder
		for i, p := range t.Periods {
			pt := ChartPoint{X: c.x(i, n), Y: c.y(s.Values[i], top),
				Href:  PointSearch(searches[k], p),
				Title: fmt.Sprintf("%s, %s: %s", cs.Name, p.Label, valueText(s.Counts[i], s.Values[i], share))}
			if i == 0 {
				fmt.Fprintf(&path, "M%d,%d", pt.X, pt.Y)
			} else {
				fmt.Fprintf(&path, "L%d,%d", pt.X, pt.Y)
			}
			cs.Points = append(cs.Points, pt)
		}
		cs.Path = path.String()
		c.Series = append(c.Series, cs)
		d := fmt.Sprintf("%s: %s in all", cs.Name, view.Plural(s.Total, "release"))
		if s.Peak != nil {
			d += fmt.Sprintf(", most in %s (%s)", t.Periods[s.Peak.Period].Label, valueText(s.Peak.Count, s.Peak.Value, share))
		}
		desc = append(desc, d)
	}
	c.Title = fmt.Sprintf("%s, %s", c.YLabel, periodRange(t))
	c.Desc = strings.Join(desc, "; ") + ". The table below the chart gives every number."
	return c
}

func periodRange(t *analytics.Trends) string {
	if len(t.Periods) == 0 {
		return "no periods"
	}
	return fmt.Sprintf("%s to %s", t.Periods[0].Label, t.Periods[len(t.Periods)-1].Label)
}

func (c *TrendChart) x(i, n int) int {
	if n <= 1 {
		return (c.Left + c.Right) / 2
	}
	return c.Left + 8 + i*(c.Right-c.Left-16)/(n-1)
}

func (c *TrendChart) y(v, top float64) int {
	if top <= 0 {
		return c.Bottom
	}
	return c.Bottom - int(math.Round(v/top*float64(c.Bottom-c.Top)))
}

// niceScale returns the top of the value axis and its step: 1, 2 or 5
// times a power of ten, about five steps.
func niceScale(most float64, share bool) (top, step float64) {
	if most <= 0 {
		if share {
			return 1, 0.25
		}
		return 5, 1
	}
	raw := most / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if step = m * mag; raw <= step {
			break
		}
	}
	if !share && step < 1 {
		step = 1
	}
	return math.Ceil(most/step) * step, step
}

func tickLabel(v float64, share bool) string {
	if share {
		return strconv.FormatFloat(math.Round(v*1e6)/1e4, 'f', -1, 64) + " %"
	}
	return view.Thousands(int(math.Round(v)))
}

// valueText writes a point's value: the count, and the share when asked.
func valueText(count int, value float64, share bool) string {
	if share {
		return fmt.Sprintf("%s (%s)", view.Plural(count, "release"), view.Percent(value))
	}
	return view.Plural(count, "release")
}

// PointSearch is the search a point counts: its series' search within
// its period.
func PointSearch(series string, p analytics.Period) string {
	sep := "?"
	if strings.Contains(series, "?") {
		sep = "&"
	}
	return series + sep + "from=" + view.ISODate(p.Start) + "&to=" + view.ISODate(p.End)
}
