package ui

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWrongMethodNamesTheAllowedOnes(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/api/v1/search?q=border", nil)
	rec := httptest.NewRecorder()
	testApp.ServeHTTP(rec, req)
	var body apiError
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("answer is not the JSON error: %v\n%s", err, rec.Body)
	}
	allow := rec.Header().Get("Allow")
	if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(allow, "GET") ||
		!strings.Contains(body.Error.Message, "it takes "+allow) {
		t.Errorf("POST /api/v1/search: %d, Allow %q, message %q; want 405 naming the allowed methods", rec.Code, allow, body.Error.Message)
	}
}

// A shared link gains tracking parameters on its way; the page still opens
// it, while the API keeps refusing parameters it does not know.
func TestTrackingParametersOnlyOnThePage(t *testing.T) {
	for target, want := range map[string]int{
		"/search?q=border&fbclid=IwAR0abc&utm_source=newsletter": http.StatusOK,
		"/search?q=border&agencies=Europol":                      http.StatusBadRequest,
		"/api/v1/search?q=border&fbclid=IwAR0abc":                http.StatusBadRequest,
	} {
		rec := httptest.NewRecorder()
		testApp.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d", target, rec.Code, want)
		}
		if want == http.StatusOK && strings.Contains(rec.Body.String(), "fbclid") {
			t.Errorf("GET %s: the page's links carry the tracking parameter", target)
		}
	}
}
