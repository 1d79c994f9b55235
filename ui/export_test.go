package ui

import (
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExportCSV(t *testing.T) {
	res, body := get(t, "/search.csv?tag=JHAA&sort=oldest")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("status %d, type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("Content-Disposition %q", res.Header.Get("Content-Disposition"))
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(csvHeader, rows[0]); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	api := apiSearch(t, "tag=JHAA&sort=oldest&size=100")
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0])
	}
	if diff := cmp.Diff(ids(api.Hits), got); diff != "" {
		t.Errorf("one row per result, in order, mismatch (-want +got):\n%s", diff)
	}
}

// TestExportCap serves the real index with a cap of 7 rows.
func TestExportCap(t *testing.T) {
	h := New(testEngine, Config{ExportCap: 7}, slog.New(slog.DiscardHandler)).Handler()
	res, body := getFrom(t, h, "/search.json")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	var got apiExport
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if got.Cap != 7 || len(got.Hits) != 7 || got.Total <= 7 {
		t.Errorf("cap %d, %d hits of %d, want 7 of more", got.Cap, len(got.Hits), got.Total)
	}
	_, body = getFrom(t, h, "/search.csv")
	if rows, err := csv.NewReader(strings.NewReader(body)).ReadAll(); err != nil || len(rows) != 8 {
		t.Errorf("csv: %d rows (%v), want a header and 7", len(rows), err)
	}
	doc := parseHTML(t, func() string { _, b := getFrom(t, h, "/search"); return b }())
	if !strings.Contains(doc.Find(".exports").Text(), "first 7 results") {
		t.Errorf("the page does not state the cap: %q", doc.Find(".exports").Text())
	}
}

func TestExportJSON(t *testing.T) {
	var got apiExport
	getJSON(t, "/search.json?q=fraud", http.StatusOK, &got)
	api := apiSearch(t, "q=fraud&size=100")
	if got.Total != api.Total || got.Cap != DefaultExportCap {
		t.Errorf("total %d cap %d, want %d and %d", got.Total, got.Cap, api.Total, DefaultExportCap)
	}
	if diff := cmp.Diff(ids(api.Hits), ids(got.Hits)); diff != "" {
		t.Errorf("hits mismatch (-want +got):\n%s", diff)
	}
}

func TestExportRefusesPaging(t *testing.T) {
	for _, target := range []string{"/search.csv?page=2", "/search.json?size=10", "/search.csv?cursor=x", "/search.csv?sort=worst"} {
		var got apiError
		getJSON(t, target, http.StatusBadRequest, &got)
		if got.Error.Code != "invalid" {
			t.Errorf("%s: %+v", target, got.Error)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "-x": "'-x", "@cmd": "'@cmd", "plain": "plain", "": "",
		"\x1b[2Jcleared": "\ufffd[2Jcleared", "a\u009bb\x00c\x7fd": "a\ufffdb\ufffdc\ufffdd", "line\r\nnext\tcol": "line\nnext\tcol",
		"\tindented": "'\tindented", "\r=1": "'=1"} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}
