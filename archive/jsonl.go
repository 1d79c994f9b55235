package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
)

// MaxLine is the longest JSON Lines record an import accepts.
const MaxLine = 16 << 20

// line is one record of the import and export format (JSON Lines).
type line struct {
	ID        string   `json:"id,omitempty"`
	URL       string   `json:"url,omitempty"`
	Agency    string   `json:"agency"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Summary   string   `json:"summary,omitempty"`
	Body      string   `json:"body,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Language  string   `json:"language,omitempty"`
	// TranslationOf is the URL or id of the release this one translates;
	// Translations the URLs or ids of its versions in other languages.
	TranslationOf string   `json:"translation_of,omitempty"`
	Translations  []string `json:"translations,omitempty"`
	Aliases       []string `json:"aliases,omitempty"`
	Credits       []string `json:"credits,omitempty"`
	FetchedAt     string   `json:"fetched_at,omitempty"`
	// Type is what kind of item the release is (jhasearch.TypeChoices).
	Type string `json:"type,omitempty"`
}

// LineError says why one line of an import was rejected.
type LineError struct {
	Line   int
	Reason string
}

func (e LineError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
}

var (
	idPattern       = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)
	languagePattern = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)
)

// ReadJSONL reads documents in the import format. It reads every line and
// returns the valid documents together with one LineError per invalid line,
// so that the caller can report them all and decide; err is for failures to
// read at all.
func ReadJSONL(r io.Reader) (docs []jhasearch.Document, bad []LineError, err error) {
	bad, err = ScanJSONL(r, func(_ int, doc jhasearch.Document) error {
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return docs, bad, nil
}

// ScanJSONL reads documents in the import format one line at a time,
// calling fn with each valid document and its line number, so that an
// import of any size needs memory for one line only. It returns one
// LineError per invalid line; err is for failures to read, or fn's error.
// Every document is bounded to the field limits (see ScanJSONLCuts).
func ScanJSONL(r io.Reader, fn func(line int, doc jhasearch.Document) error) (bad []LineError, err error) {
	return ScanJSONLCuts(r, func(line int, doc jhasearch.Document, _ []jhasearch.Cut) error { return fn(line, doc) })
}

// ScanJSONLCuts is ScanJSONL that also gives fn what jhasearch.BoundDocument
// cut from each document to keep it within the field limits, nil when
// nothing, so that the import can report it.
func ScanJSONLCuts(r io.Reader, fn func(line int, doc jhasearch.Document, cuts []jhasearch.Cut) error) (bad []LineError, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		doc, cuts, err := parseLine(text)
		if err != nil {
			bad = append(bad, LineError{Line: n, Reason: err.Error()})
			continue
		}
		if err := fn(n, doc, cuts); err != nil {
			return bad, err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return bad, fmt.Errorf("line %d: longer than %d MiB", n+1, MaxLine>>20)
		}
		return bad, fmt.Errorf("after line %d: %w", n, err)
	}
	return bad, nil
}

func parseLine(text []byte) (jhasearch.Document, []jhasearch.Cut, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	var l line
	if err := dec.Decode(&l); err != nil {
		return jhasearch.Document{}, nil, describeJSONError(err)
	}
	if dec.More() {
		return jhasearch.Document{}, nil, errors.New("more than one JSON object on the line")
	}
	doc, err := l.document()
	if err != nil {
		return doc, nil, err
	}
	// document refused what cannot be cut (id, url, date); the rest is.
	cuts, err := jhasearch.BoundDocument(&doc)
	return doc, cuts, err
}

// describeJSONError turns encoding/json's errors into sentences that name
// the field.
func describeJSONError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return fmt.Errorf("field %q must be %s, not a JSON %s", typeErr.Field, describeType(typeErr.Field), typeErr.Value)
	case errors.As(err, &typeErr):
		return fmt.Errorf("the line must be a JSON object, not a JSON %s", typeErr.Value)
	case errors.As(err, &syntaxErr):
		return fmt.Errorf("invalid JSON at byte %d: %v", syntaxErr.Offset, syntaxErr)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fmt.Errorf("unknown field %s (allowed: id, url, agency, title, published, summary, body, tags, language, type, aliases, credits, fetched_at)", strings.TrimPrefix(err.Error(), "json: unknown field "))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("invalid JSON: the object is cut off")
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

func describeType(field string) string {
	switch strings.SplitN(field, ".", 2)[0] {
	case "tags", "aliases", "credits", "translations":
		return "an array of strings"
	}
	return "a string"
}

func (l line) document() (jhasearch.Document, error) {
	doc := jhasearch.Document{
		ID: strings.TrimSpace(l.ID), Agency: strings.TrimSpace(l.Agency),
		Title: strings.TrimSpace(l.Title), Summary: l.Summary, Body: l.Body,
		Tags: l.Tags, Language: strings.TrimSpace(l.Language), Credits: l.Credits, Type: strings.TrimSpace(l.Type),
	}
	if f, _ := jhasearch.FacetNamed(jhasearch.FacetType); doc.Type != "" && !f.Valid(doc.Type) {
		return doc, fmt.Errorf("field \"type\" %q must be one of %s, or absent", clip(l.Type), strings.Join(f.ChoiceValues(), ", "))
	}
	if doc.ID != "" && !idPattern.MatchString(doc.ID) {
		return doc, fmt.Errorf("field \"id\" %q must be 1 to 128 letters, digits, dots, hyphens or underscores", clip(l.ID))
	}
	switch {
	case l.URL == "" && doc.ID == "":
		return doc, errors.New("field \"url\" is required when there is no \"id\"")
	case len(l.URL) > jhasearch.MaxURLBytes:
		return doc, fmt.Errorf("field \"url\" is %d bytes long; at most %d are accepted", len(l.URL), jhasearch.MaxURLBytes)
	case l.URL != "":
		u, err := jhasearch.CanonicalURL(l.URL)
		if err != nil {
			return doc, fmt.Errorf("field \"url\" %q must be an absolute http or https URL", clip(l.URL))
		}
		doc.URL = u
	}
	for _, a := range l.Aliases {
		u, err := jhasearch.CanonicalURL(a)
		if err != nil {
			return doc, fmt.Errorf("field \"aliases\": %q must be an absolute http or https URL", clip(a))
		}
		doc.Aliases = append(doc.Aliases, u)
	}
	for i, t := range append(l.Translations, l.TranslationOf) {
		field := "translations"
		if i == len(l.Translations) {
			if t == "" {
				break
			}
			field = "translation_of"
		}
		ref, err := translationRef(t)
		if err != nil {
			return doc, fmt.Errorf("field %q: %w", field, err)
		}
		if !slices.Contains(doc.Translations, ref) {
			doc.Translations = append(doc.Translations, ref)
		}
	}
	if doc.Agency == "" {
		return doc, errors.New("field \"agency\" is required")
	}
	if doc.Title == "" {
		return doc, errors.New("field \"title\" is required")
	}
	published, err := ParseDate(l.Published)
	if err != nil {
		return doc, fmt.Errorf("field \"published\": %w", err)
	}
	if !jhasearch.PublishedInRange(published) {
		return doc, fmt.Errorf("field \"published\" %q is outside the accepted dates %s", clip(l.Published), jhasearch.DateRange)
	}
	doc.Published = published
	// Without a language, the text decides, here rather than at the build
	// alone: the archive, its export and the generation's snapshot of it
	// then say the same.
	if doc.Language == "" {
		doc.Language = lang.Decide("", doc.Title, doc.Summary, doc.Body)
	}
	if !languagePattern.MatchString(doc.Language) {
		return doc, fmt.Errorf("field \"language\" %q must be a BCP 47 language tag such as \"en\" or \"pt-BR\"", clip(l.Language))
	}
	for i, tag := range doc.Tags {
		if strings.TrimSpace(tag) == "" {
			return doc, fmt.Errorf("field \"tags\": tag %d is empty", i+1)
		}
		doc.Tags[i] = strings.TrimSpace(tag)
	}
	if l.FetchedAt != "" {
		// The export writes UTC: a time whose UTC year has no four digits
		// could not be written back.
		doc.FetchedAt, err = time.Parse(time.RFC3339, l.FetchedAt)
		if y := doc.FetchedAt.UTC().Year(); err != nil || y < 0 || y > 9999 {
			return doc, fmt.Errorf("field \"fetched_at\" %q must be an RFC 3339 time", clip(l.FetchedAt))
		}
	}
	return doc, nil
}

// translationRef is the canonical URL of a translation given by URL, or
// its id.
func translationRef(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") {
		u, err := jhasearch.CanonicalURL(s)
		if err != nil {
			return "", fmt.Errorf("%q must be an absolute http or https URL or a document id", s)
		}
		return u, nil
	}
	if !idPattern.MatchString(s) {
		return "", fmt.Errorf("%q must be an absolute http or https URL or a document id", s)
	}
	return s, nil
}

// ParseDate reads a publication date given as YYYY-MM-DD or as an RFC 3339
// time; the date is the calendar day in the time's own offset.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, errors.New("is required (YYYY-MM-DD or RFC 3339)")
	}
	if t, err := time.Parse(jhasearch.DateLayout, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (YYYY-MM-DD or RFC 3339)", clip(s))
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// WriteJSONL writes one document as a line of the import format.
func WriteJSONL(w io.Writer, doc jhasearch.Document) error {
	l := line{
		ID: doc.ID, URL: doc.URL, Agency: doc.Agency, Title: doc.Title,
		Published: doc.Published.Format(jhasearch.DateLayout), Summary: doc.Summary,
		Body: doc.Body, Tags: doc.Tags, Language: doc.Language, Type: doc.Type,
		Aliases: doc.Aliases, Credits: doc.Credits, Translations: doc.Translations,
	}
	if !doc.FetchedAt.IsZero() {
		// Nano keeps the fraction, so that an export imports unchanged.
		l.FetchedAt = doc.FetchedAt.UTC().Format(time.RFC3339Nano)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(l)
}

// clip shortens a value quoted in a message, so that a huge bad value
// does not make a huge report.
func clip(s string) string {
	const max = 100
	if len(s) <= max {
		return s
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
