package ui

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/analyst"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
	"github.com/labstack/echo/v4"
)

// homeSize is how many of the newest releases the home page shows.
const homeSize = 10

// handleHome shows the search box and the newest releases.
// It takes no parameters and ignores any (a shared link may carry a
// tracker's); the search page, which has parameters to misspell, refuses
// unknown ones.
func (s *Server) handleHome(c echo.Context) error {
	if !s.search.Ready() {
		return unavailable()
	}
	ctx := c.Request().Context()
	req := jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 1, Size: homeSize}
	res, err := s.search.Search(ctx, req)
	if err != nil {
		return err
	}
	p := homePage{
		layout: layout{Title: "Search the JHA agencies' press releases", HideTopSearch: true,
			FeedURL: "/search.atom"},
		Form: newFormView(req), Total: res.Total,
	}
	for _, h := range res.Hits {
		p.Newest = append(p.Newest, view.NewHit(h))
	}
	if st, err := s.search.Stats(ctx); err == nil {
		p.Stats = view.Stats{Agencies: len(st.Agencies),
			Oldest: view.HumanDate(st.Oldest), Newest: view.HumanDate(st.Newest)}
	} else {
		// The page is useful without the figures; log and go on.
		s.log.Warn("ui: stats for the home page", "err", err)
	}
	if r, err := s.analyst.Views.Rising(ctx, analytics.RisingRequest{}); err == nil {
		p.Rising = analyst.NewRising(r, resultsLink)
	} else {
		s.log.Warn("ui: what is rising, for the home page", "err", err)
	}
	return s.render(c, http.StatusOK, "home", p)
}

// handleSearchPage renders the results page from the same parameters, and
// through the same parser, as /api/v1/search.
func (s *Server) handleSearchPage(c echo.Context) error {
	req, res, err := s.runSearch(c, request.WithoutTracking(c.QueryParams()), request.SearchParams)
	if err != nil {
		return err
	}
	p := s.newSearchPage(req, res)
	p.Terms = s.analyst.PageTerms(c, req, res)
	return s.render(c, http.StatusOK, "search", p)
}

func (s *Server) newSearchPage(req jhasearch.SearchRequest, res *jhasearch.SearchResult) searchPage {
	title := "All releases"
	if req.Query != "" {
		title = fmt.Sprintf("%s – search", req.Query)
	}
	p := searchPage{
		layout: layout{Title: title, Query: req.Query, HideTopSearch: true,
			FeedURL: request.URL("/search.atom", request.FilterOnly(req, false))},
		Form:      newFormView(req),
		Total:     res.Total,
		Versions:  res.Versions,
		Facets:    facetGroups(req, res.Facets, s.cfg.Labels),
		Years:     yearLinks(req, res.Facets[jhasearch.FacetYear]),
		Timeline:  view.NewTimeline(res.Facets[jhasearch.FacetYear], timelineYears(req)),
		Pager:     view.NewPager(req, res, resultsLink),
		ClearURL:  request.URL("/search", jhasearch.SearchRequest{Query: req.Query}),
		CSVURL:    request.URL("/search.csv", request.FilterOnly(req, true)),
		JSONURL:   request.URL("/search.json", request.FilterOnly(req, true)),
		TrendsURL: analyst.TrendsURL(req),
		ExportCap: s.cfg.ExportCap,
		TookMS:    fmt.Sprintf("%.1f", float64(res.Took.Microseconds())/1000),
	}
	for _, h := range res.Hits {
		p.Hits = append(p.Hits, view.NewHit(h))
	}
	if res.SomeWords > 0 {
		other := request.WithPage(req, 1)
		other.Match = jhasearch.MatchAll
		if req.Match == jhasearch.MatchAll {
			other.Match = ""
		}
		p.AllWords, p.SomeWords, p.MatchURL = res.AllWords, res.SomeWords, request.URL("/search", other)
	}
	if len(p.Hits) > 0 && req.Cursor == "" {
		p.First = (req.Page-1)*req.Size + 1
		p.Last = p.First + len(p.Hits) - 1
	}
	if res.Suggestion != "" && res.Suggestion != req.Query {
		p.Suggestion = res.Suggestion
		alt := request.WithPage(req, 1)
		alt.Query = res.Suggestion
		if req.Sort == request.DefaultSort(req.Query) {
			alt.Sort = request.DefaultSort(alt.Query)
		}
		p.SuggestURL = request.URL("/search", alt)
	}
	return p
}

// handleDocumentPage shows one release in full, with its joint-release
// partners and related releases.
// Like the home page it ignores query parameters.
func (s *Server) handleDocumentPage(c echo.Context) error {
	id := c.Param("id")
	doc, group, err := s.documentWithGroup(c, id)
	if err != nil {
		return err
	}
	p := view.DocumentPage{
		Layout: layout{Title: view.DisplayTitle(doc.Title)},
		Doc:    view.DocumentHit(*doc), URL: doc.URL, Paragraphs: view.Paragraphs(doc.Body),
		Aliases: doc.Aliases, Credits: doc.Credits, FetchedAt: view.HumanDate(doc.FetchedAt),
		APIURL: "/api/v1/documents/" + url.PathEscape(doc.ID),
	}
	p.Doc.Agencies = groupAgencies(*doc, group)
	for _, g := range group {
		p.Joint = append(p.Joint, view.DocumentHit(g))
	}
	related, err := s.search.Related(c.Request().Context(), id, 5)
	if err != nil {
		// Related releases are a courtesy; the document stands without them.
		s.log.Warn("ui: related releases", "id", id, "err", err)
	}
	for _, h := range related {
		p.Related = append(p.Related, view.NewHit(h))
	}
	return s.render(c, http.StatusOK, "document", p)
}
