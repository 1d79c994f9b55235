package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/workflow"
)

func TestConfigPrintsEffectiveSettingsWithSecretsHidden(t *testing.T) {
	var stdout, stderr syncBuffer
	vars := map[string]string{"JHASEARCH_DATA": "/srv/jhasearch", adminTokenEnv: "s3cret-token-0123456789abcdefghijk"}
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] }}
	if code := runEnv(t.Context(), []string{"config", "--addr", "0.0.0.0:9000"}, e); code != exitOK {
		t.Fatalf("config exited %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"/srv/jhasearch", "environment JHASEARCH_DATA", "0.0.0.0:9000", "flag --addr", "(set, hidden)"} {
		if !strings.Contains(out, want) {
			t.Errorf("config output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "s3cret-token-0123456789abcdefghijk") {
		t.Errorf("config printed the admin token:\n%s", out)
	}
	if res := runCmd(t, "", "config", "--schedule", "0 25 * * *"); res.code != exitUsage || !strings.Contains(res.stderr, "hour field") {
		t.Errorf("invalid schedule: exit %d, %q; want 2 naming the hour field", res.code, res.stderr)
	}
}

func TestShutdownFinishesTheRequestInFlight(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile)); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The slow request reaches the real handler only when the test says
	// so, well after the shutdown has begun.
	arrived, release := make(chan struct{}), make(chan struct{})
	slow := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("q") == "smugglers" {
				close(arrived)
				<-release
			}
			next.ServeHTTP(w, r)
		})
	}
	urls := make(chan string, 1)
	done := make(chan error, 1)
	cfg := serveConfig{addr: "127.0.0.1:0", data: workflow.DataDir(data), watch: time.Second,
		logger: slog.New(slog.DiscardHandler), wrap: slow}
	go func() { done <- serve(ctx, cfg, func(url string) { urls <- url }) }()
	base := <-urls

	type answer struct {
		status int
		total  int
		err    error
	}
	answers := make(chan answer, 1)
	go func() {
		resp, err := http.Get(base + "api/v1/search?q=smugglers")
		if err != nil {
			answers <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		var ans searchAnswer
		err = json.NewDecoder(resp.Body).Decode(&ans)
		answers <- answer{resp.StatusCode, ans.Total, err}
	}()
	<-arrived
	cancel() // what SIGTERM does
	waitFor(t, "the listener to close", 10*time.Second, func() bool {
		c, err := net.DialTimeout("tcp", strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/"), time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-done:
		t.Fatalf("serve returned (%v) with a request in flight", err)
	default:
	}
	close(release)
	if a := <-answers; a.err != nil || a.status != http.StatusOK || a.total != 1 {
		t.Errorf("the request in flight got status %d, total %d, error %v; want 200 with one hit", a.status, a.total, a.err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after the shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after finishing the request")
	}
}

func TestAdminAPIAndMetricsThroughServe(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile)); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	const token = "admin-token-0123456789abcdef-ghijk"
	base := startServeEnv(t, data, map[string]string{adminTokenEnv: token}, "--watch", "1h")
	post := func(path, tok string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, base+path, nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := post("/api/v1/admin/reindex", ""); code != http.StatusUnauthorized {
		t.Errorf("reindex without the token: %d, want 401", code)
	}
	if code, _ := post("/api/v1/admin/reindex", "wrong-token-0123456789abcdef"); code != http.StatusUnauthorized {
		t.Errorf("reindex with a wrong token: %d, want 401", code)
	}
	// The reindex builds a new generation, which is served at once, with
	// the watcher asleep for an hour.
	before := total(base, "size=1")
	if code, body := post("/api/v1/admin/reindex", token); code != http.StatusAccepted {
		t.Fatalf("reindex with the token: %d %s, want 202", code, body)
	}
	var status string
	defer func() {
		if t.Failed() {
			t.Logf("last admin status: %s", status)
		}
	}()
	waitFor(t, "the reindex to finish", 30*time.Second, func() bool {
		req, _ := http.NewRequest(http.MethodGet, base+"/api/v1/admin/status", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		status = string(b)
		var st struct {
			Recent []struct {
				Kind, Summary string
				OK            bool
			}
		}
		json.Unmarshal(b, &st)
		return len(st.Recent) == 1 && st.Recent[0].Kind == "reindex" && st.Recent[0].OK &&
			strings.Contains(st.Recent[0].Summary, "index generation gen-000002")
	})
	if after := total(base, "size=1"); after != before {
		t.Errorf("the reindex changed the count from %d to %d", before, after)
	}

	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	page := string(b)
	for _, want := range []string{
		`jhasearch_http_requests_total{route="/api/v1/search",method="GET",status="200"}`,
		`jhasearch_search_duration_seconds_count`,
		`jhasearch_index_documents{agency="Europol"} 1`,
		`jhasearch_index_generation_info{generation="gen-000002"} 1`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(page, `route="other"`) {
		t.Errorf("a route of the application is counted as other:\n%s", page)
	}
}
