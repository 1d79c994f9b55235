// Package highlight makes the snippets of search hits: an HTML-safe
// excerpt of a document's text around the densest matches of a query, the
// matched words in <mark>.
//
// Snippets are built from the stored text rather than by the index
// library's highlighter: the text is analysed again with the analyzer the
// index used, so a stemmed match ("smuggling" for "smuggler") is marked,
// and the output is escaped piece by piece, so nothing of the document
// reaches the page as markup except our own <mark> tags.
//
// The package knows neither the index nor the query language: it is given
// the query's index terms and an Analyzer per language, and imports no
// index library.
package highlight

// Token is a term an Analyzer found in a text, at bytes Start to End, the
// Position-th term of the text (from 1).
type Token struct {
	Term       string
	Start, End int
	Position   int
}

// Analyzer turns text into the terms the index holds for it. Tokens of a
// language other than the default must be given without the index's
// language prefix: the highlighter compares them with the query's terms
// of the same language (Input.Terms).
type Analyzer interface {
	Tokens(text string) []Token
}
