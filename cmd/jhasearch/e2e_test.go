package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/internal/demosite"
)

func TestCrawlThenSearchThroughTheAPI(t *testing.T) {
	_, sources := demoSources(t)
	data := t.TempDir()
	res := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitOK {
		t.Fatalf("crawl exited %d:\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.stdout, "0 failure(s)") || !strings.Contains(res.stdout, "Index generation") {
		t.Errorf("crawl summary = %q", res.stdout)
	}
	base := startServe(t, data)

	var want []string
	for _, r := range demosite.Releases() {
		if strings.Contains(r.Title, "Tallinn") {
			want = append(want, r.Title)
		}
	}
	if len(want) == 0 {
		t.Fatal("the sample newsroom has no release with Tallinn in its title")
	}
	ans := apiSearch(t, base, "q=title:tallinn&size=100")
	var got []string
	for _, h := range ans.Hits {
		got = append(got, h.Title)
	}
	if diff := cmp.Diff(len(want), ans.Total); diff != "" {
		t.Errorf("total for title:tallinn mismatch (-want +got):\n%s\nhits: %v", diff, got)
	}

	seed := apiSearch(t, base, "q="+url.QueryEscape(`"EMPACT Communication Network gathers in Tallinn"`))
	if seed.Total < 1 {
		t.Fatal("the seed release is not found")
	}
	h := seed.Hits[0]
	if h.Agency != "eu-LISA" || h.Published != "2024-02-15" {
		t.Errorf("seed release = %+v, want eu-LISA on 2024-02-15", h)
	}
	if diff := cmp.Diff([]string{"JHAA", "European Institutions", "Eurodac", "SIS"}, h.Tags); diff != "" {
		t.Errorf("seed release tags mismatch (-want +got):\n%s", diff)
	}

	// A second crawl changes nothing and still succeeds.
	again := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if again.code != exitOK || !strings.Contains(again.stdout, " 0 new, 0 changed") {
		t.Errorf("second crawl exited %d: %s%s", again.code, again.stdout, again.stderr)
	}
}

const importFile = `{"url":"https://www.europol.europa.eu/media-press/newsroom/news/a","agency":"Europol","title":"Cocaine laboratory dismantled","published":"2023-04-05","tags":["Drugs"],"body":"Investigators dismantled a cocaine laboratory.\n\nFour suspects were arrested."}
{"url":"https://www.eurojust.europa.eu/news/b","agency":"Eurojust","title":"Joint investigation team on smuggling","published":"2021-10-11T09:00:00Z","summary":"A team was set up.","body":"Prosecutors set up a joint investigation team against migrant smugglers."}
{"id":"fra-1","agency":"FRA","title":"Fundamental rights at borders","published":"2019-01-30","language":"fr","body":"Les droits fondamentaux aux frontières."}
`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportServeExportRoundTrip(t *testing.T) {
	data := t.TempDir()
	res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile))
	if res.code != exitOK {
		t.Fatalf("import exited %d: %s", res.code, res.stderr)
	}
	base := startServe(t, data)
	ans := apiSearch(t, base, "q=smugglers")
	if ans.Total != 1 || ans.Hits[0].Agency != "Eurojust" {
		t.Errorf("search smugglers = %+v, want the Eurojust release", ans)
	}
	if all := apiSearch(t, base, ""); all.Total != 3 {
		t.Errorf("empty query found %d documents, want 3", all.Total)
	}

	exported := runCmd(t, "", "export", "--data", data)
	if exported.code != exitOK {
		t.Fatalf("export exited %d: %s", exported.code, exported.stderr)
	}
	if n := strings.Count(exported.stdout, "\n"); n != 3 {
		t.Errorf("export wrote %d lines, want 3:\n%s", n, exported.stdout)
	}
	other := t.TempDir()
	if res := runCmd(t, exported.stdout, "import", "--data", other, "-"); res.code != exitOK {
		t.Fatalf("import of the export exited %d: %s", res.code, res.stderr)
	}
	again := runCmd(t, "", "export", "--data", other)
	if diff := cmp.Diff(exported.stdout, again.stdout); diff != "" {
		t.Errorf("export | import changed the archive (-first +second):\n%s", diff)
	}
}

func TestBadImportChangesNothing(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "good.jsonl", importFile)); res.code != exitOK {
		t.Fatalf("first import exited %d: %s", res.code, res.stderr)
	}
	before := runCmd(t, "", "export", "--data", data).stdout
	status := runCmd(t, "", "status", "--data", data).stdout

	bad := strings.Join([]string{
		`{"url":"https://example.org/new","agency":"EIGE","title":"Valid line","published":"2024-01-01"}`,
		`{"url":"https://example.org/x","agency":"EIGE","title":"x","published":"2024-01-01"`,
		`{"url":"https://example.org/y","agency":"EIGE","title":"y","published":"2024-01-01","author":"me"}`,
		`{"url":"https://example.org/z","agency":"EIGE","published":"2024-01-01"}`,
		`{"url":"https://example.org/w","agency":"EIGE","title":"w","published":"31 January 2024"}`,
	}, "\n")
	res := runCmd(t, "", "import", "--data", data, writeFile(t, "bad.jsonl", bad))
	if res.code != exitFail {
		t.Errorf("bad import exited %d, want %d", res.code, exitFail)
	}
	for _, want := range []string{"bad.jsonl:2:", "bad.jsonl:3: unknown field \"author\"", "bad.jsonl:4: field \"title\" is required", "bad.jsonl:5: field \"published\""} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("report does not contain %q:\n%s", want, res.stderr)
		}
	}
	if after := runCmd(t, "", "export", "--data", data).stdout; after != before {
		t.Errorf("a rejected import changed the archive:\n%s", after)
	}
	if after := runCmd(t, "", "status", "--data", data).stdout; stripAges(after) != stripAges(status) {
		t.Errorf("a rejected import changed the index:\nbefore: %s\nafter: %s", status, after)
	}

	skipped := runCmd(t, "", "import", "--data", data, "--skip-invalid", writeFile(t, "bad.jsonl", bad))
	if skipped.code != exitOK || !strings.Contains(skipped.stdout, "Imported 1 document(s), skipped 4 invalid line(s)") {
		t.Errorf("--skip-invalid exited %d: %s%s", skipped.code, skipped.stdout, skipped.stderr)
	}
}

// stripAges drops the "(… ago)" parts of status output, which move with
// the clock.
func stripAges(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, " ago)"); i >= 0 {
			line = line[:strings.LastIndex(line[:i], "(")] + line[i+5:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no command", nil, exitUsage, "Usage: jhasearch"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", []string{"serve", "--colour", "red"}, exitUsage, "flag provided but not defined: -colour"},
		{"bad duration", []string{"serve", "--watch", "soon"}, exitUsage, "invalid value"},
		{"import needs a file", []string{"import"}, exitUsage, "want 1 argument"},
		{"unreadable import", []string{"import", "/nonexistent/file.jsonl"}, exitUsage, "cannot read"},
		{"bad log format", []string{"reindex", "--log-format", "xml"}, exitUsage, "must be text or json"},
		{"help", []string{"crawl", "--help"}, exitOK, "Usage: jhasearch crawl"},
		{"bad sources file", []string{"crawl", "--sources", "/nonexistent.yaml"}, exitUsage, "cannot read sources file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, "", tt.args...)
			if res.code != tt.code || !strings.Contains(res.stderr, tt.says) {
				t.Errorf("exit %d, stderr %q; want %d and %q", res.code, res.stderr, tt.code, tt.says)
			}
		})
	}
}

func TestBadEnvironmentValueIsAUsageError(t *testing.T) {
	var stdout, stderr syncBuffer
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(k string) string {
		if k == "JHASEARCH_WATCH" {
			return "often"
		}
		return ""
	}}
	if code := runEnv(t.Context(), []string{"serve"}, e); code != exitUsage || !strings.Contains(stderr.String(), "JHASEARCH_WATCH") {
		t.Errorf("exit %d, stderr %q; want %d naming JHASEARCH_WATCH", code, stderr.String(), exitUsage)
	}
}

func TestStatusAndRollback(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "rollback", "--data", data); res.code != exitFail || !strings.Contains(res.stderr, "no previous index generation") {
		t.Errorf("rollback with nothing built: exit %d, %q", res.code, res.stderr)
	}
	for _, file := range []string{importFile, `{"url":"https://example.org/extra","agency":"EIGE","title":"Extra","published":"2020-03-08"}`} {
		if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", file)); res.code != exitOK {
			t.Fatalf("import: %s", res.stderr)
		}
	}
	status := runCmd(t, "", "status", "--data", data).stdout
	for _, want := range []string{"generation gen-000002", "4 documents", "EIGE", "Last build: succeeded", "Last crawl: never."} {
		if !strings.Contains(status, want) {
			t.Errorf("status lacks %q:\n%s", want, status)
		}
	}
	res := runCmd(t, "", "rollback", "--data", data)
	if res.code != exitOK || !strings.Contains(res.stdout, "generation gen-000001") {
		t.Fatalf("rollback: exit %d, %s%s", res.code, res.stdout, res.stderr)
	}
	if base := startServe(t, data); total(base, "") != 3 {
		t.Errorf("after the rollback the server answers with %d documents, want the first import's 3", total(base, ""))
	}
}
