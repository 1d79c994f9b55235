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
	codeConflict     = "conflict"
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

// writeJobError answers an error from Jobs: its code picks the status, and
// only a *jhasearch.Error's message reaches the client.
func writeJobError(w http.ResponseWriter, err error) {
	code, msg := jhasearch.ErrorCode(err), jhasearch.ErrorMessage(err)
	switch code {
	case jhasearch.EUNAVAILABLE:
		writeError(w, http.StatusConflict, codeConflict, msg)
	case jhasearch.EINVALID:
		writeError(w, http.StatusBadRequest, code, msg)
	case jhasearch.ENOTFOUND:
		writeError(w, http.StatusNotFound, code, msg)
	default:
		writeError(w, http.StatusInternalServerError, jhasearch.EINTERNAL, msg)
	}
}
