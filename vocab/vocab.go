// Package vocab owns the domain vocabulary of Justice and Home Affairs: EU
// information systems, crime areas, agencies and institutions, countries.
// It loads the curated vocabulary (embedded, extendable by a local file),
// enriches documents with the concepts their tags and text mention, and
// expands a query phrase into every surface form of the concept it names.
//
// It must not touch the index or the network: it speaks only the root
// package's Document and plain strings, so the indexer and the search
// engine decide where the values go.
package vocab

import (
	_ "embed"
	"slices"
	"sort"
	"sync"
)

// Type is the kind of a concept.
type Type string

// The concept types. Topic, system and country are facets of the index;
// agency serves query expansion and is offered as a facet too.
const (
	TypeSystem  Type = "system"
	TypeTopic   Type = "topic"
	TypeAgency  Type = "agency"
	TypeCountry Type = "country"
)

// types lists the valid types in the order error messages name them.
var types = []Type{TypeSystem, TypeTopic, TypeAgency, TypeCountry}

// Concept is one thing of the domain with every name it goes by.
type Concept struct {
	ID    string `yaml:"id"`
	Type  Type   `yaml:"type"`
	Label string `yaml:"label"` // preferred English label, the facet value
	// Abbreviations and CasedNames match case-sensitively ("SIS" never
	// "Sis"; "Polish" never "polish"); Names and OldNames match whatever
	// the case. The label matches case-insensitively unless it is listed
	// among the case-sensitive forms.
	Abbreviations []string `yaml:"abbreviations,omitempty"`
	CasedNames    []string `yaml:"cased_names,omitempty"`
	Names         []string `yaml:"names,omitempty"`
	OldNames      []string `yaml:"old_names,omitempty"`
	// Patterns are names with alternatives in parentheses, matched
	// whatever the case: "(firearms|weapons) (trafficking|smuggling)"
	// stands for four names. Crime areas are said in many such ways;
	// listing the parts keeps the file short and the recall high. They
	// serve enrichment; Forms and Expand leave them out.
	Patterns []string `yaml:"patterns,omitempty"`
	// Broader lists ids of concepts of the same type that a mention of this
	// one implies (cocaine -> drug trafficking).
	Broader []string `yaml:"broader,omitempty"`
	// Not lists negative contexts: longer phrases in which a form of the
	// concept does not name it ("New Guinea" for Guinea). A negative
	// context hides every mention inside it.
	Not []string `yaml:"not,omitempty"`
	// Tags are agency tags that name the concept only as a whole tag: a
	// tag "Return" or "Drugs" is a topic, the word in a sentence is not.
	// They are not forms: queries do not expand to them.
	Tags []string `yaml:"tags,omitempty"`
	// Source is, for an agency with a newsroom, its name as
	// jhasearch.Document.Agency spells it.
	Source string `yaml:"source,omitempty"`
	// Langs holds the names in the other languages, by language code
	// ("de", "fr"; see Languages); the fields above are English.
	Langs map[string]LangNames `yaml:"langs,omitempty"`

	forms []Form // every form, made once when the vocabulary is built
}

// Form is one surface form of a concept.
type Form struct {
	Text          string
	CaseSensitive bool
	// Lang is the language of a name given under Concept.Langs; empty for
	// the English forms (and a name listed in both is English).
	Lang string
	// Only marks a name matched only in text of its language
	// (LangNames.Only).
	Only bool
}

// Vocabulary is a validated set of concepts with its matcher. It is
// immutable and safe for concurrent use.
type Vocabulary struct {
	concepts []*Concept
	byID     map[string]*Concept
	at       map[string]place // concept id -> where it was last defined
	index    map[*Concept]int // position in concepts, for Enrich's marks
	m        *matcher
	scratch  sync.Pool // of *scratch, sized for this vocabulary
}

//go:embed vocabulary.yaml
var embedded []byte

// DefaultOrigin names the embedded file in errors.
const DefaultOrigin = "embedded vocabulary.yaml"

// Default returns the embedded vocabulary. It is loaded once per process
// (a vocabulary is immutable, so every caller can share it): with the
// names of 24 languages, loading takes a noticeable fraction of a second.
func Default() (*Vocabulary, error) {
	return loadDefault()
}

var loadDefault = sync.OnceValues(func() (*Vocabulary, error) {
	return Load(embedded, DefaultOrigin)
})

// Concept returns the concept with the id.
func (v *Vocabulary) Concept(id string) (Concept, bool) {
	c, ok := v.byID[id]
	if !ok {
		return Concept{}, false
	}
	return *c.clone(), true // a copy: the vocabulary stays immutable
}

// Concepts returns every concept, ordered by type then label.
func (v *Vocabulary) Concepts() []Concept {
	out := make([]Concept, 0, len(v.concepts))
	for _, c := range v.concepts {
		out = append(out, *c.clone())
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Label < out[j].Label
	})
	return out
}

// Forms returns every surface form of the concept: label, abbreviations,
// cased names, names and old names, then the names of each language in
// the order of their codes, without duplicates. Names made by patterns
// are left out: they can be hundreds, and a search engine reaches the
// documents that use them through the concept field.
func (c *Concept) Forms() []Form {
	if c.forms != nil {
		return slices.Clone(c.forms)
	}
	return c.makeForms(nil)
}

// makeForms lists the forms of Forms; lfs are the concept's language
// forms when the caller has them (nil: made here).
func (c *Concept) makeForms(lfs []langForm) []Form {
	var out []Form
	seen := map[Form]bool{}
	add := func(f Form) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	add(Form{Text: c.Label, CaseSensitive: c.caseSensitive(c.Label)})
	for _, list := range []struct {
		names []string
		cs    bool
	}{{c.Abbreviations, true}, {c.CasedNames, true}, {c.Names, false}, {c.OldNames, false}} {
		for _, s := range list.names {
			add(Form{Text: s, CaseSensitive: list.cs})
		}
	}
	english := map[string]bool{}
	for _, f := range out {
		english[f.Text] = true
	}
	if lfs == nil {
		lfs, _, _ = c.langForms() // checked when the vocabulary was built
	}
	for _, lf := range lfs {
		if english[lf.text] {
			continue // it repeats an English form
		}
		add(Form{Text: lf.text, CaseSensitive: lf.cs, Lang: lf.lang, Only: lf.only})
	}
	return out
}

// caseSensitive reports whether s is listed among the case-sensitive forms.
func (c *Concept) caseSensitive(s string) bool {
	for _, list := range [][]string{c.Abbreviations, c.CasedNames} {
		for _, x := range list {
			if x == s {
				return true
			}
		}
	}
	return false
}
