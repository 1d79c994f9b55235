// Package indexer owns the Bleve index on disk: the mapping, the build of
// immutable index generations from documents, and the lifecycle of
// generations (current, previous for rollback, pruning of older ones and of
// leftovers of crashed builds). Which documents are one release (joint
// releases, language versions) is decided by its sub-package group, which
// does not know the index; a build writes what group decides.
//
// It writes indexes; it must not answer searches (package search does) and
// it must never write into a generation that has been made current: a
// generation is immutable once built, which is what lets readers cache.
package indexer

import (
	"time"
)

// MappingVersion changes whenever the mapping or the stored document layout
// changes in a way that needs a rebuild. It is stored in every generation.
// Version 10 stores times as seconds and nanoseconds (record.go); 11
// analyses each release in its language (analysis_lang.go) and keeps its
// translations; 12 drops the fields no query named (kind, language, year,
// published), which the table holds; 13 keeps the values of every facet of
// jhasearch.Facets in the table and the record (table.go, record.go); 14
// adds the pairs file of adjacent frequent terms (pairs.go).
const MappingVersion = 14

// Generation describes one complete, immutable index build.
type Generation struct {
	// Name is the directory name of the generation inside the index directory.
	Name string `json:"name"`
	// Path is the absolute path of the generation directory.
	Path string `json:"-"`
	// BuiltAt is when the build finished.
	BuiltAt time.Time `json:"built_at"`
	// Documents counts every document, members of joint releases included.
	Documents int `json:"documents"`
	// Indexed counts the searchable documents: one per joint-release group.
	Indexed int `json:"indexed"`
	// MappingVersion is the MappingVersion the generation was built with.
	MappingVersion int `json:"mapping_version"`
	// Agencies counts the documents of each agency.
	Agencies map[string]int `json:"agencies"`
	// Groups counts the joint-release groups.
	Groups int `json:"groups"`
	// FieldTokens is the total analysed length of each indexed field over
	// the searchable documents; search's BM25F takes its average field
	// lengths from it (search/score).
	FieldTokens map[string]int `json:"field_tokens"`
	// Vocabulary is the fingerprint of the vocabulary that enriched the
	// documents (see BuildOption); empty when the builder gave none. The
	// topic, system, country and concept values are only valid for it.
	Vocabulary string `json:"vocabulary,omitempty"`
}

// IndexPath is the directory of the Bleve index of the generation.
func (g *Generation) IndexPath() string { return g.Path + "/" + indexDirName }

// TablePath is the file of the document table of the generation.
func (g *Generation) TablePath() string { return g.Path + "/" + tableFileName }

// Names of the files inside a generation directory.
const (
	indexDirName  = "bleve"
	tableFileName = "table.gob"
	metaFileName  = "meta.json"
	spoolFileName = "spool.gob"
	docsFileName  = "docs.bin"
	// positionsFileName is the file of the term positions (positions.go).
	positionsFileName = "positions.bin"
)
