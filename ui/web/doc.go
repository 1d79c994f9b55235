// Package web owns what every answer of the site shares, whatever it
// answers: writing JSON, turning a handler's error into an answer (JSON
// for programs, a page for people, the detail of an internal error only in
// the log), recovering from a panicking handler, refusing a query string
// that does not parse, and answering HEAD as GET.
//
// It knows nothing of searches, documents or pages: package ui says which
// addresses are read by programs and how a person's error page looks. Like
// package ui, it is one of the few places that may import Echo.
package web
