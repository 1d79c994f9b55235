package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
)

func TestSearchPageFacets(t *testing.T) {
	const query = "agency=Europol&tag=JHAA&topic=High-risk+criminal+networks"
	api := apiSearch(t, query)
	doc := page(t, "/search?"+query)
	for _, name := range []string{"agency", "tag", "topic", "system", "country", "language"} {
		var got []apiFacetValue
		checked := map[string]bool{}
		doc.Find(`fieldset[data-facet="` + name + `"] li`).Each(func(_ int, li *goquery.Selection) {
			box := li.Find(`input[type=checkbox]`)
			if n, _ := box.Attr("name"); n != name {
				t.Errorf("facet %s: checkbox named %q", name, n)
			}
			value, _ := box.Attr("value")
			id, _ := box.Attr("id")
			if li.Find(`label[for="`+id+`"]`).Length() != 1 {
				t.Errorf("facet %s: checkbox %q has no label", name, value)
			}
			n, err := strconv.Atoi(strings.ReplaceAll(li.Find(".count").Text(), ",", ""))
			if err != nil {
				t.Errorf("facet %s value %q: count %q", name, value, li.Find(".count").Text())
			}
			label := ""
			if name == "language" { // the page shows the API's label
				label = li.Find(".value").Text()
			}
			got = append(got, apiFacetValue{Value: value, Label: label, Count: n})
			checked[value] = box.Is(":checked")
		})
		// A facet without values is left out of the page.
		if diff := cmp.Diff(api.Facets[name], got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("facet %s: page and API differ (-api +page):\n%s", name, diff)
		}
		for value, on := range checked {
			want := (name == "agency" && value == "Europol") || (name == "tag" && value == "JHAA") ||
				(name == "topic" && value == "High-risk criminal networks")
			if on != want {
				t.Errorf("facet %s value %q: checked %v, want %v", name, value, on, want)
			}
		}
	}
	if got := doc.Find("h1.total").Text(); !strings.Contains(got, strconv.Itoa(api.Total)+" release") {
		t.Errorf("total heading %q does not show %d", got, api.Total)
	}
	if doc.Find(`form.searchpage[method=get][action="/search"] button[type=submit]`).Length() < 2 {
		t.Error("the filters are not a GET form with an Apply button")
	}
}

func TestSearchPageSnippet(t *testing.T) {
	doc := page(t, "/search?q=Eurodac")
	first := doc.Find("ol.hits > li.hit").First()
	if href, _ := first.Find("h3 a").Attr("href"); href != "/documents/"+eurodacID {
		t.Fatalf("first result links to %q, want /documents/%s", href, eurodacID)
	}
	marks := first.Find(".snippet mark")
	if marks.Length() == 0 || !strings.EqualFold(marks.First().Text(), "Eurodac") {
		t.Errorf("snippet marks %q, want Eurodac", marks.Text())
	}
	if first.Find(".snippet *").Not("mark").Length() != 0 {
		t.Errorf("snippet holds elements other than mark: %s", mustHTML(t, first.Find(".snippet")))
	}
	if got := first.Find(".agency").Text(); got != "eu-LISA" {
		t.Errorf("agency %q", got)
	}
	if got, _ := first.Find("time").Attr("datetime"); got != "2024-02-15" {
		t.Errorf("date %q", got)
	}
	if got := first.Find(".tags li").Length(); got != 3 {
		t.Errorf("%d tags shown, want 3", got)
	}
}

func TestSearchPageJointAgencies(t *testing.T) {
	doc := page(t, "/search?q=%22joint+cooperation+plan%22")
	hit := doc.Find("li.hit").First()
	var got []string
	hit.Find(".agency").Each(func(_ int, s *goquery.Selection) { got = append(got, s.Text()) })
	if len(got) != 3 {
		t.Errorf("joint release shows agencies %v, want all three", got)
	}
}

func TestSearchPagePagination(t *testing.T) {
	const base = "tag=JHAA&language=en&sort=oldest&size=2&from=2019-01-01"
	doc := page(t, "/search?"+base+"&page=2")
	want, err := request.Parse(mustQuery(t, base), request.SearchParams)
	if err != nil {
		t.Fatal(err)
	}
	links := map[string]int{}
	doc.Find("nav.pager a").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		u, err := url.Parse(href)
		if err != nil || u.Path != "/search" {
			t.Fatalf("pager link %q", href)
		}
		got, err := request.Parse(u.Query(), request.SearchParams)
		if err != nil {
			t.Fatalf("pager link %q: %v", href, err)
		}
		page := got.Page
		got.Page = 0
		w := want
		w.Page = 0
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("pager link %q loses state (-want +got):\n%s", href, diff)
		}
		label := strings.TrimSpace(a.Text())
		if rel, ok := a.Attr("rel"); ok {
			label = rel
		}
		links[label] = page
	})
	total := apiSearch(t, base).Total
	last := (total + 1) / 2
	if links["prev"] != 1 || links["next"] != 3 || links["1"] != 1 || links[strconv.Itoa(last)] != last {
		t.Errorf("pager links %v, want prev→1, next→3, 1 and last page %d", links, last)
	}
	if cur := doc.Find(`nav.pager a[aria-current=page]`).Text(); cur != "2" {
		t.Errorf("current page %q, want 2", cur)
	}
	if got := doc.Find("ol.hits").AttrOr("start", ""); got != "3" {
		t.Errorf("list starts at %q, want 3", got)
	}
}

func TestSearchPageTimeline(t *testing.T) {
	api := apiSearch(t, "q=")
	doc := page(t, "/search")
	bars := doc.Find("figure.timeline svg a.bar")
	if bars.Length() != len(api.Facets["year"]) {
		t.Fatalf("%d bars, want one per year with releases (%d)", bars.Length(), len(api.Facets["year"]))
	}
	tallest := 0
	bars.Each(func(_ int, a *goquery.Selection) {
		year := a.AttrOr("data-year", "")
		n := facetCount(api.Facets["year"], year)
		if a.AttrOr("data-count", "") != strconv.Itoa(n) {
			t.Errorf("bar %s: count %s, want %d", year, a.AttrOr("data-count", ""), n)
		}
		if want := "/search?from=" + year + "-01-01&to=" + year + "-12-31"; a.AttrOr("href", "") != want {
			t.Errorf("bar %s links to %q, want %q", year, a.AttrOr("href", ""), want)
		}
		if title := a.Find("title").Text(); !strings.HasPrefix(title, year+": ") || a.AttrOr("aria-label", "") != title {
			t.Errorf("bar %s: title %q, aria-label %q", year, title, a.AttrOr("aria-label", ""))
		}
		h, _ := strconv.Atoi(a.Find("rect.fill").AttrOr("height", ""))
		tallest = max(tallest, h)
	})
	if tallest != view.TallestBar {
		t.Errorf("tallest bar %d, want %d", tallest, view.TallestBar)
	}
	// A year's bar keeps the rest of the search.
	doc = page(t, "/search?agency=Europol")
	if href := doc.Find("svg a.bar").First().AttrOr("href", ""); !strings.Contains(href, "agency=Europol") {
		t.Errorf("bar link %q drops the agency filter", href)
	}
}

func TestSearchPageStates(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		doc := page(t, "/search?q=qqqzzzxxx")
		if got := doc.Find("h1.total").Text(); !strings.HasPrefix(got, "No releases found") {
			t.Errorf("heading %q", got)
		}
		if doc.Find(".results .empty").Length() == 0 || doc.Find("li.hit").Length() != 0 {
			t.Error("no empty-state advice, or results shown")
		}
	})
	t.Run("did you mean", func(t *testing.T) {
		api := apiSearch(t, "q=Eurodak")
		if api.Suggestion == "" {
			t.Skip("the engine offers no suggestion for Eurodak")
		}
		doc := page(t, "/search?q=Eurodak&agency=eu-LISA")
		a := doc.Find(".suggestion a")
		u, err := url.Parse(a.AttrOr("href", ""))
		if err != nil || u.Query().Get("q") != api.Suggestion || u.Query().Get("agency") != "eu-LISA" || a.Text() != api.Suggestion {
			t.Errorf("did-you-mean link %q (%q), want q=%s with the filter kept", a.AttrOr("href", ""), a.Text(), api.Suggestion)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		for _, tt := range invalidRequests {
			res, body := get(t, "/search?"+tt.query)
			if res.StatusCode != http.StatusBadRequest || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				t.Errorf("%s: status %d type %q, want a 400 page", tt.name, res.StatusCode, res.Header.Get("Content-Type"))
				continue
			}
			if msg := parseHTML(t, body).Find(".error .message").Text(); !strings.Contains(msg, tt.mention) {
				t.Errorf("%s: page message %q does not mention %q", tt.name, msg, tt.mention)
			}
		}
	})
	t.Run("not found", func(t *testing.T) {
		for _, target := range []string{"/documents/no-such-id", "/no/such/page"} {
			res, body := get(t, target)
			if res.StatusCode != http.StatusNotFound || parseHTML(t, body).Find(".error h1").Text() != "Not found" {
				t.Errorf("%s: status %d, want a 404 page", target, res.StatusCode)
			}
		}
	})
}

func TestDocumentPage(t *testing.T) {
	want := corpusDoc(t, eurodacID)
	doc := page(t, "/documents/"+eurodacID)
	if got := doc.Find("article h1").Text(); got != want.Title {
		t.Errorf("title %q", got)
	}
	if got := doc.Find("article .body p").Length(); got != len(view.Paragraphs(want.Body)) {
		t.Errorf("%d paragraphs, want %d", got, len(view.Paragraphs(want.Body)))
	}
	facts := doc.Find("dl.facts").Text()
	for _, s := range []string{want.Aliases[0], want.Credits[0], "1 June 2025"} {
		if !strings.Contains(facts, s) {
			t.Errorf("facts lack %q", s)
		}
	}
	if href := doc.Find(`dl.facts a[href="` + want.URL + `"]`).Length(); href != 1 {
		t.Errorf("no source link to %s", want.URL)
	}
	if doc.Find("section.related li.hit").Length() == 0 {
		t.Error("no related releases")
	}

	joint := page(t, "/documents/"+jointEulID)
	if n := joint.Find("section.joint li.hit").Length(); n != 2 {
		t.Errorf("%d joint-release partners, want 2", n)
	}
	if n := joint.Find("article .meta .agency").Length(); n != 3 {
		t.Errorf("%d agencies in the heading, want 3", n)
	}
}

func TestHomePage(t *testing.T) {
	doc := page(t, "/")
	api := apiSearch(t, "")
	var got []string
	doc.Find("ol.hits li.hit h3 a").Each(func(_ int, a *goquery.Selection) {
		got = append(got, strings.TrimPrefix(a.AttrOr("href", ""), "/documents/"))
	})
	if diff := cmp.Diff(ids(api.Hits), got); diff != "" {
		t.Errorf("home page newest releases mismatch (-want +got):\n%s", diff)
	}
	if doc.Find(`form[role=search][action="/search"] label[for=q]`).Length() != 1 || doc.Find("details.help").Length() != 1 {
		t.Error("no labelled search box with help")
	}
	if !strings.Contains(doc.Find("details.help").Text(), "title:") {
		t.Error("query help does not explain title:")
	}
}

// TestAccessibleFrame checks the landmarks and the skip link on each page.
func TestAccessibleFrame(t *testing.T) {
	for _, target := range []string{"/", "/search?q=visa", "/documents/" + eurodacID} {
		doc := page(t, target)
		if doc.Find(`a.skip[href="#main"]`).Length() != 1 || doc.Find("main#main").Length() != 1 {
			t.Errorf("%s: no skip link to main", target)
		}
		if doc.Find("header").Length() == 0 || doc.Find("footer").Length() == 0 || doc.Find("h1").Length() != 1 {
			t.Errorf("%s: landmarks or the single h1 missing", target)
		}
		doc.Find("input:not([type=hidden]), select").Each(func(_ int, in *goquery.Selection) {
			id := in.AttrOr("id", "")
			if id == "" || doc.Find(`label[for="`+id+`"]`).Length() == 0 {
				t.Errorf("%s: control %s without a label", target, mustHTML(t, in))
			}
		})
		if lang := doc.Find("html").AttrOr("lang", ""); lang != "en" {
			t.Errorf("%s: html lang %q", target, lang)
		}
	}
}

func mustQuery(t *testing.T, q string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustHTML(t *testing.T, s *goquery.Selection) string {
	t.Helper()
	h, err := goquery.OuterHtml(s)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSearchPageSortFollowsQuery checks that the sort menu's default entry
// submits no value: typing words after browsing (newest first) must give
// relevance, as if the person had come from the home page.
func TestSearchPageSortFollowsQuery(t *testing.T) {
	tests := []struct {
		target, selectedLabel, selectedValue string
	}{
		{"/search", "Newest first", ""},
		{"/search?q=fraud", "Relevance", ""},
		{"/search?q=fraud&sort=newest", "Newest first", "newest"},
		{"/search?sort=oldest", "Oldest first", "oldest"},
	}
	for _, tt := range tests {
		opt := page(t, tt.target).Find("select#sort option[selected]")
		if opt.Length() != 1 || opt.Text() != tt.selectedLabel || opt.AttrOr("value", "?") != tt.selectedValue {
			t.Errorf("%s: selected %q value %q, want %q value %q", tt.target, opt.Text(), opt.AttrOr("value", "?"), tt.selectedLabel, tt.selectedValue)
		}
	}
	// What the browsing form submits once words are typed.
	api := apiSearch(t, "q=fraud&sort=&from=&to=")
	rel := apiSearch(t, "q=fraud&sort=relevance")
	if diff := cmp.Diff(ids(rel.Hits), ids(api.Hits)); diff != "" {
		t.Errorf("empty sort with words is not relevance (-want +got):\n%s", diff)
	}
}

// issue 18: the page says how many releases have every word and how many
// more have some, and links the other matching strategy.
func TestSearchPageCountsAllAndSomeWords(t *testing.T) {
	var q string
	var res *jhasearch.SearchResult
	for _, c := range []string{"visa border", "visa fingerprints", "border smuggling", "asylum border", "drug border"} {
		r, err := testEngine.Search(context.Background(), jhasearch.SearchRequest{Query: c, Page: 1, Size: 10, Sort: jhasearch.SortRelevance})
		if err != nil {
			t.Fatal(err)
		}
		if r.AllWords > 0 && r.SomeWords > 0 {
			q, res = c, r
			break
		}
	}
	if res == nil {
		t.Fatal("the test corpus has no query here with releases that have all and some of its words; pick other words")
	}
	doc := page(t, "/search?q="+url.QueryEscape(q))
	want := fmt.Sprintf("%d releases have all your words; %d more", res.AllWords, res.SomeWords)
	if res.AllWords == 1 {
		want = fmt.Sprintf("1 release has all your words; %d more", res.SomeWords)
	}
	if got := strings.Join(strings.Fields(doc.Find("p.matching").Text()), " "); !strings.Contains(got, want) {
		t.Errorf("p.matching says %q; want it to contain %q", got, want)
	}
	if href := doc.Find("p.matching a").AttrOr("href", ""); !strings.Contains(href, "match=all") {
		t.Errorf("p.matching links %q; want the same search with match=all", href)
	}
	all := page(t, "/search?match=all&q="+url.QueryEscape(q))
	if all.Find("input#match[checked]").Length() != 1 {
		t.Error("match=all: the Every word box is not checked")
	}
	if got := strings.TrimSpace(all.Find("h1").Text()); !strings.Contains(got, fmt.Sprint(res.AllWords)) {
		t.Errorf("match=all: heading %q does not count the %d releases with every word", got, res.AllWords)
	}
}
