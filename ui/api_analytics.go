package ui

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/labstack/echo/v4"
)

// The analyst views' endpoints: /api/v1/trends (and its CSV),
// /api/v1/terms and /api/v1/rising. The answers come from package
// analytics; this file parses their parameters and writes their JSON.

var (
	trendsParams = withFilters("from", "to", "interval", "normalize", "format")
	termsParams  = withFilters("from", "to", "background", "size")
	risingParams = []string{"at"}
)

// without returns v without the named parameters.
func without(v url.Values, names ...string) url.Values {
	out := url.Values{}
	for k, vals := range v {
		if !contains(names, k) {
			out[k] = vals
		}
	}
	return out
}

// choice reads a parameter that takes one of a few words; absent or
// empty is the first.
func choice(v url.Values, name string, words ...string) (string, error) {
	s := v.Get(name)
	if s == "" {
		return words[0], nil
	}
	if slices.Contains(words, s) {
		return s, nil
	}
	return "", invalidf("Parameter %s is %q; it must be %s or %s.", name, clip(s),
		strings.Join(words[:len(words)-1], ", "), words[len(words)-1])
}

// parseTrendsRequest reads a trend: up to six q (each may be empty), the
// filters of a search, interval and normalize.
func parseTrendsRequest(v url.Values) (analytics.TrendsRequest, error) {
	var r analytics.TrendsRequest
	if err := checkKnown(v, trendsParams); err != nil {
		return r, err
	}
	if err := checkUTF8(v, trendsParams); err != nil {
		return r, err
	}
	for _, name := range []string{"interval", "normalize", "format"} {
		if len(v[name]) > 1 {
			return r, invalidf("Parameter %s is given %d times; give it at most once.", name, len(v[name]))
		}
	}
	if n := len(without(v, "interval", "normalize", "format").Encode()); n > maxTrendAddressBytes {
		return r, invalidf("The questions and filters of this trend take %s bytes in its address, more than the %s bytes a trend takes. Ask fewer or shorter questions, or choose fewer filters.",
			thousands(n), thousands(maxTrendAddressBytes))
	}
	var err error
	if r.Filters, err = parseSearchRequest(without(v, "q", "interval", "normalize", "format"), feedParams); err != nil {
		return r, err
	}
	if n := len(v["q"]); n > analytics.MaxSeries {
		return r, invalidf("Parameter q is given %d times; a trend compares at most %d queries.", n, analytics.MaxSeries)
	}
	for _, q := range v["q"] {
		one, err := parseSearchRequest(url.Values{"q": {q}}, []string{"q"})
		if err != nil {
			return r, err
		}
		r.Queries = append(r.Queries, one.Query)
	}
	iv, err := choice(v, "interval", string(analytics.Year), string(analytics.Month), string(analytics.Week))
	if err != nil {
		return r, err
	}
	norm, err := choice(v, "normalize", string(analytics.Count), string(analytics.Share))
	r.Interval, r.Normalize = analytics.Interval(iv), analytics.Normalize(norm)
	return r, err
}

type apiTrends struct {
	Interval  string `json:"interval"`
	Normalize string `json:"normalize"`
	// Limited is set when from was absent and the archive spans more
	// periods than a trend has: these are the last ones.
	Limited bool        `json:"limited"`
	Periods []apiPeriod `json:"periods"`
	Series  []apiSeries `json:"series"`
}

type apiPeriod struct {
	Label string `json:"label"`
	Start string `json:"start"`
	End   string `json:"end"`
	// Total is the releases matching the filters alone: what share divides by.
	Total int `json:"total"`
}

type apiSeries struct {
	Query string `json:"q"`
	// Search is the series' search without dates: a point's search adds
	// its period's from and to (pointSearch).
	Search string     `json:"search"`
	Total  int        `json:"total"`
	Points []apiPoint `json:"points"`
	Peak   *apiPeak   `json:"peak"`
}

// apiPoint is a series' number in the period of the same index. It holds
// no address of its own, so that an answer grows with its points and not
// with its points times its filters.
type apiPoint struct {
	Count int     `json:"count"`
	Value float64 `json:"value"`
}

type apiPeak struct {
	Period string  `json:"period"`
	Count  int     `json:"count"`
	Value  float64 `json:"value"`
	Top    *apiHit `json:"top"`
}

func toAPITrends(r analytics.TrendsRequest, t *analytics.Trends) apiTrends {
	out := apiTrends{Interval: string(t.Interval), Normalize: string(t.Normalize), Limited: t.Limited, Periods: []apiPeriod{}, Series: []apiSeries{}}
	for i, p := range t.Periods {
		out.Periods = append(out.Periods, apiPeriod{Label: p.Label, Start: formatDate(p.Start), End: formatDate(p.End), Total: t.Totals[i]})
	}
	for _, s := range t.Series {
		as := apiSeries{Query: s.Query, Search: seriesSearch(r, s.Query), Total: s.Total, Points: []apiPoint{}}
		for i := range t.Periods {
			as.Points = append(as.Points, apiPoint{Count: s.Counts[i], Value: s.Values[i]})
		}
		if s.Peak != nil {
			as.Peak = &apiPeak{Period: t.Periods[s.Peak.Period].Label, Count: s.Peak.Count, Value: s.Peak.Value}
			if s.Peak.Top != nil {
				h := toAPIHit(*s.Peak.Top)
				as.Peak.Top = &h
			}
		}
		out.Series = append(out.Series, as)
	}
	return out
}

func (s *Server) trends(c echo.Context) (analytics.TrendsRequest, *analytics.Trends, error) {
	r, err := parseTrendsRequest(c.QueryParams())
	if err != nil {
		return r, nil, err
	}
	if !s.search.Ready() {
		return r, nil, unavailable()
	}
	t, err := s.analyst.Trends(c.Request().Context(), r)
	return r, t, err
}

// handleAPITrends answers /api/v1/trends: JSON, or the CSV with
// format=csv.
func (s *Server) handleAPITrends(c echo.Context) error {
	switch f := c.QueryParam("format"); f {
	case "", "json":
	case "csv":
		return s.handleTrendsCSV(c)
	default:
		return invalidf("Parameter format is %q; it must be json or csv.", clip(f))
	}
	r, t, err := s.trends(c)
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusOK, toAPITrends(r, t))
}

// seriesSearch is the search of one question of a trend over its filters,
// without dates.
func seriesSearch(r analytics.TrendsRequest, q string) string {
	return searchURL("/search", r.PeriodRequest(q, analytics.Period{}))
}

// pointSearch is the search a point counts: its series' search within
// its period.
func pointSearch(series string, p analytics.Period) string {
	sep := "?"
	if strings.Contains(series, "?") {
		sep = "&"
	}
	return series + sep + "from=" + formatDate(p.Start) + "&to=" + formatDate(p.End)
}

// trendsCSVHeader names the columns of the trends CSV: one row per query
// and period, every series in one file. A row's search is the JSON
// answer's series search with the row's start and end as from and to.
var trendsCSVHeader = []string{"q", "period", "start", "end", "count", "total", "share"}

func (s *Server) handleTrendsCSV(c echo.Context) error {
	if f := c.QueryParam("format"); f != "" && f != "csv" {
		return invalidf("Parameter format is %q; /api/v1/trends.csv is CSV.", clip(f))
	}
	_, t, err := s.trends(c)
	if err != nil {
		return err
	}
	// The rows are written as they are made: the answer is bounded
	// (analytics.MaxPoints), but there is no need to hold it twice.
	h := c.Response().Header()
	h.Set("Content-Disposition", `attachment; filename="jhasearch-trends.csv"`)
	h.Set(echo.HeaderContentType, "text/csv; charset=utf-8")
	c.Response().WriteHeader(http.StatusOK)
	w := csv.NewWriter(c.Response())
	if err := w.Write(trendsCSVHeader); err != nil {
		return fmt.Errorf("ui: write trends csv: %w", err)
	}
	for _, sr := range t.Series {
		for i, p := range t.Periods {
			share := 0.0
			if t.Totals[i] > 0 {
				share = float64(sr.Counts[i]) / float64(t.Totals[i])
			}
			row := []string{csvCell(sr.Query), p.Label, formatDate(p.Start), formatDate(p.End), strconv.Itoa(sr.Counts[i]),
				strconv.Itoa(t.Totals[i]), strconv.FormatFloat(share, 'f', 6, 64)}
			if err := w.Write(row); err != nil {
				return fmt.Errorf("ui: write trends csv: %w", err)
			}
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("ui: write trends csv: %w", err)
	}
	return nil
}

// parseTermsRequest reads the parameters of /api/v1/terms.
func parseTermsRequest(v url.Values) (analytics.TermsRequest, error) {
	var r analytics.TermsRequest
	if err := checkKnown(v, termsParams); err != nil {
		return r, err
	}
	for _, name := range []string{"background", "size"} {
		if len(v[name]) > 1 {
			return r, invalidf("Parameter %s is given %d times; give it at most once.", name, len(v[name]))
		}
	}
	var err error
	if r.Search, err = parseSearchRequest(without(v, "background", "size"), feedParams); err != nil {
		return r, err
	}
	bg, err := choice(v, "background", string(analytics.Archive), string(analytics.Filters))
	if err != nil {
		return r, err
	}
	r.Background = analytics.Background(bg)
	r.Size, err = parseInt(v, "size", analytics.DefaultTerms, 1, analytics.MaxTerms)
	return r, err
}

type apiTerms struct {
	Results        int       `json:"results"`
	Sample         int       `json:"sample"`
	Background     string    `json:"background"`
	BackgroundSize int       `json:"background_size"`
	Terms          []apiTerm `json:"terms"`
}

type apiTerm struct {
	Term       string  `json:"term"`
	Phrase     bool    `json:"phrase"`
	Results    int     `json:"results"`
	Background int     `json:"background"`
	Score      float64 `json:"score"`
	Search     string  `json:"search"`
}

// refine is the search req narrowed to the releases that hold a term.
// Like analytics.Terms, it asks for every word: the releases with some of
// them would not be narrowed by one more.
func refine(req jhasearch.SearchRequest, t analytics.Term) jhasearch.SearchRequest {
	r := filterOnly(req, false)
	r.Match = jhasearch.MatchAll
	if r.Query == "" {
		r.Query = t.Query
	} else {
		r.Query += " " + t.Query
	}
	return r
}

func (s *Server) handleAPITerms(c echo.Context) error {
	r, err := parseTermsRequest(c.QueryParams())
	if err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	t, err := s.analyst.Terms(c.Request().Context(), r)
	if err != nil {
		return err
	}
	out := apiTerms{Results: t.Results, Sample: t.Sample, Background: string(t.Background), BackgroundSize: t.BackgroundSize, Terms: []apiTerm{}}
	for _, tm := range t.Terms {
		out.Terms = append(out.Terms, apiTerm{Term: tm.Text, Phrase: tm.Phrase, Results: tm.Results, Background: tm.Background,
			Score: tm.Score, Search: searchURL("/search", refine(r.Search, tm))})
	}
	return writeJSON(c, http.StatusOK, out)
}

// parseRisingRequest reads at, a date; absent is today.
func parseRisingRequest(v url.Values) (analytics.RisingRequest, error) {
	var r analytics.RisingRequest
	if err := checkKnown(v, risingParams); err != nil {
		return r, err
	}
	at, err := single(v, "at")
	if err != nil || at == "" {
		return r, err
	}
	t, err := time.Parse(jhasearch.DateLayout, at)
	if err != nil || t.Year() < 1000 {
		return r, invalidf("Parameter at is %q; it must be a date written YYYY-MM-DD.", clip(at))
	}
	r.At = t
	return r, nil
}

type apiRising struct {
	At           string      `json:"at"`
	From         string      `json:"from"`
	BaselineFrom string      `json:"baseline_from"`
	BaselineTo   string      `json:"baseline_to"`
	Anchored     bool        `json:"anchored"`
	Releases     int         `json:"releases"`
	Agencies     []apiChange `json:"agencies"`
	Topics       []apiChange `json:"topics"`
	Systems      []apiChange `json:"systems"`
	Countries    []apiChange `json:"countries"`
}

type apiChange struct {
	Value    string  `json:"value"`
	Count    int     `json:"count"`
	Baseline int     `json:"baseline"`
	Expected float64 `json:"expected"`
	Score    float64 `json:"score"`
	Search   string  `json:"search"`
}

func toAPIRising(r *analytics.Rising) apiRising {
	out := apiRising{At: formatDate(r.At), From: formatDate(r.From), BaselineFrom: formatDate(r.BaselineFrom),
		BaselineTo: formatDate(r.BaselineTo), Anchored: r.Anchored, Releases: r.Releases}
	for _, g := range []struct {
		facet string
		in    []analytics.Change
		out   *[]apiChange
	}{{jhasearch.FacetAgency, r.Agencies, &out.Agencies}, {jhasearch.FacetTopic, r.Topics, &out.Topics},
		{jhasearch.FacetSystem, r.Systems, &out.Systems}, {jhasearch.FacetCountry, r.Countries, &out.Countries}} {
		*g.out = []apiChange{}
		for _, ch := range g.in {
			*g.out = append(*g.out, apiChange{Value: ch.Value, Count: ch.Count, Baseline: ch.Baseline,
				Expected: round2(ch.Expected), Score: ch.Score, Search: searchURL("/search", r.Window(g.facet, ch.Value))})
		}
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func (s *Server) handleAPIRising(c echo.Context) error {
	r, err := parseRisingRequest(c.QueryParams())
	if err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	out, err := s.analyst.Rising(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusOK, toAPIRising(out))
}

// maxTrendAddressBytes bounds a trend's questions and filters, as they are
// written in the address of each point's search.
const maxTrendAddressBytes = 2048
