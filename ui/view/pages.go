package view

import (
	"net/http"
)

// The pages whose fields are all the view's own; the home and results
// pages, which hold package ui's search form and facet groups, are
// declared there.

// Stats is the archive in figures, on the home page.
type Stats struct {
	Agencies int
	Oldest   string
	Newest   string
}

// DocumentPage is one release in full.
type DocumentPage struct {
	Layout
	Doc        Hit
	URL        string
	Paragraphs []string
	Aliases    []string
	Credits    []string
	FetchedAt  string
	Joint      []Hit
	Related    []Hit
	APIURL     string
}

// ErrorPage tells a person what went wrong, with the search box so that
// they can go on.
type ErrorPage struct {
	Layout
	Status   int
	Heading  string
	Message  string
	Building bool
	Invalid  bool
}

// NewErrorPage is the page of an error answer; query refills the search
// box. 503 shows that the index is being built.
func NewErrorPage(status int, query, message string) ErrorPage {
	return ErrorPage{
		Layout:   Layout{Title: http.StatusText(status), Query: query},
		Status:   status,
		Heading:  errorHeading(status),
		Message:  message,
		Building: status == http.StatusServiceUnavailable,
		Invalid:  status == http.StatusBadRequest,
	}
}

func errorHeading(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "This search cannot be run"
	case http.StatusNotFound:
		return "Not found"
	case http.StatusServiceUnavailable:
		return "The search index is being built"
	}
	return "Something went wrong"
}
