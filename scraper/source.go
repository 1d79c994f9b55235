package scraper

import (
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // zones for sources.yaml even where the system has none (distroless)

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/jhasearch/jhasearch"
)

// The kinds of source: how the crawler discovers a source's releases.
const (
	KindHTML    = "html"    // paged HTML listings followed by a next link
	KindFeed    = "feed"    // RSS 2.0 or Atom feeds
	KindSitemap = "sitemap" // sitemaps (urlset or sitemapindex)
	KindEuropol = "europol" // Europol's JSON node API, a linked list of releases
)

// How a source's listings and releases are loaded.
const (
	FetchHTTP    = "http"    // the page as the server sends it (the default)
	FetchBrowser = "browser" // the DOM headless Chromium renders from it, scripts run
)

// Selectors are the optional CSS selectors of a source; generic extraction
// fills in whatever they leave out.
type Selectors struct {
	Title   string   `yaml:"title"`
	Date    string   `yaml:"date"`
	Summary string   `yaml:"summary"`
	Body    string   `yaml:"body"`
	Tags    string   `yaml:"tags"`
	Remove  []string `yaml:"remove"`
}

// Source is one validated entry of the sources file. Build it with
// LoadSources or DefaultSources: they compile the patterns the crawler and
// Extract rely on.
type Source struct {
	// Name is the agency facet value.
	Name string
	Kind string
	// Start lists the absolute listing, feed, sitemap or (europol) feed URLs.
	Start []string
	// Article is the pattern an absolute URL matches when it is a release.
	Article string
	// Next selects the next-page link of an html listing.
	Next   string
	Select Selectors
	// DateLayout is a Go time layout tried before the built-in ones.
	DateLayout string
	// Timezone is the zone the agency dates its releases in; StampZone is
	// the zone in which dates with a time but no zone are stamped (eu-LISA's
	// legacy pages stamp local midnight in UTC). Both default to UTC and
	// StampZone defaults to Timezone.
	Timezone  string
	StampZone string
	// Language is the language when the page names none.
	Language string
	// Rate is the minimum gap between two requests to one host.
	Rate time.Duration
	// PageBudget and HostBudget, when set, replace Config.PageBudget and
	// Config.HostBudget for the source's pages and hosts.
	PageBudget, HostBudget time.Duration
	// AllowHosts are extra hosts the source may fetch from, loopback and
	// private addresses included.
	AllowHosts []string
	// TagLine says the body may end with a plain line of tags separated by
	// "; " (eu-LISA's legacy pages).
	TagLine bool
	// API is the path of Europol's node API (europol kind).
	API string
	// Fetch is FetchHTTP or FetchBrowser: a browser source's listings and
	// releases are rendered in headless Chromium (feeds and sitemaps are
	// read as sent).
	Fetch string
	// Facets are rules that give a release values of a facet of the
	// table (jhasearch.Facets, those with Scraped), by facet name: the
	// first rule of a facet that matches adds its value.
	Facets map[string][]FacetRule

	// headers are extra request headers (an access token or cookie the
	// agency grants), behind a pointer so that printing a Source shows an
	// address, never a value; HeaderNames lists their names.
	headers *secretHeaders

	article *regexp.Regexp
	loc     *time.Location
	stamp   *time.Location
	hosts   map[string]bool // start hosts and allow_hosts, without "www."
	allow   map[string]bool // allow_hosts only
}

// HeaderNames returns the names of the source's extra request headers,
// sorted; their values are secrets and never leave the crawler.
func (s Source) HeaderNames() []string {
	if s.headers == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(s.headers.h))
}

// secretHeaders holds a source's extra request headers.
type secretHeaders struct{ h http.Header }

// header returns the source's extra request headers, nil when none.
func (s Source) header() http.Header {
	if s.headers == nil {
		return nil
	}
	return s.headers.h
}

// NeedsBrowser reports whether the source is loaded in headless Chromium.
func (s Source) NeedsBrowser() bool {
	return s.Fetch == FetchBrowser
}

// Lookup finds the source with the given name, ignoring case.
func Lookup(sources []Source, name string) (Source, bool) {
	for _, s := range sources {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return Source{}, false
}

// IsArticle reports whether the absolute URL u is one of the source's releases.
func (s Source) IsArticle(u string) bool {
	return s.article != nil && s.article.MatchString(u)
}

// ownsHost reports whether the source may fetch from host (a hostname
// without port).
func (s Source) ownsHost(host string) bool {
	return s.hosts[normHost(host)]
}

// allowsPrivate reports whether host may resolve to a loopback or private
// address: only hosts named in allow_hosts may.
func (s Source) allowsPrivate(host string) bool {
	return s.allow[normHost(host)]
}

func normHost(h string) string {
	return strings.TrimPrefix(strings.ToLower(strings.TrimSuffix(h, ".")), "www.")
}

// ready reports whether s went through LoadSources.
func (s Source) ready() error {
	if s.article == nil || s.loc == nil {
		return fmt.Errorf("scraper: source %q was not loaded through LoadSources", s.Name)
	}
	return nil
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// FacetRule gives a release a value of a facet when it matches: its URL's
// path matches the regular expression URL, and, when Selector is set, the
// page holds an element Selector selects, whose text, when Text is set,
// contains Text (letter case aside). A rule has a URL, a Selector or both.
type FacetRule struct {
	URL      string `yaml:"url"`
	Selector string `yaml:"selector"`
	Text     string `yaml:"text"`
	Value    string `yaml:"value"`

	url *regexp.Regexp
	sel cascadia.Selector
}

// checkFacetRules validates and compiles the facet rules; errors name the
// facet and the rule (facets.type[2]).
func (s *Source) checkFacetRules() error {
	for _, name := range slices.Sorted(maps.Keys(s.Facets)) {
		f, ok := jhasearch.FacetNamed(name)
		if !ok || !f.Scraped || f.Set == nil {
			return fmt.Errorf("facets: %q is not a facet a source can give values (%s)", name, strings.Join(scrapedFacets(), ", "))
		}
		for i := range s.Facets[name] {
			if err := s.Facets[name][i].compile(f); err != nil {
				return fmt.Errorf("facets.%s[%d]: %w", name, i+1, err)
			}
		}
	}
	return nil
}

func (r *FacetRule) compile(f *jhasearch.Facet) error {
	var err error
	switch {
	case r.Value == "":
		return errors.New("value: required")
	case !f.Valid(r.Value):
		return fmt.Errorf("value %q is not one of %s", r.Value, strings.Join(f.ChoiceValues(), ", "))
	case r.URL == "" && r.Selector == "":
		return errors.New("a rule needs url (a Go regexp matched against the URL's path), selector (CSS) or both")
	case r.Text != "" && r.Selector == "":
		return errors.New("text: needs a selector whose element's text it is looked for in")
	}
	if r.URL != "" {
		if r.url, err = regexp.Compile(r.URL); err != nil {
			return fmt.Errorf("url: %w", err)
		}
	}
	if r.Selector != "" {
		if r.sel, err = cascadia.Compile(r.Selector); err != nil {
			return fmt.Errorf("selector %q: %w", r.Selector, err)
		}
	}
	return nil
}

// scrapedFacets names the facets a source's rules may give.
func scrapedFacets() []string {
	var out []string
	for _, f := range jhasearch.Facets {
		if f.Scraped && f.Set != nil {
			out = append(out, f.Name)
		}
	}
	return out
}

// matches reports whether the rule matches a release at path, whose page
// is d (nil for a release without a page: only URL rules can match).
func (r *FacetRule) matches(path string, d *goquery.Document) bool {
	if r.url != nil && !r.url.MatchString(path) {
		return false
	}
	if r.sel == nil {
		return true
	}
	if d == nil {
		return false
	}
	found := false
	d.FindMatcher(r.sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		found = r.Text == "" || strings.Contains(strings.ToLower(s.Text()), strings.ToLower(r.Text))
		return !found
	})
	return found
}

// applyFacetRules adds to doc the value of the first matching rule of each
// facet, unless the release has it already. d is the page, nil when the
// release came from an API.
func (s Source) applyFacetRules(doc *jhasearch.Document, d *goquery.Document) {
	path := doc.URL
	if u, err := url.Parse(doc.URL); err == nil {
		path = u.EscapedPath()
	}
	for name, rules := range s.Facets {
		f, _ := jhasearch.FacetNamed(name) // checked at load
		for i := range rules {
			if rules[i].matches(path, d) {
				if vals := f.Values(doc); !slices.Contains(vals, rules[i].Value) {
					f.Set(doc, append(slices.Clip(vals), rules[i].Value))
				}
				break
			}
		}
	}
}
