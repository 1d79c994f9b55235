package jhasearch

import (
	"net/http"
	"testing"
)

// Every part of the HTTP layer (ui, ops) answers an error code with the
// same status.
func TestHTTPStatus(t *testing.T) {
	for code, want := range map[string]int{
		EINVALID:     http.StatusBadRequest,
		ENOTFOUND:    http.StatusNotFound,
		ECONFLICT:    http.StatusConflict,
		EUNAVAILABLE: http.StatusServiceUnavailable,
		EINTERNAL:    http.StatusInternalServerError,
		"":           http.StatusInternalServerError,
		"no-such":    http.StatusInternalServerError,
	} {
		if got := HTTPStatus(code); got != want {
			t.Errorf("HTTPStatus(%q) = %d, want %d", code, got, want)
		}
	}
}
