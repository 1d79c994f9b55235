package jhasearch_test

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// owners names, for each library that must stay behind one boundary, the
// packages allowed to import it: a top-level name allows the package and
// its sub-packages (scraper: scraper/extract too), a path that package
// alone. Keeping Echo in ui alone keeps a move to Echo v5 a one-package job.
var owners = map[string][]string{
	"github.com/labstack/echo":        {"ui"},
	"github.com/PuerkitoBio/goquery":  {"scraper"},
	"github.com/andybalholm/cascadia": {"scraper"},
	"github.com/blevesearch/":         {"indexer", "search/reader"},
	// Chromium is driven by the scraper's fetch: browser (scraper/fetch),
	// and by tests through internal/browsertest.
	"github.com/chromedp/": {"scraper/fetch", "internal/browsertest"},
}

const module = "github.com/jhasearch/jhasearch"

type pkg struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", module+"/...").Output()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		t.Fatalf("go list: %v\n%s", err, exitErr.Stderr)
	}
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func TestLibrariesStayInTheirPackages(t *testing.T) {
	for _, p := range listPackages(t) {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		top := strings.SplitN(rel, "/", 2)[0]
		for _, imp := range p.Imports {
			for lib, allowed := range owners {
				if !strings.HasPrefix(imp, lib) {
					continue
				}
				ok := false
				for _, a := range allowed {
					ok = ok || top == a || rel == a
				}
				if !ok {
					t.Errorf("%s imports %s; only %v may", p.ImportPath, imp, allowed)
				}
			}
		}
	}
}

func TestRootPackageImportsNothingOfTheProject(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.ImportPath != module {
			continue
		}
		for _, d := range p.Deps {
			if strings.HasPrefix(d, module+"/") || !isStdlib(d) {
				t.Errorf("root package depends on %s; it may use the standard library only", d)
			}
		}
		return
	}
	t.Fatal("root package not listed")
}

func isStdlib(path string) bool {
	first := strings.SplitN(path, "/", 2)[0]
	return !strings.Contains(first, ".")
}
