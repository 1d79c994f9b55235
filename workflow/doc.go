// Package workflow owns what the commands and the server do with the
// parts: the data directory (archive, index generations, writer lock, run
// log), crawl-then-build, reindex (re-extraction that keeps each release's
// id and aliases), import and export, the enrichment of every build by the
// vocabulary, status and rollback, and the admin API's and the schedule's
// jobs. It is testable without the binary.
//
// It must not read flags, environment variables or the terminal, nor
// print for people beyond the io.Writer it is given: cmd/jhasearch parses
// the command line, chooses the writers and wires the server. It holds no
// global state and imports no library behind another package's boundary
// (Bleve, goquery, Echo).
package workflow
