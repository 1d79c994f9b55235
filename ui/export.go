package ui

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/labstack/echo/v4"
)

// apiExport is the body of /search.json.
type apiExport struct {
	Total int      `json:"total"`
	Cap   int      `json:"cap"`
	Hits  []apiHit `json:"hits"`
}

// exportHits collects the first ExportCap results of a search, in the
// requested order, a page of the largest size at a time. The whole answer
// is gathered before anything is written, so a failing search gives an
// error and never half a file.
func (s *Server) exportHits(c echo.Context) (int, []jhasearch.Hit, error) {
	req, err := request.Parse(c.QueryParams(), request.ExportParams)
	if err != nil {
		return 0, nil, err
	}
	if !s.search.Ready() {
		return 0, nil, unavailable()
	}
	var hits []jhasearch.Hit
	total := 0
	req.Size = min(jhasearch.MaxPageSize, s.cfg.ExportCap)
	for req.Page = 1; len(hits) < s.cfg.ExportCap && req.Page*req.Size <= jhasearch.MaxWindow; req.Page++ {
		res, err := s.search.Search(c.Request().Context(), req)
		if err != nil {
			return 0, nil, err
		}
		total = res.Total
		hits = append(hits, res.Hits...)
		if len(res.Hits) < req.Size {
			break
		}
	}
	return total, hits[:min(len(hits), s.cfg.ExportCap)], nil
}

func (s *Server) handleExportJSON(c echo.Context) error {
	total, hits, err := s.exportHits(c)
	if err != nil {
		return err
	}
	out := apiExport{Total: total, Cap: s.cfg.ExportCap, Hits: make([]apiHit, 0, len(hits))}
	for _, h := range hits {
		out.Hits = append(out.Hits, toAPIHit(h))
	}
	c.Response().Header().Set("Content-Disposition", `attachment; filename="jhasearch.json"`)
	return writeJSON(c, http.StatusOK, out)
}

// csvHeader names the columns of /search.csv: the release's own, then
// those of the facets that have one (jhasearch.Facet.Column), in the
// table's order.
var csvHeader = slices.Concat([]string{"id", "published", "agency", "agencies", "title", "tags", "language", "url", "summary"}, facetColumns())

// facetColumns lists the CSV columns of the facets.
func facetColumns() []string {
	var out []string
	for _, f := range jhasearch.Facets {
		if f.Column != "" {
			out = append(out, f.Column)
		}
	}
	return out
}

// csvRow is the row of a hit, in the columns of csvHeader; a facet's
// values are joined with "; ".
func csvRow(h jhasearch.Hit) []string {
	d := h.Document
	row := []string{d.ID, formatDate(d.Published), d.Agency, strings.Join(agenciesOf(h), "; "),
		d.Title, strings.Join(d.Tags, "; "), d.Language, d.URL, d.Summary}
	for i := range jhasearch.Facets {
		if f := &jhasearch.Facets[i]; f.Column != "" {
			row = append(row, strings.Join(f.Of(&d), "; "))
		}
	}
	return row
}

func (s *Server) handleExportCSV(c echo.Context) error {
	_, hits, err := s.exportHits(c)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(csvHeader); err != nil {
		return err
	}
	for _, h := range hits {
		row := csvRow(h)
		for i := range row {
			row[i] = csvCell(row[i])
		}
		if err := w.Write(row); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	c.Response().Header().Set("Content-Disposition", `attachment; filename="jhasearch.csv"`)
	return c.Blob(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
}

// csvCell makes a value safe for a spreadsheet and a terminal. Control
// characters other than tab and newline (C0, DEL and C1: ESC starts the
// escape sequences a terminal obeys when the file is shown with cat) are
// replaced with U+FFFD, and a carriage return is dropped, since a line
// break is a newline in the export. A cell that starts with = + - @ or a
// tab gets a leading apostrophe, which spreadsheets show as text, so that
// no cell runs as a formula.
func csvCell(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case r == '\r':
			return -1
		case unicode.IsControl(r):
			return utf8.RuneError
		}
		return r
	}, s)
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		return "'" + s
	}
	return s
}
