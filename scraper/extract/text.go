package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that end a paragraph of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Aside: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// invisible are the elements whose content is never text of the page.
var invisible = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Object: true, atom.Head: true,
}

// paragraphs returns the visible text of the selection as paragraphs, with
// whitespace collapsed. The text is the parsed characters: markup never
// reaches a document, and an escaped "&lt;script&gt;" stays literal text.
func paragraphs(sel *goquery.Selection) []string {
	var b paraBuilder
	for _, n := range sel.Nodes {
		b.walk(n)
		b.flush()
	}
	return b.out
}

// PlainText is the selection's text on one line.
func PlainText(sel *goquery.Selection) string {
	return Collapse(strings.Join(paragraphs(sel), " "))
}

type paraBuilder struct {
	out []string
	cur strings.Builder
}

func (b *paraBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if invisible[n.DataAtom] {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Br {
		b.cur.WriteString("\n") // a line break inside the paragraph
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		b.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if block {
		b.flush()
	} else if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		b.cur.WriteString(" ")
	}
}

func (b *paraBuilder) flush() {
	var lines []string
	for _, l := range strings.Split(b.cur.String(), "\n") {
		if l = Collapse(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		b.out = append(b.out, strings.Join(lines, "\n"))
	}
	b.cur.Reset()
}

// Collapse trims s and folds every run of white space into one space.
func Collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
