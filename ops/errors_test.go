package ops

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// Every code of the root package answers the status of jhasearch.HTTPStatus,
// the mapping ui uses too: a conflict is 409, an unavailable index 503 with
// Retry-After (it once answered 409 here), and internal detail stays inside.
func TestJobErrorsAnswerTheRootPackagesStatus(t *testing.T) {
	cases := []struct {
		err      error
		status   int
		code     string
		message  string
		retrying bool
	}{
		{jhasearch.Errorf(jhasearch.EINVALID, "Bad kind."), http.StatusBadRequest, jhasearch.EINVALID, "Bad kind.", false},
		{jhasearch.Errorf(jhasearch.ENOTFOUND, "No such job."), http.StatusNotFound, jhasearch.ENOTFOUND, "No such job.", false},
		{jhasearch.Errorf(jhasearch.ECONFLICT, "A crawl is running."), http.StatusConflict, jhasearch.ECONFLICT, "A crawl is running.", false},
		{jhasearch.Errorf(jhasearch.EUNAVAILABLE, "Shutting down."), http.StatusServiceUnavailable, jhasearch.EUNAVAILABLE, "Shutting down.", true},
		{errors.New("open /srv/index: permission denied"), http.StatusInternalServerError, jhasearch.EINTERNAL, "An internal error occurred.", false},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		writeJobError(rec, c.err)
		if rec.Code != c.status || rec.Code != jhasearch.HTTPStatus(jhasearch.ErrorCode(c.err)) {
			t.Errorf("%v: status %d, want %d", c.err, rec.Code, c.status)
		}
		var body apiError
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%v: body %q: %v", c.err, rec.Body, err)
		}
		if body.Error.Code != c.code || body.Error.Message != c.message {
			t.Errorf("%v: body %+v, want code %q message %q", c.err, body.Error, c.code, c.message)
		}
		if got := rec.Header().Get("Retry-After") != ""; got != c.retrying {
			t.Errorf("%v: Retry-After set %v, want %v", c.err, got, c.retrying)
		}
	}
}
