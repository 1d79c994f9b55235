package analytics

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// termsArchive is 100 releases where the right answer for "ransomware" is
// known: each release holds the same sentence, and the words below in the
// releases said. Ten releases mention ransomware. Among them:
//
//	decryptor        in 8 of the 10, nowhere else       JLH (0.8−0.08)×10  = 7.2
//	"decryption keys" in 7 of the 10, nowhere else       JLH (0.7−0.07)×10  = 6.3
//	                 (and so the words decryption, keys)
//	extortion        in 6 of the 10 and 4 others        JLH (0.6−0.1)×6    = 3.0
//	hospitals        in 9 of the 10 and 51 others       JLH (0.9−0.6)×1.5  = 0.45
//	europe           in all 100                          0: not over-represented
//	leak             in 2 of the 10 only                 below the minimum of 3 releases
func termsArchive() []jhasearch.Document {
	var docs []jhasearch.Document
	for i := range 100 {
		var b strings.Builder
		b.WriteString("The agency published its report after the meeting in Europe. ")
		if i < 10 {
			b.WriteString("Ransomware. ")
			if i < 8 {
				b.WriteString("Decryptor. ")
			}
			if i < 7 {
				b.WriteString("Decryption keys. ")
			}
			if i < 6 {
				b.WriteString("Extortion. ")
			}
			if i < 9 {
				b.WriteString("Hospitals. ")
			}
			if i < 2 {
				b.WriteString("Leak. ")
			}
		} else {
			if i < 14 {
				b.WriteString("Extortion. ")
			}
			if i < 61 {
				b.WriteString("Hospitals. ")
			}
		}
		d := release(i, "Europol", date("2024-01-01").AddDate(0, 0, i), fmt.Sprintf("Release number %d", i), b.String())
		if i >= 90 {
			d.Agency = "Eurojust"
		}
		docs = append(docs, d)
	}
	return docs
}

func TestSignificantTermsRanking(t *testing.T) {
	e := openArchive(t, termsArchive())
	v := New(e)
	got, err := v.Terms(context.Background(), TermsRequest{Search: jhasearch.SearchRequest{Query: "ransomware"}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Results != 10 || got.Sample != 10 || got.BackgroundSize != 100 {
		t.Errorf("results %d, sample %d, background %d; want 10, 10, 100", got.Results, got.Sample, got.BackgroundSize)
	}
	var texts []string
	for _, tm := range got.Terms {
		texts = append(texts, tm.Text)
	}
	want := []string{"decryptor", "decryption", "decryption keys", "keys", "extortion", "hospitals"}
	if len(texts) < len(want) || strings.Join(texts[:len(want)], "|") != strings.Join(want, "|") {
		t.Fatalf("terms %q, want them to start %q", texts, want)
	}
	for _, bad := range []string{"europe", "leak", "ransomware", "the", "agency", "report"} {
		for _, tm := range got.Terms {
			if tm.Text == bad {
				t.Errorf("term %q listed (%+v); it is not over-represented, too rare, the query or a stop word", bad, tm)
			}
		}
	}
	first := got.Terms[0]
	if first.Results != 8 || first.Background != 8 || first.Score < 7.19 || first.Score > 7.21 {
		t.Errorf("decryptor: %+v, want 8 in results, 8 in the archive, score 7.2", first)
	}
	if ex := got.Terms[4]; ex.Results != 6 || ex.Background != 10 {
		t.Errorf("extortion: %+v, want 6 in results and 10 in the archive", ex)
	}
	// The counts are those of the searches the terms link to, which ask
	// for every word.
	for _, tm := range got.Terms {
		if n := total(t, e, jhasearch.SearchRequest{Query: "ransomware " + tm.Query, Match: jhasearch.MatchAll}); n != tm.Results {
			t.Errorf("%q: %d in results, the refined search finds %d", tm.Text, tm.Results, n)
		}
		if n := total(t, e, jhasearch.SearchRequest{Query: tm.Query}); n != tm.Background {
			t.Errorf("%q: %d in the archive, a search finds %d", tm.Text, tm.Background, n)
		}
	}
}

// TestSignificantTermsBackgroundFilters compares Europol's ransomware
// releases with Europol's releases (90 of 100) rather than the archive.
func TestSignificantTermsBackgroundFilters(t *testing.T) {
	e := openArchive(t, termsArchive())
	v := New(e)
	got, err := v.Terms(context.Background(), TermsRequest{Background: Filters,
		Search: jhasearch.SearchRequest{Query: "ransomware", Filters: jhasearch.Filters{"agency": []string{"Europol"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if got.BackgroundSize != 90 {
		t.Errorf("background %d releases, want Europol's 90", got.BackgroundSize)
	}
	if len(got.Terms) < 5 || got.Terms[0].Text != "decryptor" || got.Terms[0].Background != 8 || got.Terms[4].Text != "extortion" {
		t.Fatalf("terms %+v, want decryptor first with 8 in the background, extortion fifth", got.Terms)
	}
	// (0.6 − 10/90) × 0.6 / (10/90)
	if s := got.Terms[4].Score; s < 2.63 || s > 2.65 {
		t.Errorf("extortion scores %v against Europol's releases, want 2.64", s)
	}
}

func TestReleaseTermsStopWordsByLanguage(t *testing.T) {
	d := &jhasearch.Document{Language: "de", Title: "Die Polizei und die Staatsanwaltschaft",
		Body: "Sie haben die Schleuser festgenommen; the operation ended."}
	words, phrases := releaseTerms(d, map[string]bool{"operation": true})
	for _, w := range []string{"die", "und", "sie", "haben", "the", "operation"} {
		if words[w] {
			t.Errorf("word %q kept: a stop word or the query's", w)
		}
	}
	for _, w := range []string{"polizei", "staatsanwaltschaft", "schleuser", "festgenommen", "ended"} {
		if !words[w] {
			t.Errorf("word %q missing from %v", w, words)
		}
	}
	if !phrases["schleuser festgenommen"] || phrases["staatsanwaltschaft sie"] || phrases["festgenommen the"] {
		t.Errorf("phrases %v: want adjacent words only, never across a stop word or punctuation", phrases)
	}
}
