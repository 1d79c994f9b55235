package analyst

// Terms is the results page's characteristic words.
type Terms struct {
	Links   []TermLink
	Sampled bool
	Sample  int
	APIURL  string
	// Later is set when they took longer than the page's budget: the
	// page links to them (APIURL) instead.
	Later bool
}

// TermLink is one characteristic word, a link to the search narrowed by it.
type TermLink struct {
	Text, Href, Title string
	Results           int
}
