package analytics

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// hostileRelease is a release at the body limit, every word new.
func hostileRelease(i int) *jhasearch.Document {
	var b strings.Builder
	for k := 0; b.Len() < jhasearch.MaxBodyBytes-16; k++ {
		b.WriteString("w")
		b.WriteString(strconv.Itoa(i))
		b.WriteString("x")
		b.WriteString(strconv.FormatInt(int64(k), 36))
		b.WriteString("q ")
	}
	return &jhasearch.Document{ID: strconv.Itoa(i), Language: "en", Title: "t", Body: b.String()}
}

// TestCounterIsBounded: a sample of releases at the body limit, each of
// words found nowhere else, is read only in part and tracks a bounded
// number of words and phrases.
func TestCounterIsBounded(t *testing.T) {
	c := newCounter(nil)
	const n = 40
	for i := range n {
		if err := c.add(context.Background(), hostileRelease(i)); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.words) > maxWords || len(c.phrases) > maxPhrases {
		t.Errorf("%d words and %d phrases tracked, want at most %d and %d", len(c.words), len(c.phrases), maxWords, maxPhrases)
	}
	if c.read > n*maxReleaseText {
		t.Errorf("%d bytes read from %d releases, want at most %d each", c.read, n, maxReleaseText)
	}
}

// TestCounterStopsAtContextEnd: reading a sample stops at its context's
// end, within a release, with the context's error.
func TestCounterStopsAtContextEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	c := newCounter(nil)
	d := hostileRelease(1)
	d.Title = ""
	cancel()
	if err := c.add(ctx, d); !errors.Is(err, context.Canceled) {
		t.Fatalf("add after cancel: %v, want context.Canceled", err)
	}
	if c.doc != 0 || len(c.words) != 0 {
		t.Errorf("read %d releases and %d words after the context ended", c.doc, len(c.words))
	}
}

// endingCtx ends after its Err has been asked n times: a request that
// ends while a release is being read.
type endingCtx struct {
	context.Context
	n int
}

func (c *endingCtx) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestCounterStopsWithinARelease: the reading of one release stops soon
// after its context ends, not at the release's end.
func TestCounterStopsWithinARelease(t *testing.T) {
	c := newCounter(nil)
	err := c.add(&endingCtx{Context: context.Background(), n: 2}, hostileRelease(1))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("add: %v, want context.Canceled", err)
	}
	if len(c.words) > 2*checkTokens {
		t.Errorf("%d words read after the context ended, want at most %d", len(c.words), 2*checkTokens)
	}
}
