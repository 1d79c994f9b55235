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
