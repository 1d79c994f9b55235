package indexer

import "github.com/jhasearch/jhasearch"

// dictSampler picks the documents whose text makes the preset dictionary
// of the document file: deflate matches best against whole records, as
// they are stored, rather than against scraps of many, so the dictionary
// is the tail of a few records taken across the archive (every
// dictEvery-th document, the last dictSamples of them). It is chosen
// while the spool is written, before the first record is compressed.
type dictSampler struct {
	n       int
	samples [][]byte
}

const (
	dictEvery   = 1024
	dictSamples = 4
)

// add offers the n-th document of the build.
func (s *dictSampler) add(doc *jhasearch.Document) {
	defer func() { s.n++ }()
	if s.n%dictEvery != 0 {
		return
	}
	s.samples = append(s.samples, appendRecord(nil, &StoredDoc{Document: *doc}))
	if len(s.samples) > dictSamples {
		s.samples = s.samples[1:]
	}
}

// dict returns the last dictSize bytes of the samples.
func (s *dictSampler) dict() []byte {
	var d []byte
	for _, b := range s.samples {
		d = append(d, b...)
	}
	return d[max(0, len(d)-dictSize):]
}
