// Package ui owns the HTTP face of jhasearch: the routes, and the handlers
// of the JSON API, the server-rendered results and document pages, the
// Atom feed and the CSV and JSON exports. Reading a search request from an
// address and writing its permalink, which every endpoint shares, is
// package request's; what the pages show is package view's; the analyst
// views, from their parameters to their answers, are package analyst's,
// whose routes ui registers; what every answer shares, whatever it answers
// (JSON, error answers, panics), is package web's. Echo stays inside ui
// and its sub-packages, and nothing ui exports mentions an Echo type, so a
// move to another router stays inside this tree. It talks to the engine only through the
// Searcher interface and never touches the index itself.
package ui

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/analyst"
	"github.com/jhasearch/jhasearch/ui/view"
	"github.com/jhasearch/jhasearch/ui/web"
	"github.com/labstack/echo/v4"
)

// Config holds the settings of the HTTP layer. The zero value is usable.
type Config struct {
	// BaseURL is the public address of the site ("https://search.example"),
	// used for absolute links in the Atom feed. Empty: the feed derives it
	// from the request's Host.
	BaseURL string
	// ExportCap is the most rows a CSV or JSON export holds (default 1,000).
	ExportCap int
	// FeedSize is the number of entries in an Atom feed (default 50).
	FeedSize int
	// Labels returns a topic, system or country facet value (a concept's
	// English label) in language lang, for a request's lang preference;
	// nil shows the English labels only.
	Labels func(value, lang string) string
}

// Default limits, used where Config leaves a zero.
const (
	DefaultExportCap = 1000
	DefaultFeedSize  = 50
	maxExportCap     = 10000
)

// Validate reports a setting out of range. cmd calls it while reading its
// flags; New panics on a Config that fails it.
func (c Config) Validate() error {
	if c.ExportCap < 0 || c.ExportCap > maxExportCap {
		return fmt.Errorf("ui: export cap %d: must be between 1 and %d", c.ExportCap, maxExportCap)
	}
	if c.FeedSize < 0 || c.FeedSize > 100 {
		return fmt.Errorf("ui: feed size %d: must be between 1 and 100", c.FeedSize)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("ui: base url %q: must be an absolute http or https address", c.BaseURL)
		}
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.ExportCap == 0 {
		c.ExportCap = DefaultExportCap
	}
	if c.FeedSize == 0 {
		c.FeedSize = DefaultFeedSize
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	return c
}

// Server is the web application. Build it with New.
type Server struct {
	search Searcher
	cfg    Config
	log    *slog.Logger
	echo   *echo.Echo
	views  *view.Templates
	static *view.Static
	// analyst serves the analyst views (trends, terms, rising), computed
	// over search and cached per generation.
	analyst *analyst.Handlers
}

// New builds the application: it parses every template and hashes every
// static file once, so a broken template fails here and not on a request.
// Templates and static files are embedded in the binary, so such a failure
// is a programming error that every test of this package catches; New
// panics on it, as template.Must does, and on a Config that fails Validate.
func New(s Searcher, cfg Config, logger *slog.Logger) *Server {
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	static, err := view.LoadStatic(staticFS)
	if err != nil {
		panic(err)
	}
	views, err := view.ParseTemplates(templatesFS, static)
	if err != nil {
		panic(err)
	}
	srv := &Server{search: s, cfg: cfg.withDefaults(), log: logger, views: views, static: static}
	srv.analyst = &analyst.Handlers{Views: analytics.New(s), Ready: srv.ready, Render: srv.render,
		Hit: apiHitOf, CSVCell: csvCell, Log: logger}
	srv.echo = srv.newRouter()
	return srv
}

// Handler returns the whole application as an http.Handler; every answer
// carries the security headers (SecurityHeaders).
func (s *Server) Handler() http.Handler { return SecurityHeaders(web.HeadAsGet(s.echo)) }

// Handle registers an extra route (admin endpoints, metrics) served through
// the same security headers and error handling as the rest of the app.
// Register before serving; method is an HTTP method such as "GET".
func (s *Server) Handle(method, path string, h http.Handler) {
	s.echo.Add(method, path, echo.WrapHandler(h))
}

// Use wraps every route, including those added later with Handle, in a
// standard middleware. Call before serving. Inside the router an error
// answer is written after the middleware has returned, so a middleware
// that needs the final status (metrics, request logs) belongs around
// Handler() instead, as the ops layer is.
func (s *Server) Use(mw func(http.Handler) http.Handler) {
	s.echo.Use(echo.WrapMiddleware(mw))
}

func (s *Server) newRouter() *echo.Echo {
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.errors().Handle
	e.Use(web.Recover, web.WellFormedQuery)

	e.GET("/", s.handleHome)
	e.GET("/search", s.handleSearchPage)
	e.GET("/search.atom", s.handleFeed)
	e.GET("/search.csv", s.handleExportCSV)
	e.GET("/search.json", s.handleExportJSON)
	e.GET("/trends", s.analyst.HandleTrendsPage)
	e.GET("/documents/:id", s.handleDocumentPage)
	e.GET("/static/:name", s.handleStatic)

	api := e.Group("/api/v1")
	api.GET("/search", s.handleAPISearch)
	api.GET("/documents/:id", s.handleAPIDocument)
	api.GET("/documents/:id/related", s.handleAPIRelated)
	api.GET("/suggest", s.handleAPISuggest)
	api.GET("/stats", s.handleAPIStats)
	api.GET("/openapi.json", s.handleOpenAPI)
	api.GET("/trends", s.analyst.HandleAPITrends)
	api.GET("/trends.csv", s.analyst.HandleTrendsCSV)
	api.GET("/terms", s.analyst.HandleAPITerms)
	api.GET("/rising", s.analyst.HandleAPIRising)

	e.GET("/healthz", s.handleHealthz)
	e.GET("/readyz", s.handleReadyz)
	return e
}
