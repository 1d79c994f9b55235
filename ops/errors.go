package ops

import (
	"encoding/json"
	"net/http"

	"github.com/jhasearch/jhasearch"
)

// Error codes this package adds to the root package's ones; each names a
// refusal that the engine itself never makes.
const (
	codeRateLimited  = "rate_limited"
	codeTooLarge     = "too_large"
	codeUnauthorized = "unauthorized"
)

// apiError is the body of every refusal, the same shape as the ui's API
// errors, so that clients parse one format.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeJSON answers status with v as JSON. The answer is never cached: it
// describes this request or the server's state right now.
func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client may be gone; nothing left to tell it
}

func writeError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, apiError{Error: apiErrorBody{Code: code, Message: message}})
}

// writeJobError answers an error from Jobs with the status of its code
// (jhasearch.HTTPStatus, as the rest of the API), and only a
// *jhasearch.Error's message reaches the client.
func writeJobError(w http.ResponseWriter, err error) {
	code, msg := jhasearch.ErrorCode(err), jhasearch.ErrorMessage(err)
	status := jhasearch.HTTPStatus(code)
	if status == http.StatusInternalServerError {
		code = jhasearch.EINTERNAL
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	writeError(w, status, code, msg)
}
