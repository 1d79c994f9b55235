package main

import (
	"fmt"
	"io"
	"log/slog"
)

// newLogger returns a slog logger writing text or JSON lines to w at Info
// level.
func newLogger(w io.Writer, format string) (*slog.Logger, error) {
	return newLoggerLevel(w, format, slog.LevelInfo)
}

func newLoggerLevel(w io.Writer, format string, level slog.Level) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, usageError{fmt.Sprintf("--log-format %q: must be text or json", format)}
}
