package ops

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
)

// unlimitedPaths are the probes and the metrics page. They are never rate
// limited, since they must get through precisely when the server is
// busiest, and their successes are logged at Debug only.
var unlimitedPaths = map[string]bool{"/healthz": true, "/readyz": true, "/metrics": true}

// RateLimit refuses a client's request with 429 and Retry-After once it has
// used its burst, until its bucket refills at Config.RateLimit. The client
// is the address Config.TrustedProxies leads to. With RateLimit 0 the
// handler is next itself.
func (o *Ops) RateLimit(next http.Handler) http.Handler {
	if o.limiter == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if unlimitedPaths[r.URL.Path] {
			next.ServeHTTP(w, r)
			return
		}
		ok, wait := o.limiter.allow(o.clients.of(r))
		if ok {
			next.ServeHTTP(w, r)
			return
		}
		secs := max(1, int(math.Ceil(wait.Seconds())))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		writeError(w, http.StatusTooManyRequests, codeRateLimited,
			fmt.Sprintf("Too many requests from your address; please wait %d seconds and try again.", secs))
	})
}

// LimitBody refuses a request whose body is larger than
// Config.MaxBodyBytes: at once with 413 when Content-Length says so, and
// otherwise by failing the handler's read past the limit.
func (o *Ops) LimitBody(next http.Handler) http.Handler {
	limit := o.cfg.MaxBodyBytes
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > limit {
			// Close the connection rather than read a large body only to
			// discard it.
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusRequestEntityTooLarge, codeTooLarge,
				fmt.Sprintf("The request body is larger than the %d bytes allowed.", limit))
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		next.ServeHTTP(w, r)
	})
}
