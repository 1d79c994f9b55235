package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
)

// The load benchmark caches its archive by generatorVersion and the
// figures in docs/ were measured on these corpora: their output must not
// change by accident. A deliberate change updates these digests, bumps
// jhaload's generatorVersion and says so in docs/BENCHMARKS.md.
const (
	generatorDigest = "f7c0f1c5cabaf205939df61aa9d81713d8bef8976f81b251fe66b80e548447e6"
	releasesDigest  = "5e7f4433cb548e16f7a3b2c13760e78d50e4dcef78e7700cccbd4c3787f26c7a"
)

func TestGeneratorOutputIsFixed(t *testing.T) {
	g, err := New(1)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := g.Write(h, 300); err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != generatorDigest {
		t.Errorf("the first 300 documents of seed 1 hash to %s, want %s", got, generatorDigest)
	}
}

func TestReleasesOutputIsFixed(t *testing.T) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for doc, err := range Releases(1, 300, 3000) {
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != releasesDigest {
		t.Errorf("the first 300 releases of seed 1 hash to %s, want %s", got, releasesDigest)
	}
}
