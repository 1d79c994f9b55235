package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
)

// EuropolNode is the part of Europol's node API answer the crawler reads.
// Its newsroom pages are JavaScript shells; the API holds the release.
type EuropolNode struct {
	Title        string          `json:"title"`
	Published    json.RawMessage `json:"published"` // Unix seconds, as a number or a string
	Body         string          `json:"body"`
	Introduction string          `json:"introduction"`
	ArticleType  struct {
		Title string `json:"title"`
	} `json:"articleType"`
	CrimeAreas []struct {
		Title string `json:"title"`
	} `json:"crimeAreas"`
	Navigation struct {
		Previous string `json:"previous"`
		Next     string `json:"next"`
	} `json:"navigation"`
}

func isJSON(page jhasearch.Page) bool {
	mt, _, _ := mime.ParseMediaType(page.ContentType)
	if mt == "application/json" || strings.HasSuffix(mt, "+json") {
		return true
	}
	return mt == "" && bytes.HasPrefix(bytes.TrimSpace(page.Content), []byte("{"))
}

// ParseEuropol reads an answer of Europol's node API.
func ParseEuropol(content []byte) (EuropolNode, error) {
	var n EuropolNode
	if err := json.Unmarshal(content, &n); err != nil {
		return n, fmt.Errorf("scraper: europol api answer: %w", err)
	}
	return n, nil
}

func (src Rules) extractEuropol(doc jhasearch.Document, content []byte) (jhasearch.Document, error) {
	n, err := ParseEuropol(content)
	if err != nil {
		return doc, err
	}
	doc.Title = Collapse(n.Title)
	stamp := strings.Trim(string(n.Published), `" `)
	published, dated := src.ParseDate(stamp)
	if _, err := strconv.ParseInt(stamp, 10, 64); err != nil {
		dated = false // the API gives Unix seconds; anything else is a broken answer
	}
	body, err := goquery.NewDocumentFromReader(strings.NewReader(n.Body))
	if err != nil {
		return doc, fmt.Errorf("scraper: europol body of %s: %w", doc.URL, err)
	}
	body.Find(junk).Remove()
	paras := dropTitle(paragraphs(body.Find("body")), doc.Title)
	paras, doc.Credits = splitCredits(paras)
	intro, _ := goquery.NewDocumentFromReader(strings.NewReader(n.Introduction))
	doc.Summary = PlainText(intro.Find("body"))
	for _, c := range n.CrimeAreas {
		doc.Tags = append(doc.Tags, c.Title)
	}
	doc.Tags = Dedupe(doc.Tags)
	doc.Language = src.Language
	if doc.Language == "" {
		doc.Language = "en"
	}
	switch {
	case doc.Title == "":
		return doc, Reject("europol api answer without a title")
	case !dated:
		return doc, Reject("europol api answer without a Unix publication time")
	case len(paras) == 0:
		return doc, Reject("europol api answer without body text")
	}
	doc.Published = published
	doc.Body = strings.Join(paras, "\n\n")
	return doc, nil
}
