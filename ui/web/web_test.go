package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/labstack/echo/v4"
)

// app is a router with the plumbing of package ui: errors answered by
// Errors, panics recovered, query strings checked, HEAD as GET.
func app(t *testing.T) http.Handler {
	t.Helper()
	e := echo.New()
	e.HTTPErrorHandler = Errors{
		Log:         slog.New(slog.DiscardHandler),
		ForPrograms: func(p string) bool { return strings.HasPrefix(p, "/api/") },
		Page: func(c echo.Context, status int, message string) error {
			return c.String(status, "page: "+message)
		},
	}.Handle
	e.Use(Recover, WellFormedQuery)
	fail := func(c echo.Context) error {
		switch c.QueryParam("how") {
		case "panic":
			panic("secret detail")
		case "busy":
			return jhasearch.Errorf(jhasearch.EUNAVAILABLE, "Not ready yet.")
		case "internal":
			return errors.New("secret detail")
		}
		return JSON(c, http.StatusOK, map[string]string{"title": "<b>&"})
	}
	e.GET("/api/x", fail)
	e.GET("/page", fail)
	return HeadAsGet(e)
}

func call(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestErrorsAnswerProgramsInJSONAndPeopleWithAPage(t *testing.T) {
	h := app(t)
	for _, tc := range []struct {
		target, code string
		status       int
	}{
		{"/api/x?how=busy", jhasearch.EUNAVAILABLE, http.StatusServiceUnavailable},
		{"/api/x?how=internal", jhasearch.EINTERNAL, http.StatusInternalServerError},
		{"/api/x?how=panic", jhasearch.EINTERNAL, http.StatusInternalServerError},
		{"/api/x?q=%zz", jhasearch.EINVALID, http.StatusBadRequest},
		{"/api/nothing", jhasearch.ENOTFOUND, http.StatusNotFound},
	} {
		rec := call(t, h, http.MethodGet, tc.target)
		var body ErrorJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != tc.status || body.Error.Code != tc.code {
			t.Errorf("%s: %d %s (%v), want %d with code %s", tc.target, rec.Code, rec.Body, err, tc.status, tc.code)
		}
		if strings.Contains(rec.Body.String(), "secret") {
			t.Errorf("%s: the answer shows an internal detail: %s", tc.target, rec.Body)
		}
	}
	if rec := call(t, h, http.MethodGet, "/api/x?how=busy"); rec.Header().Get("Retry-After") != "30" {
		t.Errorf("503 without Retry-After")
	}
	rec := call(t, h, http.MethodGet, "/page?how=panic")
	if rec.Code != http.StatusInternalServerError || !strings.HasPrefix(rec.Body.String(), "page: ") || strings.Contains(rec.Body.String(), "secret") {
		t.Errorf("page after a panic: %d %q", rec.Code, rec.Body)
	}
}

func TestJSONKeepsTextAsWrittenAndHeadSendsNoBody(t *testing.T) {
	h := app(t)
	rec := call(t, h, http.MethodGet, "/api/x")
	if rec.Body.String() != `{"title":"<b>&"}`+"\n" || rec.Header().Get("Content-Length") != "17" {
		t.Errorf("body %q, length %q", rec.Body, rec.Header().Get("Content-Length"))
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := http.Head(srv.URL + "/api/x")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.ContentLength != 17 {
		t.Errorf("HEAD: status %d, length %d", res.StatusCode, res.ContentLength)
	}
}

func TestWellFormedQueryNamesTheMistake(t *testing.T) {
	for q, says := range map[string]string{"q=a;b": "semicolon", "q=%zz": `"%zz"`, "q=%2": `"%2"`} {
		err := checkQueryString(q)
		if jhasearch.ErrorCode(err) != jhasearch.EINVALID || !strings.Contains(jhasearch.ErrorMessage(err), says) {
			t.Errorf("%s: %v, want EINVALID naming %s", q, err, says)
		}
	}
	if err := checkQueryString("q=a%20b&agency=Europol"); err != nil {
		t.Errorf("well-formed query string refused: %v", err)
	}
}
