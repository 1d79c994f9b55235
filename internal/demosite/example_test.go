package demosite_test

import (
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/jhasearch/jhasearch/internal/demosite"
)

// The demo serves Handler on a loopback port and gives the scraper the
// sources that point at it.
func Example() {
	site := httptest.NewServer(demosite.Handler())
	defer site.Close()
	sources := string(demosite.Sources(site.URL))
	fmt.Println(strings.Count(sources, "  - name: "), "sources")
	for _, r := range demosite.Releases() {
		if r.Title == "EMPACT Communication Network gathers in Tallinn" {
			fmt.Println(r.Agency, r.Date(), strings.Join(r.Tags, "; "))
		}
	}
	// Output:
	// 6 sources
	// eu-LISA 2024-02-15 JHAA; European Institutions; Eurodac; SIS
}
