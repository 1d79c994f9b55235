package jhasearch

import (
	"slices"
	"strconv"
	"strings"
)

// Facet describes one facet of the archive: a property of a release by
// which answers are counted and, for most, filtered. The table Facets is
// the one place a facet is described; request parsing, filters, counts,
// cache keys, permalinks, the OpenAPI document, the results page's filter
// groups, the CSV columns, the Atom categories and the stored records are
// derived from it, so adding a facet is an entry here, a field of Document
// if the release holds it, and where its values come from.
type Facet struct {
	// Name is the facet's key in an answer's facets and, for a facet that
	// filters, its request parameter (repeatable; disjunctive).
	Name string
	// Label names the facet for people: the legend of its filter group.
	Label string
	// Doc says what the values are, for the API document.
	Doc string
	// Limit bounds the values an answer lists, most frequent first.
	Limit int
	// Filter is true when requests filter by the facet (parameter Name).
	Filter bool
	// Vocabulary is true when the values are preferred labels of the
	// vocabulary's concepts, shown translated when a request asks (lang).
	Vocabulary bool
	// Joint is true when a joint release counts under the values of every
	// agency of its group, not only those of the version shown.
	Joint bool
	// Choices, when set, are the only values the facet takes, each with a
	// label for people; Default is the value of a release that has none.
	Choices []Choice
	Default string
	// Column is the CSV column of the facet's values, after the release's
	// own columns (tags and language are among those), "" for none; Hit
	// is true when an API hit carries the values under "values" (a facet
	// without a field of its own in the hit); Category is true when Atom
	// entries carry the values as categories. Columns and fields that
	// exist stay where they are, so that readers by position keep working.
	Column   string
	Hit      bool
	Category bool
	// Scraped is true when a source's rules may give the values
	// (sources file, "facets:").
	Scraped bool
	// Values returns a release's values as the build decided them (the
	// language is the one the release is analysed in); Of adds Default.
	Values func(d *Document) []string
	// Set stores values in the release's own field of the facet. It is
	// nil for a facet derived from other fields (agency, year, language),
	// which the record stores with those fields; the record stores the
	// others by Name.
	Set func(d *Document, vals []string)
}

// Choice is one value of a facet with a closed list of values.
type Choice struct {
	Value, Label string
}

// Facet names, as they appear in the API.
const (
	FacetAgency   = "agency"
	FacetTag      = "tag"
	FacetYear     = "year"
	FacetLanguage = "language"
	// FacetTopic, FacetSystem and FacetCountry are the vocabulary's facets:
	// values are preferred labels of concepts the releases mention.
	FacetTopic   = "topic"
	FacetSystem  = "system"
	FacetCountry = "country"
	// FacetType is what kind of item a release is (TypeChoices).
	FacetType = "type"
)

// TypeChoices are the values of the type facet; TypeOther is the type of
// a release whose kind no source rule and no import gives.
var TypeChoices = []Choice{{"press-release", "Press release"}, {"news", "News"}, {"event", "Event"},
	{"speech", "Speech"}, {"publication", "Publication"}, {TypeOther, "Other"}}

// TypeOther is the type of a release of unknown kind.
const TypeOther = "other"

// Facets is the table of facets, in the order answers, filter groups and
// columns list them.
var Facets = []Facet{
	{Name: FacetAgency, Label: "Agency", Limit: 50, Filter: true, Joint: true,
		Doc:    "The agency that published the release; a joint release counts under each of its agencies.",
		Values: func(d *Document) []string { return one(d.Agency) }},
	{Name: FacetTopic, Label: "Topic", Limit: 50, Filter: true, Vocabulary: true,
		Doc:    "A preferred label of the vocabulary's topics (crime areas, policy fields) the release mentions.",
		Values: func(d *Document) []string { return d.Topics }, Set: func(d *Document, v []string) { d.Topics = v }},
	{Name: FacetSystem, Label: "EU information system", Limit: 50, Filter: true, Vocabulary: true,
		Doc:    "A preferred label of the vocabulary's EU information systems the release mentions.",
		Values: func(d *Document) []string { return d.Systems }, Set: func(d *Document, v []string) { d.Systems = v }},
	{Name: FacetCountry, Label: "Country", Limit: 50, Filter: true, Vocabulary: true,
		Doc:    "A preferred label of the vocabulary's countries the release mentions.",
		Values: func(d *Document) []string { return d.Countries }, Set: func(d *Document, v []string) { d.Countries = v }},
	{Name: FacetTag, Label: "Tags", Limit: 50, Filter: true, Category: true, Scraped: true,
		Doc:    "A tag the agency gave the release.",
		Values: func(d *Document) []string { return d.Tags }, Set: func(d *Document, v []string) { d.Tags = v }},
	{Name: FacetLanguage, Label: "Language", Limit: 50, Filter: true,
		Doc:    "The language of the release (ISO 639-1 code), as the build decided it.",
		Values: func(d *Document) []string { return one(d.Language) }},
	{Name: FacetYear, Label: "Year", Limit: 100,
		Doc: "The year of publication; not a filter (use from and to).",
		Values: func(d *Document) []string {
			if d.Published.IsZero() {
				return nil
			}
			return []string{d.Published.Format("2006")}
		}},
	{Name: FacetType, Label: "Type", Limit: 10, Filter: true, Column: "type", Hit: true, Category: true, Scraped: true,
		Doc:     "What kind of item the release is, from its source's rules or its import; other when unknown.",
		Choices: TypeChoices, Default: TypeOther,
		Values: func(d *Document) []string { return one(d.Type) }, Set: func(d *Document, v []string) { d.Type = first(v) }},
}

// first returns the first of vals, "" when there is none.
func first(vals []string) string {
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

func one(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// FacetNamed returns the facet of a name.
func FacetNamed(name string) (*Facet, bool) {
	for i := range Facets {
		if Facets[i].Name == name {
			return &Facets[i], true
		}
	}
	return nil, false
}

// FacetIndex returns the place of a facet in Facets, -1 when there is none.
func FacetIndex(name string) int {
	return slices.IndexFunc(Facets, func(f Facet) bool { return f.Name == name })
}

// FilterFacets returns the facets requests filter by, in table order.
func FilterFacets() []*Facet {
	var out []*Facet
	for i := range Facets {
		if Facets[i].Filter {
			out = append(out, &Facets[i])
		}
	}
	return out
}

// ChoiceLabel returns the label of a value of a facet with choices, the
// value itself otherwise.
func (f *Facet) ChoiceLabel(value string) string {
	for _, c := range f.Choices {
		if c.Value == value {
			return c.Label
		}
	}
	return value
}

// Valid reports whether a facet with choices takes value; every value is
// valid for a facet without.
func (f *Facet) Valid(value string) bool {
	return len(f.Choices) == 0 || slices.ContainsFunc(f.Choices, func(c Choice) bool { return c.Value == value })
}

// ChoiceValues lists the values of a facet with choices.
func (f *Facet) ChoiceValues() []string {
	out := make([]string, len(f.Choices))
	for i, c := range f.Choices {
		out[i] = c.Value
	}
	return out
}

// Of returns a release's values of the facet, or its default when it has
// none.
func (f *Facet) Of(d *Document) []string {
	if vals := f.Values(d); len(vals) > 0 || f.Default == "" {
		return vals
	}
	return []string{f.Default}
}

// Filters are the values a request selects, by facet name: a release
// passes when, for every facet with values, it has any of them. Only the
// facets of the table that filter are read.
type Filters map[string][]string

// Get returns the selected values of a facet.
func (f Filters) Get(name string) []string { return f[name] }

// Key identifies the selection, the same for the same values in any order
// or case, with every filtering facet of the table in it: a cache key or
// a hash built from it can forget none.
func (f Filters) Key() string {
	var b strings.Builder
	for _, fc := range FilterFacets() {
		vs := slices.Clone(f[fc.Name])
		for i := range vs {
			vs[i] = strings.ToLower(vs[i])
		}
		slices.Sort(vs)
		b.WriteString(fc.Name)
		for _, v := range vs {
			b.WriteString(" " + strconv.Itoa(len(v)) + ":" + v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
