package ops

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const testToken = "s3cret-admin-token-0123456789abcdef"

func bearer(token string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + token}
}

func TestAdminDisabledWithoutToken(t *testing.T) {
	_, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	for _, c := range []call{
		{method: "POST", target: "/api/v1/admin/crawl"},
		{method: "POST", target: "/api/v1/admin/reindex", header: bearer(testToken)},
		{method: "POST", target: "/api/v1/admin/reload"},
		{method: "GET", target: "/api/v1/admin/status", header: bearer("")},
		{method: "GET", target: "/api/v1/admin/crawl"},
	} {
		t.Run(c.method+" "+c.target, func(t *testing.T) {
			rec := do(t, h, c)
			if rec.Code != http.StatusNotFound {
				t.Fatalf("status %d, want 404; body %s", rec.Code, rec.Body)
			}
			if got := errorCode(t, rec); got != "not_found" {
				t.Errorf("code %q, want not_found", got)
			}
		})
	}
}

func TestAdminRefusesWithoutTheToken(t *testing.T) {
	jobs := &jobRunner{}
	_, h := newTestServer(t, Config{AdminToken: testToken}, jobs, nil)
	tests := []struct {
		name   string
		header map[string]string
	}{
		{"no header", nil},
		{"wrong token", bearer("wrong-token-wrong-token")},
		{"token prefix", bearer(testToken[:len(testToken)-1])},
		{"token plus more", bearer(testToken + "x")},
		{"basic scheme", map[string]string{"Authorization": "Basic " + testToken}},
		{"empty bearer", map[string]string{"Authorization": "Bearer "}},
	}
	for _, tt := range tests {
		for _, path := range []string{"/api/v1/admin/crawl", "/api/v1/admin/reload"} {
			t.Run(tt.name+" "+path, func(t *testing.T) {
				rec := do(t, h, call{method: "POST", target: path, header: tt.header})
				if rec.Code != http.StatusUnauthorized {
					t.Fatalf("status %d, want 401; body %s", rec.Code, rec.Body)
				}
				if got := rec.Header().Get("WWW-Authenticate"); len(got) < 6 || got[:6] != "Bearer" {
					t.Errorf("WWW-Authenticate %q, want a Bearer challenge", got)
				}
				if got := errorCode(t, rec); got != "unauthorized" {
					t.Errorf("code %q, want unauthorized", got)
				}
			})
		}
	}
	if st := jobs.Status(); st.Running != nil || jobs.reloads != 0 {
		t.Errorf("a refused request reached the jobs: %+v, %d reloads", st, jobs.reloads)
	}
}

func TestAdminJobs(t *testing.T) {
	jobs := &jobRunner{}
	_, h := newTestServer(t, Config{AdminToken: testToken}, jobs, nil)
	auth := bearer(testToken)

	rec := do(t, h, call{method: "POST", target: "/api/v1/admin/crawl", header: auth})
	if rec.Code != http.StatusAccepted {
		t.Fatalf("first crawl: status %d, want 202; body %s", rec.Code, rec.Body)
	}
	var started startJSON
	decode(t, rec.Body.Bytes(), &started)
	if started.Run.ID != "run-1" || started.Run.Kind != "crawl" || !started.Run.Running {
		t.Errorf("started %+v, want run-1, a running crawl", started.Run)
	}
	if got := rec.Header().Get("Location"); got != "/api/v1/admin/status" {
		t.Errorf("Location %q", got)
	}

	for _, path := range []string{"/api/v1/admin/crawl", "/api/v1/admin/reindex"} {
		rec = do(t, h, call{method: "POST", target: path, header: auth})
		if rec.Code != http.StatusConflict {
			t.Fatalf("%s while a crawl runs: status %d, want 409; body %s", path, rec.Code, rec.Body)
		}
		if got := errorCode(t, rec); got != "conflict" {
			t.Errorf("code %q, want conflict", got)
		}
	}

	rec = do(t, h, call{method: "GET", target: "/api/v1/admin/status", header: auth})
	var st statusJSON
	decode(t, rec.Body.Bytes(), &st)
	if st.Running == nil || st.Running.ID != "run-1" || len(st.Recent) != 0 {
		t.Fatalf("status while running: %s", rec.Body)
	}

	jobs.finish(false, "9 sources ok, 1 failed", "europol: ok, 12 new", "frontex: failed: timeout")
	rec = do(t, h, call{method: "POST", target: "/api/v1/admin/reindex", header: map[string]string{"Authorization": "bearer " + testToken}})
	if rec.Code != http.StatusAccepted {
		t.Fatalf("reindex after the crawl: status %d, want 202; body %s", rec.Code, rec.Body)
	}
	rec = do(t, h, call{method: "GET", target: "/api/v1/admin/status", header: auth})
	st = statusJSON{}
	decode(t, rec.Body.Bytes(), &st)
	finished := time.Date(2026, 11, 27, 10, 2, 0, 0, time.UTC)
	want := statusJSON{
		Running: &runJSON{ID: "run-2", Kind: "reindex", Started: time.Date(2026, 11, 27, 10, 2, 0, 0, time.UTC), Running: true, Sources: []string{}},
		Recent: []runJSON{{ID: "run-1", Kind: "crawl", Started: time.Date(2026, 11, 27, 10, 1, 0, 0, time.UTC),
			Finished: &finished, Summary: "9 sources ok, 1 failed",
			Sources: []string{"europol: ok, 12 new", "frontex: failed: timeout"}}},
	}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("status mismatch (-want +got):\n%s", diff)
	}
}

func TestAdminReload(t *testing.T) {
	_, h := newTestServer(t, Config{AdminToken: testToken}, &jobRunner{}, nil)
	for i, want := range []bool{true, false} {
		rec := do(t, h, call{method: "POST", target: "/api/v1/admin/reload", header: bearer(testToken)})
		if rec.Code != http.StatusOK {
			t.Fatalf("reload %d: status %d, want 200; body %s", i, rec.Code, rec.Body)
		}
		var got reloadJSON
		decode(t, rec.Body.Bytes(), &got)
		if got.Changed != want {
			t.Errorf("reload %d: changed %v, want %v", i, got.Changed, want)
		}
	}
}

func decode(t *testing.T, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
}
