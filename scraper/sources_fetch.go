package scraper

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"golang.org/x/net/http/httpguts"
)

// reservedHeaders are request headers a source may not set: the crawler
// names itself (User-Agent), the HTTP client owns the connection headers,
// and the conditional-request validators come from the archive.
var reservedHeaders = []string{"User-Agent", "Host", "Connection", "Content-Length",
	"Transfer-Encoding", "Te", "Trailer", "Upgrade", "Keep-Alive", "Proxy-Connection",
	"Proxy-Authorization", "Accept-Encoding", "If-None-Match", "If-Modified-Since"}

// checkFetch validates the fetch and headers keys. Its errors never quote a
// header's value: it may be a secret.
func (s *Source) checkFetch(headers map[string]string) error {
	switch s.Fetch {
	case "":
		s.Fetch = FetchHTTP
	case FetchHTTP:
	case FetchBrowser:
		if s.Kind == KindEuropol {
			return errors.New("fetch: browser does not apply to kind europol (its JSON API is read as sent)")
		}
	default:
		return fmt.Errorf("fetch: %q is not one of http, browser", s.Fetch)
	}
	if len(headers) == 0 {
		return nil
	}
	s.headers = &secretHeaders{h: http.Header{}}
	for name, value := range headers {
		if !httpguts.ValidHeaderFieldName(name) {
			return fmt.Errorf("headers: %q is not a header name", name)
		}
		canon := http.CanonicalHeaderKey(name)
		if slices.Contains(reservedHeaders, canon) {
			return fmt.Errorf("headers.%s: set by the crawler itself; a source may not change it", name)
		}
		if strings.TrimSpace(value) == "" || !httpguts.ValidHeaderFieldValue(value) {
			return fmt.Errorf("headers.%s: the value is empty or holds a line break or control character", name)
		}
		s.headers.h.Set(canon, value)
	}
	return nil
}
