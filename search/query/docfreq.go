package query

// DocFreqs returns the number of documents whose field holds each term,
// read from the index's posting lists; a term that cannot be read counts 0.
func (x *Index) DocFreqs(field string, terms []string) map[string]int {
	out := make(map[string]int, len(terms))
	s, err := x.ix.Snapshot()
	if err != nil {
		return out
	}
	defer s.Close()
	for _, t := range terms {
		if n, err := s.DocFreq(field, t); err == nil {
			out[t] = n
		}
	}
	return out
}
