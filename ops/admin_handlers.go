package ops

import (
	"net/http"

	"github.com/jhasearch/jhasearch"
)

// startJob answers 202 with the started job, or 409 when one is running.
func (a *Admin) startJob(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		run, err := a.jobs.Start(kind)
		if err != nil {
			if jhasearch.ErrorCode(err) == jhasearch.EINTERNAL {
				a.log.Error("ops: admin could not start a job", "kind", kind, "err", err, "request_id", RequestID(r.Context()))
			}
			writeJobError(w, err)
			return
		}
		a.log.Info("ops: admin started a job", "kind", kind, "id", run.ID, "request_id", RequestID(r.Context()))
		w.Header().Set("Location", pathAdminStatus)
		writeJSON(w, http.StatusAccepted, startJSON{Run: toRunJSON(run)})
	}
}

// reload answers 200 with whether the served generation changed. A reload
// that fails is the index's trouble, not a conflict: 503 or 500.
func (a *Admin) reload(w http.ResponseWriter, r *http.Request) {
	changed, err := a.jobs.Reload()
	if err != nil {
		if jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
			a.log.Error("ops: admin reload failed", "err", err, "request_id", RequestID(r.Context()))
		}
		writeJobError(w, err)
		return
	}
	a.log.Info("ops: admin reload", "changed", changed, "request_id", RequestID(r.Context()))
	writeJSON(w, http.StatusOK, reloadJSON{Changed: changed})
}

// status answers the running job and the recent ones.
func (a *Admin) status(w http.ResponseWriter, _ *http.Request) {
	st := a.jobs.Status()
	out := statusJSON{Recent: make([]runJSON, 0, len(st.Recent))}
	if st.Running != nil {
		r := toRunJSON(*st.Running)
		out.Running = &r
	}
	for _, r := range st.Recent {
		out.Recent = append(out.Recent, toRunJSON(r))
	}
	writeJSON(w, http.StatusOK, out)
}
