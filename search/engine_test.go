package search

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

func TestNotReadyUntilBuilt(t *testing.T) {
	dir := t.TempDir()
	e, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if e.Ready() {
		t.Fatal("Ready before any build")
	}
	_, err = e.Search(context.Background(), jhasearch.SearchRequest{Page: 1, Size: 10})
	if jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
		t.Fatalf("Search before any build: %v, want EUNAVAILABLE", err)
	}
	if _, err := indexer.Build(context.Background(), dir, seq(fixtureDocs())); err != nil {
		t.Fatal(err)
	}
	if changed, err := e.Reload(); !changed || err != nil {
		t.Fatalf("Reload = %v, %v", changed, err)
	}
	if !e.Ready() || search(t, e, jhasearch.SearchRequest{}).Total != 15 {
		t.Fatal("not serving after Reload")
	}
	if changed, err := e.Reload(); changed || err != nil {
		t.Fatalf("second Reload = %v, %v; want no change", changed, err)
	}
}

// TestReloadWhileSearching swaps generations under running searches: no
// search may fail, and each sees one generation whole.
func TestReloadWhileSearching(t *testing.T) {
	dir := t.TempDir()
	small := fixtureDocs()[:8]
	if _, err := indexer.Build(context.Background(), dir, seq(small)); err != nil {
		t.Fatal(err)
	}
	e, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var searches, failures atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			qs := []string{"", "border", "smuggling network", "fraud -vat"}
			for i := 0; ctx.Err() == nil; i++ {
				res, err := e.Search(ctx, jhasearch.SearchRequest{Query: qs[(i+w)%len(qs)], Page: 1, Size: 5, Sort: jhasearch.SortRelevance})
				if err != nil && ctx.Err() == nil {
					failures.Add(1)
					t.Errorf("search during reload: %v", err)
					return
				}
				if res != nil && res.Total != 0 && res.Total != 7 && res.Total != 15 && qs[(i+w)%len(qs)] == "" {
					t.Errorf("browse total %d is neither generation's", res.Total)
				}
				searches.Add(1)
			}
		}(w)
	}
	for i := 0; i < 4; i++ {
		docs := fixtureDocs()
		if i%2 == 0 {
			docs = small
		}
		if _, err := indexer.Build(context.Background(), dir, seq(docs)); err != nil {
			t.Fatal(err)
		}
		if changed, err := e.Reload(); !changed || err != nil {
			t.Fatalf("Reload %d = %v, %v", i, changed, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if searches.Load() == 0 || failures.Load() > 0 {
		t.Fatalf("%d searches, %d failures", searches.Load(), failures.Load())
	}
	if got := search(t, e, jhasearch.SearchRequest{}).Total; got != 15 {
		t.Errorf("after the last reload: total %d, want 15 (the full generation)", got)
	}
}

func TestWatchPicksUpRollback(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	indexer.Build(ctx, dir, seq(fixtureDocs()))
	indexer.Build(ctx, dir, seq(fixtureDocs()[:4]))
	e, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { e.Watch(wctx, 10*time.Millisecond); close(done) }()
	if _, err := indexer.Rollback(dir); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for search(t, e, jhasearch.SearchRequest{}).Total != 15 {
		if time.Now().After(deadline) {
			t.Fatal("Watch did not pick up the rollback")
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	<-done
}

func TestJointReleaseShownOnce(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	res := search(t, e, jhasearch.SearchRequest{Query: "migrant smuggling network"})
	if len(res.Hits) != 1 || res.Total != 1 {
		t.Fatalf("want the joint release once, got %v (total %d)", ids(res), res.Total)
	}
	h := res.Hits[0]
	if diff := cmp.Diff([]string{"Europol", "Eurojust"}, h.Agencies); diff != "" {
		t.Errorf("agencies mismatch (-want +got):\n%s", diff)
	}
	if h.Document.Group == "" || h.Document.Body != "" {
		t.Errorf("hit: group %q, body %q; want a group and no body", h.Document.Group, h.Document.Body)
	}
	members, err := e.Group(context.Background(), h.Document.Group)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range members {
		got = append(got, m.ID+" "+m.Agency+" "+m.URL)
	}
	want := []string{"d01 Europol https://europol.example/d01", "d02 Eurojust https://eurojust.example/d02"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("group mismatch (-want +got):\n%s", diff)
	}
	// Both agencies count the release, filtering by either finds it, and
	// shows that agency's page.
	for _, tt := range []struct{ agency, id string }{{"Europol", "d01"}, {"Eurojust", "d02"}} {
		for _, q := range []string{"smuggling", ""} {
			r := search(t, e, jhasearch.SearchRequest{Query: q, Filters: jhasearch.Filters{"agency": []string{tt.agency}}})
			var got []string
			for _, h := range r.Hits {
				if h.Document.Group != "" {
					got = append(got, h.Document.ID+" "+strings.Join(h.Agencies, ","))
				}
			}
			want := []string{tt.id + " " + tt.agency + "," + map[string]string{"Europol": "Eurojust", "Eurojust": "Europol"}[tt.agency]}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("q=%q agency %s mismatch (-want +got):\n%s", q, tt.agency, diff)
			}
		}
	}
	if _, err := e.Group(context.Background(), "g-nosuch"); jhasearch.ErrorCode(err) != jhasearch.ENOTFOUND {
		t.Errorf("unknown group: %v, want ENOTFOUND", err)
	}
}

// An answer enters the cache when its request comes a second time, so
// that a stream of searches asked once cannot push out the answers asked
// again and again.
func TestAnswersAreCachedWhenAskedAgain(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	release()
	ask := func(q string) string {
		t.Helper()
		req := jhasearch.SearchRequest{Query: q, Page: 1, Size: 10, Sort: jhasearch.SortRelevance}
		if _, err := e.Search(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		req.Size = jhasearch.DefaultPageSize
		return cacheKey(&req)
	}
	key := ask("border")
	if _, ok := g.cache.Get(key); ok {
		t.Fatal("an answer asked once is cached")
	}
	ask("border")
	if _, ok := g.cache.Get(key); !ok {
		t.Fatal("an answer asked twice is not cached")
	}
	for i := range 2 * cacheSize {
		ask(fmt.Sprintf("border %d", i))
	}
	if _, ok := g.cache.Get(key); !ok {
		t.Error("searches asked once pushed a cached answer out")
	}
}
