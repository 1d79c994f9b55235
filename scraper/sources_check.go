package scraper

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
)

// validate checks one entry and compiles what the crawler relies on. Its
// errors start with the key at fault; LoadSources adds file and source.
func (r rawSource) validate() (Source, error) {
	s := Source{Name: strings.TrimSpace(r.Name), Kind: r.Kind, Start: r.Start, Article: r.Article,
		Next: r.Next, Select: r.Select, DateLayout: r.DateLayout, Timezone: r.Timezone,
		StampZone: r.StampZone, Language: strings.ToLower(r.Language), AllowHosts: r.AllowHosts,
		TagLine: r.TagLine, API: r.API, Fetch: r.Fetch, Facets: r.Facets, hosts: map[string]bool{}, allow: map[string]bool{}}
	if s.Name == "" {
		return s, errors.New("name: required")
	}
	if err := s.checkKind(); err != nil {
		return s, err
	}
	if err := s.checkStart(); err != nil {
		return s, err
	}
	if err := s.checkPatterns(); err != nil {
		return s, err
	}
	if err := s.checkTime(r.Rate); err != nil {
		return s, err
	}
	for _, d := range []struct {
		key, raw string
		to       *time.Duration
	}{{"page_budget", r.PageBudget, &s.PageBudget}, {"host_budget", r.HostBudget, &s.HostBudget}} {
		if d.raw == "" {
			continue
		}
		v, err := time.ParseDuration(d.raw)
		if err != nil || v <= 0 {
			return s, fmt.Errorf("%s: %q is not a duration like 2m or 90s", d.key, d.raw)
		}
		*d.to = v
	}
	if err := s.checkFetch(r.Headers); err != nil {
		return s, err
	}
	if err := s.checkFacetRules(); err != nil {
		return s, err
	}
	for _, h := range s.AllowHosts {
		if h == "" || strings.ContainsAny(h, "/:@ ") {
			return s, fmt.Errorf("allow_hosts: %q is not a host name", h)
		}
		s.hosts[normHost(h)] = true
		s.allow[normHost(h)] = true
	}
	return s, nil
}

func (s *Source) checkKind() error {
	switch s.Kind {
	case KindHTML:
		if s.Next == "" {
			return errors.New("next: required for kind html (the CSS selector of the next-page link)")
		}
	case KindFeed, KindSitemap:
	case KindEuropol:
		if s.API == "" {
			s.API = "/cms/api/node"
		}
		if !strings.HasPrefix(s.API, "/") {
			return fmt.Errorf("api: %q must be a path starting with /", s.API)
		}
	case "":
		return errors.New("kind: required (html, feed, sitemap or europol)")
	default:
		return fmt.Errorf("kind: %q is not one of html, feed, sitemap, europol", s.Kind)
	}
	return nil
}

func (s *Source) checkStart() error {
	if len(s.Start) == 0 {
		return errors.New("start: required (one or more absolute URLs)")
	}
	for i, raw := range s.Start {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("start[%d]: %q is not an absolute http(s) URL", i, raw)
		}
		s.hosts[normHost(u.Hostname())] = true
	}
	return nil
}

func (s *Source) checkPatterns() error {
	if s.Article == "" {
		return errors.New("article: required (a Go regexp matched against absolute URLs)")
	}
	re, err := regexp.Compile(s.Article)
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	s.article = re
	sels := []struct{ key, sel string }{{"next", s.Next}, {"select.title", s.Select.Title},
		{"select.date", s.Select.Date}, {"select.summary", s.Select.Summary},
		{"select.body", s.Select.Body}, {"select.tags", s.Select.Tags}}
	for i, r := range s.Select.Remove {
		if r == "" {
			return fmt.Errorf("select.remove[%d]: empty selector", i)
		}
		sels = append(sels, struct{ key, sel string }{fmt.Sprintf("select.remove[%d]", i), r})
	}
	for _, c := range sels {
		if c.sel == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(c.sel); err != nil {
			return fmt.Errorf("%s: selector %q: %w", c.key, c.sel, err)
		}
	}
	return nil
}

func (s *Source) checkTime(rate string) error {
	var err error
	if s.loc, err = loadZone(s.Timezone); err != nil {
		return fmt.Errorf("timezone: %w", err)
	}
	s.stamp = s.loc
	if s.StampZone != "" {
		if s.stamp, err = loadZone(s.StampZone); err != nil {
			return fmt.Errorf("stamp_zone: %w", err)
		}
	}
	if s.DateLayout != "" {
		probe := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC).Format(s.DateLayout)
		if _, err := time.Parse(s.DateLayout, probe); err != nil || !strings.Contains(probe, "15") {
			return fmt.Errorf("date_layout: %q is not a Go time layout with a day (write it like 02/01/2006)", s.DateLayout)
		}
	}
	if rate != "" {
		if s.Rate, err = time.ParseDuration(rate); err != nil || s.Rate < 0 {
			return fmt.Errorf("rate: %q is not a duration like 1s or 500ms", rate)
		}
	}
	return nil
}

func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%q is not an IANA zone like Europe/Warsaw", name)
	}
	return loc, nil
}
