package search

import (
	"context"
	"iter"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

func day(s string) time.Time {
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// fixtureDocs is a small hand-written archive. Texts are invented for the
// tests. d01 and d02 are one joint release of two agencies.
func fixtureDocs() []jhasearch.Document {
	return []jhasearch.Document{
		{ID: "d01", URL: "https://europol.example/d01", Agency: "Europol", Language: "en", Published: day("2024-03-12"),
			Title:   "Migrant smuggling network dismantled in joint operation",
			Summary: "Police forces of five countries arrested twelve suspects.",
			Body:    "Investigators dismantled a migrant smuggling network that moved people across the Balkan route. The smugglers charged high fees and used unsafe vans.\n\nTwelve suspects were arrested in coordinated raids.",
			Tags:    []string{"migrant smuggling", "operations"}},
		{ID: "d02", URL: "https://eurojust.example/d02", Agency: "Eurojust", Language: "en", Published: day("2024-03-13"),
			Title:   "Migrant smuggling network dismantled in joint operation",
			Summary: "Police forces of five countries arrested twelve suspects.",
			Body:    "Investigators dismantled a migrant smuggling network that moved people across the Balkan route. The smugglers charged high fees and used unsafe vans.\n\nTwelve suspects were arrested in coordinated raids.",
			Tags:    []string{"migrant smuggling", "judicial cooperation"}},
		{ID: "d03", URL: "https://frontex.example/d03", Agency: "Frontex", Language: "en", Published: day("2023-07-01"),
			Title:   "Border guards train on document fraud detection",
			Summary: "A week of training on forged passports.",
			Body:    "Border guards from twenty countries practised spotting forged passports and fraudulent visas. Document fraud remains a common way to cross borders illegally.",
			Tags:    []string{"training", "document fraud"}},
		{ID: "d04", URL: "https://europol.example/d04", Agency: "Europol", Language: "en", Published: day("2022-11-20"),
			Title:   "Drug trafficking ring hit by cross-border raids",
			Summary: "Cocaine shipments seized in three ports.",
			Body:    "A cross-border investigation into drug trafficking led to the seizure of four tonnes of cocaine hidden in banana containers. Officers searched thirty houses.",
			Tags:    []string{"drugs", "operations"}},
		{ID: "d05", URL: "https://cepol.example/d05", Agency: "CEPOL", Language: "en", Published: day("2021-05-04"),
			Title:   "New course on cybercrime investigations",
			Summary: "Law enforcement officers learn to trace cryptocurrency.",
			Body:    "The course teaches officers how to follow cryptocurrency payments and analyse seized devices. Cybercrime investigations increasingly depend on such skills.",
			Tags:    []string{"training", "cybercrime"}},
		{ID: "d06", URL: "https://fra.example/d06", Agency: "FRA", Language: "en", Published: day("2023-01-15"),
			Title:   "Report on fundamental rights at the borders",
			Summary: "Pushbacks and detention conditions remain a concern.",
			Body:    "The report documents pushbacks, detention conditions and access to asylum procedures at external borders. Fundamental rights must be respected in every border procedure.",
			Tags:    []string{"fundamental rights", "asylum"}},
		{ID: "d07", URL: "https://euaa.example/d07", Agency: "EUAA", Language: "en", Published: day("2023-09-30"),
			Title:   "Asylum applications rose by 20% in the first half of the year",
			Summary: "Applications reached the highest level since 2016.",
			Body:    "Asylum applications rose by 20% compared with the previous half year. Recognition rates differed widely between nationalities (see annex: tables 3-5).",
			Tags:    []string{"asylum", "statistics"}},
		{ID: "d08", URL: "https://eige.example/d08", Agency: "EIGE", Language: "en", Published: day("2022-03-08"),
			Title:   "Gender equality index shows slow progress",
			Summary: "Progress on equality is slow but steady.",
			Body:    "The gender equality index rose by less than one point. Progress in the domain of power was the largest, while health stagnated.",
			Tags:    []string{"gender equality", "statistics"}},
		{ID: "d09", URL: "https://eppo.example/d09", Agency: "EPPO", Language: "en", Published: day("2024-01-10"),
			Title:   "VAT fraud scheme worth 200 million uncovered",
			Summary: "Carousel fraud involving electronics traders.",
			Body:    "Prosecutors uncovered a carousel VAT fraud scheme in which electronics were traded through shell companies. The damage is estimated at 200 million euro.",
			Tags:    []string{"fraud", "operations"}},
		{ID: "d10", URL: "https://eulisa.example/d10", Agency: "eu-LISA", Language: "en", Published: day("2024-06-01"),
			Title:   "Entry/Exit System: large-scale IT systems ready for testing",
			Summary: "The system will register travellers crossing external borders.",
			Body:    "The Entry/Exit System will register third-country nationals each time they cross an external border. Testing with member states begins this summer.",
			Tags:    []string{"it systems", "borders"}},
		{ID: "d11", URL: "https://euda.example/d11", Agency: "EUDA", Language: "en", Published: day("2023-06-26"),
			Title:   "European drug report: cocaine use keeps rising",
			Summary: "Wastewater analysis confirms higher cocaine use.",
			Body:    "Wastewater analysis in many cities shows cocaine use rising again. Synthetic drugs are a growing concern for health services.",
			Tags:    []string{"drugs", "statistics"}},
		{ID: "d12", URL: "https://europol.example/d12", Agency: "Europol", Language: "de", Published: day("2024-02-02"),
			Title:   "Schleusernetzwerk zerschlagen",
			Summary: "Festnahmen in vier Ländern.",
			Body:    "Ermittler haben ein Schleusernetzwerk zerschlagen und zehn Verdächtige festgenommen.",
			Tags:    []string{"migrant smuggling"}},
		{ID: "d13", URL: "https://frontex.example/d13", Agency: "Frontex", Language: "en", Published: day("2022-08-15"),
			Title:   "Warning: <script>alert(1)</script> & fake job offers",
			Summary: "Criminals lure victims with fake offers.",
			Body:    "Traffickers post fake job offers <img src=x onerror=alert(2)> to lure victims. Trafficking in human beings often starts with such offers & promises.",
			Tags:    []string{"trafficking in human beings"}},
		{ID: "d14", URL: "https://eurojust.example/d14", Agency: "Eurojust", Language: "fr", Published: day("2021-12-01"),
			Title:   "Coopération judiciaire contre la fraude",
			Summary: "Une équipe commune d'enquête a été créée.",
			Body:    "Les autorités judiciaires ont créé une équipe commune d'enquête contre la fraude à la TVA.",
			Tags:    []string{"judicial cooperation", "fraud"}},
		{ID: "d15", URL: "https://europol.example/d15", Agency: "Europol", Language: "en", Published: day("2024-03-12"),
			Title:   "Child abuse material platform taken offline",
			Summary: "Administrators of the platform were arrested.",
			Body:    "An international operation took a platform offline that shared abuse material. Its administrators were arrested and servers seized.",
			Tags:    []string{"cybercrime", "operations"}},
		{ID: "d16", URL: "https://frontex.example/d16", Agency: "Frontex", Language: "en", Published: day("2020-02-20"),
			Title:   "Annual risk analysis published",
			Summary: "Irregular border crossings fell.",
			Body:    "The annual risk analysis reports fewer irregular border crossings and more document fraud at airports.",
			Tags:    []string{"risk analysis", "document fraud"}},
	}
}

// seq yields docs as the indexer reads them.
func seq(docs []jhasearch.Document) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// openFixture builds docs into a new index directory and opens an engine.
func openFixture(t testing.TB, docs []jhasearch.Document) (*Engine, string) {
	t.Helper()
	dir := t.TempDir()
	if _, err := indexer.Build(context.Background(), dir, seq(docs)); err != nil {
		t.Fatalf("Build: %v", err)
	}
	e, err := Open(dir, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e, dir
}

// search runs q with defaults and fails the test on error.
func search(t *testing.T, e *Engine, req jhasearch.SearchRequest) *jhasearch.SearchResult {
	t.Helper()
	if req.Size == 0 {
		req.Size = 100
	}
	if req.Page == 0 {
		req.Page = 1
	}
	if req.Sort == "" {
		req.Sort = jhasearch.SortRelevance
	}
	res, err := e.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%+v): %v", req, err)
	}
	return res
}

func ids(res *jhasearch.SearchResult) []string {
	out := []string{}
	for _, h := range res.Hits {
		out = append(out, h.Document.ID)
	}
	return out
}
