package scraper

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/url"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
)

// europolNode is the part of Europol's node API answer the crawler reads.
// Its newsroom pages are JavaScript shells; the API holds the release.
type europolNode struct {
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

func parseEuropol(content []byte) (europolNode, error) {
	var n europolNode
	if err := json.Unmarshal(content, &n); err != nil {
		return n, fmt.Errorf("scraper: europol api answer: %w", err)
	}
	return n, nil
}

func (src Source) extractEuropol(doc jhasearch.Document, content []byte) (jhasearch.Document, error) {
	n, err := parseEuropol(content)
	if err != nil {
		return doc, err
	}
	doc.Title = collapse(n.Title)
	stamp := strings.Trim(string(n.Published), `" `)
	published, dated := src.parseDate(stamp)
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
	doc.Summary = plainText(intro.Find("body"))
	for _, c := range n.CrimeAreas {
		doc.Tags = append(doc.Tags, c.Title)
	}
	doc.Tags = dedupe(doc.Tags)
	doc.Language = src.Language
	if doc.Language == "" {
		doc.Language = "en"
	}
	switch {
	case doc.Title == "":
		return doc, reject("europol api answer without a title")
	case !dated:
		return doc, reject("europol api answer without a Unix publication time")
	case len(paras) == 0:
		return doc, reject("europol api answer without body text")
	}
	doc.Published = published
	doc.Body = strings.Join(paras, "\n\n")
	return doc, nil
}

// europolAPI is the node API address that answers for an article URL.
func (src Source) europolAPI(article string) (string, error) {
	u, err := url.Parse(article)
	if err != nil {
		return "", err
	}
	api := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: src.API,
		RawQuery: url.Values{"url": {u.EscapedPath()}}.Encode()}
	return api.String(), nil
}
