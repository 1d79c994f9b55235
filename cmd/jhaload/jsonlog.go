package main

import (
	"bufio"
	"bytes"
	"encoding/json"
)

// jhaload runs jhasearch with --log-format json and reads what it needs
// from the log records (slog's JSON handler: one object a line, "msg" the
// message), never from the wording of text logs.

// logRecord is one JSON log line.
type logRecord map[string]any

// findLog returns the last record of log whose msg is msg. Lines that are
// not JSON objects (a panic's trace, say) are skipped.
func findLog(log []byte, msg string) (logRecord, bool) {
	var found logRecord
	sc := bufio.NewScanner(bytes.NewReader(log))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if rec, ok := parseLogLine(sc.Bytes()); ok && rec["msg"] == msg {
			found = rec
		}
	}
	return found, found != nil
}

func parseLogLine(line []byte) (logRecord, bool) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] != '{' {
		return nil, false
	}
	var rec logRecord
	if json.Unmarshal(line, &rec) != nil {
		return nil, false
	}
	return rec, true
}

// str and num read a field of a record; a missing or mistyped field reads
// as the zero value.
func (r logRecord) str(key string) string {
	s, _ := r[key].(string)
	return s
}

func (r logRecord) num(key string) float64 {
	f, _ := r[key].(float64)
	return f
}
