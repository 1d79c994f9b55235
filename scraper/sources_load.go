package scraper

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed sources.yaml
var defaultSources []byte

// DefaultSources returns the ten agencies of the embedded sources file.
func DefaultSources() ([]Source, error) {
	return LoadSources(defaultSources, "embedded sources.yaml")
}

// unknownField rewrites the YAML decoder's message for a misspelt key,
// which names Go types, into words for the file's author.
var unknownField = regexp.MustCompile(`field (\S+) not found in type (struct \{.*\}|\S+)`)

// rawSource is one entry of the sources file as written.
type rawSource struct {
	Name       string    `yaml:"name"`
	Kind       string    `yaml:"kind"`
	Start      []string  `yaml:"start"`
	Article    string    `yaml:"article"`
	Next       string    `yaml:"next"`
	Select     Selectors `yaml:"select"`
	DateLayout string    `yaml:"date_layout"`
	Timezone   string    `yaml:"timezone"`
	StampZone  string    `yaml:"stamp_zone"`
	Language   string    `yaml:"language"`
	Rate       string    `yaml:"rate"`
	PageBudget string    `yaml:"page_budget"`
	HostBudget string    `yaml:"host_budget"`
	AllowHosts []string  `yaml:"allow_hosts"`
	TagLine    bool      `yaml:"tag_line"`
	API        string    `yaml:"api"`
	Fetch      string    `yaml:"fetch"`
	// Headers are extra request headers, name to value.
	Headers map[string]string `yaml:"headers"`
	// Facets are the source's facet rules (source.go).
	Facets map[string][]FacetRule `yaml:"facets"`
}

// LoadSources parses and validates a sources file. origin names the file in
// errors, which also name the source and the key at fault. Unknown keys are
// errors, so that a misspelt key does not silently do nothing.
func LoadSources(data []byte, origin string) ([]Source, error) {
	var file struct {
		Sources []rawSource `yaml:"sources"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&file); err != nil && !errors.Is(err, io.EOF) {
		msg := unknownField.ReplaceAllString(err.Error(), `unknown key "$1"`)
		return nil, fmt.Errorf("scraper: %s: %s", origin, msg)
	}
	if len(file.Sources) == 0 {
		return nil, fmt.Errorf("scraper: %s: no sources: the file needs a list under the key \"sources\"", origin)
	}
	names := map[string]bool{}
	out := make([]Source, 0, len(file.Sources))
	for i, raw := range file.Sources {
		src, err := raw.validate()
		if err != nil {
			return nil, fmt.Errorf("scraper: %s: source %d (%q): %w", origin, i+1, raw.Name, err)
		}
		if names[strings.ToLower(src.Name)] {
			return nil, fmt.Errorf("scraper: %s: source %d (%q): name: used twice", origin, i+1, raw.Name)
		}
		names[strings.ToLower(src.Name)] = true
		out = append(out, src)
	}
	return out, nil
}
