package analytics

import (
	"context"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// risingArchive: the window is June 2024 (at 2024-06-30), the baseline
// the year before it.
//
//	topic     baseline  window   λ = (b+12)·30/365   z
//	Common    120       12       10.85               0.35   steady: not listed
//	Growing   24        10       2.96                4.09   listed first
//	New       0         3        0.99                2.03   listed second
//	Once      0         1        0.99                —      one release: never listed
//	Fading    60        2        5.92               −1.61   not listed
func risingArchive() []jhasearch.Document {
	var docs []jhasearch.Document
	add := func(topic string, n int, from time.Time, days int, agency string) {
		for k := range n {
			d := release(len(docs), agency, from.AddDate(0, 0, k*days/n), "A release", "Some text about the work.")
			d.Topics = []string{topic}
			docs = append(docs, d)
		}
	}
	baseFrom, winFrom := date("2023-06-02"), date("2024-06-01")
	add("Common", 120, baseFrom, 364, "Europol")
	add("Growing", 24, baseFrom, 364, "Frontex")
	add("Fading", 60, baseFrom, 364, "Eurojust")
	add("Common", 12, winFrom, 30, "Europol")
	add("Growing", 10, winFrom, 30, "Frontex")
	add("New", 3, winFrom, 30, "Frontex")
	add("Once", 1, winFrom, 30, "EUAA")
	add("Fading", 2, winFrom, 30, "Eurojust")
	return docs
}

func TestRising(t *testing.T) {
	e := openArchive(t, risingArchive())
	v := New(e)
	got, err := v.Rising(context.Background(), RisingRequest{At: date("2024-06-30")})
	if err != nil {
		t.Fatal(err)
	}
	if !got.From.Equal(date("2024-06-01")) || !got.BaselineFrom.Equal(date("2023-06-02")) || !got.BaselineTo.Equal(date("2024-05-31")) {
		t.Errorf("window from %v, baseline %v to %v", got.From, got.BaselineFrom, got.BaselineTo)
	}
	if got.Releases != 28 {
		t.Errorf("%d releases in the window, want 28", got.Releases)
	}
	var topics []string
	for _, c := range got.Topics {
		topics = append(topics, c.Value)
	}
	if len(topics) != 2 || topics[0] != "Growing" || topics[1] != "New" {
		t.Fatalf("rising topics %+v, want Growing then New", got.Topics)
	}
	if g := got.Topics[0]; g.Count != 10 || g.Baseline != 24 || g.Score < 4.0 || g.Score > 4.2 {
		t.Errorf("Growing: %+v, want 10 against 24, z about 4.09", g)
	}
	wantAgencies := map[string]int{"Europol": 12, "Frontex": 13, "Eurojust": 2, "EUAA": 1}
	if len(got.Agencies) != len(wantAgencies) || got.Agencies[0].Value != "Frontex" {
		t.Errorf("agencies %+v, want four, Frontex first", got.Agencies)
	}
	for _, a := range got.Agencies {
		if a.Count != wantAgencies[a.Value] {
			t.Errorf("agency %s: %d releases, want %d", a.Value, a.Count, wantAgencies[a.Value])
		}
		if n := total(t, e, got.Window(jhasearch.FacetAgency, a.Value)); n != a.Count {
			t.Errorf("agency %s: %d releases, its search finds %d", a.Value, a.Count, n)
		}
	}
	for _, c := range got.Topics {
		if n := total(t, e, got.Window(jhasearch.FacetTopic, c.Value)); n != c.Count {
			t.Errorf("topic %s: %d releases, its search finds %d", c.Value, c.Count, n)
		}
	}
}

// TestRisingAnchorsToNewest: an archive whose newest release is older than
// the window is read up to that release, and says so.
func TestRisingAnchorsToNewest(t *testing.T) {
	e := openArchive(t, risingArchive())
	v := New(e)
	v.now = func() time.Time { return date("2026-03-01") }
	got, err := v.Rising(context.Background(), RisingRequest{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !got.Anchored || !got.At.Equal(st.Newest) {
		t.Errorf("anchored %v at %v, want anchored at the newest release", got.Anchored, got.At)
	}
	v.now = func() time.Time { return date("2024-07-10") }
	got, err = v.Rising(context.Background(), RisingRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Anchored || !got.At.Equal(date("2024-07-10")) {
		t.Errorf("anchored %v at %v, want today while the window holds releases", got.Anchored, got.At)
	}
}
