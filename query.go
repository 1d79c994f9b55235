package jhasearch

import "time"

// Sort orders search results.
type Sort string

// The sort orders the API accepts.
const (
	SortRelevance Sort = "relevance"
	SortNewest    Sort = "newest"
	SortOldest    Sort = "oldest"
)

// Limits of a search request, shared by the API, the page and the engine.
const (
	DefaultPageSize = 10
	MaxPageSize     = 100
	// MaxWindow is the deepest result (page × size) reachable by page
	// number; deeper results are reached with the cursor.
	MaxWindow = 10000
	// MaxQueryLength is the longest query in characters.
	MaxQueryLength = 500
)

// SearchRequest is a validated search: the API and the results page parse
// their parameters into this one type with the same function.
type SearchRequest struct {
	Query string
	// Filters selects values of the facets that filter (Facets), by name:
	// disjunctive within a facet, conjunctive across facets.
	Filters Filters
	// From and To bound the publication date, both inclusive; zero is open.
	From, To time.Time
	Sort     Sort
	Page     int // 1-based
	Size     int
	// Cursor continues after the last hit of a previous answer; when set,
	// Page is ignored.
	Cursor string
	// Match is MatchAny (the default, also when empty) or MatchAll.
	Match string
	// Lang is the language of the facet labels ("de"), "" for English.
	// The engine ignores it: it changes how an answer is shown, not what
	// it holds.
	Lang string
}

// How the words of a query must match (SearchRequest.Match). With
// MatchAny, the releases with every word (or concept) of the query come
// first and those with only some of them follow, ranked below; with
// MatchAll only the first are found.
const (
	MatchAny = "any"
	MatchAll = "all"
)

// SearchResult is the answer to a SearchRequest. Its hits and facets may
// be shared with other answers (an engine caches them): read them, never
// change them.
type SearchResult struct {
	// Total counts the releases found, a release in several languages
	// once; Versions counts their language versions that matched.
	Total    int
	Versions int
	Page     int
	Size     int
	Took     time.Duration
	Hits     []Hit
	// Facets maps a facet name to its values, sorted by count then value.
	Facets map[string][]FacetValue
	// Suggestion is a corrected query ("did you mean") when the query found
	// little and the index knows a better spelling; empty otherwise.
	Suggestion string
	// Cursor continues after the last hit; empty on the last page.
	Cursor string
	// AllWords is how many of the releases found (after filters) have
	// every word of the query; SomeWords how many more have only some of
	// them: found and ranked below with MatchAny, not found with MatchAll.
	// Both are 0 without query words.
	AllWords, SomeWords int
}

// Hit is one result: the document without its body, with a snippet.
type Hit struct {
	Document Document
	// Agencies lists every agency of a joint release, Document.Agency first.
	Agencies []string
	// Snippet is HTML-safe: matched words in <mark>, everything else escaped.
	Snippet string
	Score   float64
	// Translations are the release's other language versions.
	Translations []Version
}

// Version is one language version of a release.
type Version struct {
	ID, Language, Title string
}

// FacetValue is one value of a facet with the number of matching documents.
type FacetValue struct {
	Value string
	Count int
}

// Stats describes the served index.
type Stats struct {
	Documents  int
	Generation string
	BuiltAt    time.Time
	Agencies   []FacetValue
	Oldest     time.Time
	Newest     time.Time
}
