package demosite

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The CEPOL newsroom of the demo is built by JavaScript, as the real one
// is: every page the server sends is an empty shell and one script. The
// listing script asks a JSON API for the cards; a release page carries its
// release as inline JSON data that the script turns into the article. A
// crawler that runs no script finds no text at all, so the scraper reads
// this newsroom only with fetch: browser (see ScriptSources).

// scriptPageSize is the number of cards on one listing page.
const scriptPageSize = 4

// scriptReleases are CEPOL's releases, newest first, written for this
// package.
var scriptReleases = []Release{
	scriptRelease("online-course-on-financial-investigations-opens", "Online course on financial investigations opens for enrolment", "2026-10-12",
		"Investigators and prosecutors can enrol until the end of the month in a six-week online course on following the money.",
		[]string{"The course walks participants through tracing assets across borders, from bank records to crypto-asset exchanges.",
			"Each week ends with a case exercise prepared by practitioners from three national financial intelligence units.",
			"Places are shared between member states so that every country can send at least two participants."},
		[]string{"Online learning", "Financial investigations"}),
	scriptRelease("exchange-programme-reaches-new-record", "Exchange programme reaches a new record of placements", "2026-07-03",
		"More police officers than ever spent time with colleagues in another country through the exchange programme this year.",
		[]string{"Officers from every member state took part in short placements hosted by police services, border guards and customs.",
			"Participants said that working side by side with foreign colleagues made later cooperation on real cases faster."},
		[]string{"Exchange programme"}),
	scriptRelease("residential-course-on-hate-crime", "Residential course on recognising hate crime held in Budapest", "2026-04-21",
		"Thirty trainers from national police academies met for a week to prepare lessons on recording and investigating hate crime.",
		[]string{"The course covered how to recognise a bias motive, how to talk to victims and how to record the motive so that it reaches court.",
			"The trainers will pass the material on to first-line officers in their own countries within a year."},
		[]string{"Residential course", "Fundamental rights"}),
	scriptRelease("threat-assessment-guides-training-plans", "Training needs assessment guides next year's courses", "2026-01-27",
		"A survey of law enforcement services across the Union sets the priorities for next year's training catalogue.",
		[]string{"Cybercrime, document fraud and the protection of children online top the list of subjects services ask for.",
			"The catalogue will add more short online modules, which officers can follow between shifts."},
		[]string{"Training needs", "Cybercrime"}),
	scriptRelease("webinar-series-on-drug-markets", "Webinar series looks at changing drug markets", "2025-11-05",
		"A series of five webinars explains how synthetic drugs and online sales are changing the work of drug investigators.",
		[]string{"Speakers from forensic laboratories describe how new substances are identified and reported.",
			"The recordings stay available to registered users of the learning platform."},
		[]string{"Webinar", "Drugs"}),
	scriptRelease("joint-training-with-border-agency", "Joint training prepares officers for large border operations", "2025-06-16",
		"Officers who will lead joint operations at the external borders trained together on command, coordination and fundamental rights.",
		[]string{"The exercise simulated the first days of an operation, from the arrival of teams to the first daily report.",
			"Trainers from both agencies assessed each group and will adapt the course before its next run."},
		[]string{"Joint training", "Border management"}),
}

func scriptRelease(slug, title, date, summary string, paras, tags []string) Release {
	day, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic("demosite: bad date " + date)
	}
	return Release{Agency: "CEPOL", Slug: slug, Path: "/cepol/newsroom/news/" + slug, Title: title,
		Published: day, Summary: summary, Paragraphs: paras, Tags: tags}
}

// ScriptReleases returns the releases of the newsroom built by JavaScript,
// newest first. They are not among Releases: only a crawler that runs the
// pages' scripts can read them. The slice is a copy.
func ScriptReleases() []Release {
	out := make([]Release, len(scriptReleases))
	for i, r := range scriptReleases {
		r.Paragraphs = append([]string(nil), r.Paragraphs...)
		r.Tags = append([]string(nil), r.Tags...)
		out[i] = r
	}
	return out
}

// ScriptSources returns the sources file (YAML) for the newsroom built by
// JavaScript on a Handler served at baseURL: the CEPOL source, with
// fetch: browser. Sources and ScriptSources together are the whole demo.
func ScriptSources(baseURL string) []byte {
	base := strings.TrimRight(baseURL, "/")
	host := ""
	if u, err := url.Parse(base); err == nil {
		host = u.Hostname()
	}
	return fmt.Appendf(nil, `# The demo newsroom built by JavaScript (internal/demosite).
sources:
  - name: CEPOL
    kind: html
    fetch: browser
    start:
      - %s
    article: '/cepol/newsroom/news/[a-z0-9-]+$'
    next: 'a[rel=next]'
    select:
      title: 'main h1'
      date: '.news-date time[datetime]'
      summary: '.news-lead'
      body: '.news-body'
      tags: '.news-tags a'
    timezone: Europe/Budapest
    language: en
    rate: 1ms
    allow_hosts: [%s]
`, quote(base+"/cepol/newsroom/news?page=0"), quote(host))
}

// scriptShell is every page as sent: a root element, the page's data, the
// script. data is JSON (escaped for a script element by json.Marshal).
func scriptShell(title string, data []byte) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + html.EscapeString(title) + `</title></head><body>
<div id="app"></div>
<noscript>This site needs JavaScript.</noscript>
`)
	if data != nil {
		b.WriteString(`<script type="application/json" id="page-data">`)
		b.Write(data)
		b.WriteString("</script>\n")
	}
	b.WriteString(`<script src="/cepol/static/app.js"></script>
</body></html>`)
	return b.String()
}

// scriptApp builds the page from the API (listings) or the inline data
// (releases). It escapes every text it puts into the DOM.
const scriptApp = `(function () {
  "use strict";
  var app = document.getElementById("app");
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  function longDate(iso) {
    var months = ["January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"];
    var p = iso.split("-");
    return Number(p[2]) + " " + months[Number(p[1]) - 1] + " " + p[0];
  }
  function chrome(main) {
    return '<header><nav><a href="/cepol/">CEPOL</a> <a href="/cepol/newsroom/news?page=0">Newsroom</a></nav></header>' +
      main + '<footer><p>European Union Agency for Law Enforcement Training (demo)</p></footer>';
  }
  function listing(page) {
    fetch("/cepol/api/news?page=" + page)
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var cards = data.items.map(function (it) {
          return '<article class="news-card"><h3><a href="/cepol/newsroom/news/' + esc(it.slug) + '">' + esc(it.title) + '</a></h3>' +
            '<time datetime="' + esc(it.date) + '">' + esc(longDate(it.date)) + '</time><p>' + esc(it.summary) + '</p></article>';
        }).join("");
        var pager = data.next === null ? "" : '<a rel="next" href="/cepol/newsroom/news?page=' + data.next + '">Next page</a>';
        app.innerHTML = chrome('<main><h1>Newsroom</h1>' + cards + pager + '</main>');
        document.title = "Newsroom | CEPOL";
      });
  }
  function release(r) {
    document.title = r.title + " | CEPOL";
    app.innerHTML = chrome('<main><article><h1>' + esc(r.title) + '</h1>' +
      '<p class="news-date"><time datetime="' + esc(r.date) + '">' + esc(longDate(r.date)) + '</time></p>' +
      '<p class="news-lead">' + esc(r.summary) + '</p>' +
      '<div class="news-body">' + r.paragraphs.map(function (p) { return "<p>" + esc(p) + "</p>"; }).join("") + '</div>' +
      '<ul class="news-tags">' + r.tags.map(function (t) { return '<li><a href="/cepol/tags/' + encodeURIComponent(t) + '">' + esc(t) + '</a></li>'; }).join("") + '</ul>' +
      '</article></main>');
  }
  var data = document.getElementById("page-data");
  if (data) {
    release(JSON.parse(data.textContent));
  } else {
    listing(new URLSearchParams(location.search).get("page") || "0");
  }
})();`

// scriptCard and scriptPage are the JSON the script reads.
type scriptCard struct {
	Slug    string `json:"slug"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	Summary string `json:"summary"`
}

type scriptPage struct {
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	Summary    string   `json:"summary"`
	Paragraphs []string `json:"paragraphs"`
	Tags       []string `json:"tags"`
}

// addScriptNewsroom registers the CEPOL newsroom's routes on mux.
func addScriptNewsroom(mux *http.ServeMux) {
	mux.HandleFunc("GET /cepol/newsroom/news", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, scriptShell("Newsroom | CEPOL", nil))
	})
	mux.HandleFunc("GET /cepol/static/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write([]byte(scriptApp))
	})
	mux.HandleFunc("GET /cepol/api/news", scriptListing)
	mux.HandleFunc("GET /cepol/newsroom/news/{slug}", func(w http.ResponseWriter, r *http.Request) {
		for _, rel := range scriptReleases {
			if rel.Slug == r.PathValue("slug") {
				data, _ := json.Marshal(scriptPage{Title: rel.Title, Date: rel.Date(), Summary: rel.Summary,
					Paragraphs: rel.Paragraphs, Tags: rel.Tags})
				writeHTML(w, scriptShell("CEPOL", data))
				return
			}
		}
		http.NotFound(w, r)
	})
}

// scriptListing answers the listing API: one page of cards and the number
// of the next page (null on the last).
func scriptListing(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 0 {
		n = 0
	}
	out := struct {
		Items []scriptCard `json:"items"`
		Next  *int         `json:"next"`
	}{Items: []scriptCard{}}
	for i := n * scriptPageSize; i < (n+1)*scriptPageSize && i < len(scriptReleases); i++ {
		rel := scriptReleases[i]
		out.Items = append(out.Items, scriptCard{Slug: rel.Slug, Title: rel.Title, Date: rel.Date(), Summary: rel.Summary})
	}
	if (n+1)*scriptPageSize < len(scriptReleases) {
		next := n + 1
		out.Next = &next
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func writeHTML(w http.ResponseWriter, page string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(page))
}
