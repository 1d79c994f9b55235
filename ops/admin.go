package ops

import (
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"strings"

	"github.com/jhasearch/jhasearch"
)

// Paths of the admin API.
const (
	pathAdminCrawl   = "/api/v1/admin/crawl"
	pathAdminReindex = "/api/v1/admin/reindex"
	pathAdminReload  = "/api/v1/admin/reload"
	pathAdminStatus  = "/api/v1/admin/status"
)

// Admin is the admin API: start a crawl or a rebuild, reload the index,
// read the jobs' status. Every route requires the bearer token; without a
// configured token every route answers 404, as if it did not exist.
type Admin struct {
	// tokenSum is the token's SHA-256: comparing fixed-length sums keeps
	// the comparison constant-time without leaking the token's length.
	tokenSum [sha256.Size]byte
	enabled  bool
	jobs     Jobs
	log      *slog.Logger
}

// NewAdmin returns the admin API over jobs; an empty token disables it
// and jobs may then be nil. The token should have passed Config.Validate.
// A token without jobs is a wiring mistake, and NewAdmin panics on it.
func NewAdmin(token string, jobs Jobs, logger *slog.Logger) *Admin {
	if token != "" && jobs == nil {
		panic("ops: NewAdmin: an admin token is set but there are no Jobs to run")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Admin{tokenSum: sha256.Sum256([]byte(token)), enabled: token != "", jobs: jobs, log: logger}
}

// Register hands each admin route to handle, such as ui.Server.Handle.
// When the API is disabled every route is registered under GET and POST
// with a 404 answer, so that a wrong method says nothing either.
func (a *Admin) Register(handle func(method, path string, h http.Handler)) {
	routes := []struct {
		method, path string
		h            http.HandlerFunc
	}{
		{http.MethodPost, pathAdminCrawl, a.startJob(KindCrawl)},
		{http.MethodPost, pathAdminReindex, a.startJob(KindReindex)},
		{http.MethodPost, pathAdminReload, a.reload},
		{http.MethodGet, pathAdminStatus, a.status},
	}
	for _, rt := range routes {
		if !a.enabled {
			handle(http.MethodGet, rt.path, http.HandlerFunc(notFound))
			handle(http.MethodPost, rt.path, http.HandlerFunc(notFound))
			continue
		}
		handle(rt.method, rt.path, a.authorize(rt.h))
	}
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	writeError(w, jhasearch.HTTPStatus(jhasearch.ENOTFOUND), jhasearch.ENOTFOUND, "There is no page at this address.")
}

// authorize lets through requests that carry the bearer token.
func (a *Admin) authorize(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := bearerToken(r.Header.Get("Authorization"))
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="jhasearch admin"`)
			writeError(w, http.StatusUnauthorized, codeUnauthorized,
				"This address needs the admin token, sent as the header \"Authorization: Bearer\" followed by the token.")
			return
		}
		sum := sha256.Sum256([]byte(token))
		if subtle.ConstantTimeCompare(sum[:], a.tokenSum[:]) != 1 {
			a.log.Warn("ops: admin request with a wrong token", "path", r.URL.Path, "request_id", RequestID(r.Context()))
			w.Header().Set("WWW-Authenticate", `Bearer realm="jhasearch admin", error="invalid_token"`)
			writeError(w, http.StatusUnauthorized, codeUnauthorized, "The admin token is not valid.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bearerToken reads "Bearer <token>"; the scheme is case-insensitive
// (RFC 9110, section 11.1).
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}
