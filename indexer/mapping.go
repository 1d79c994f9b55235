package indexer

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of the index. Search builds its queries on these names; the
// text fields share one analyzer, TextAnalyzer, which queries must use too.
const (
	FieldTitle   = "title"
	FieldSummary = "summary"
	FieldBody    = "body"
	FieldAgency  = "agency"
	FieldTag     = "tag"
	// FieldTopic, FieldSystem and FieldCountry name the facets of the
	// vocabulary's concepts a document mentions, kept in the generation's
	// table, not in Bleve; FieldConcept holds their ids in the index,
	// broader ones and agencies included, which queries that name a
	// concept match exactly (query expansion).
	FieldTopic   = "topic"
	FieldSystem  = "system"
	FieldCountry = "country"
	FieldConcept = "concept"
)

// TextFields are the analysed fields, in the order search weighs them.
var TextFields = []string{FieldTitle, FieldSummary, FieldBody}

// scoringModel is Bleve's name of BM25 (index.BM25Scoring). Search never
// runs Bleve's scorer (its BM25F is search/score's, over search/reader's
// postings); the model stays what every generation was built with.
const scoringModel = "bm25"

// mappingVersionKey is the internal key that records MappingVersion.
const mappingVersionKey = "jhasearch_mapping_version"

// NewMapping returns the index mapping. Nothing is dynamic and nothing goes
// into the composite _all field: every query names its fields, so that the
// analyzer of the query is the analyzer of the field.
func NewMapping() mapping.IndexMapping {
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = TextAnalyzer
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = false
		// No term vectors: phrases are matched on the positions file
		// (positions.go), snippets on the stored document.
		f.IncludeTermVectors = false
		return f
	}
	keywordField := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		// Sorting, filters and facets are done in memory over the
		// generation's table, never by Bleve: no doc values.
		f.DocValues = false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	// No composite _all field either: Bleve would otherwise visit an
	// empty one for every document.
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	for _, f := range TextFields {
		doc.AddFieldMappingsAt(f, text())
	}
	// Dates, languages, topics, systems and countries are filtered and
	// counted in memory from the generation's table, and "every document"
	// is the table's too: only what queries name is in the index.
	for _, f := range []string{FieldAgency, FieldTag, FieldConcept} {
		doc.AddFieldMappingsAt(f, keywordField())
	}

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = TextAnalyzer
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	m.ScoringModel = scoringModel
	return m
}
