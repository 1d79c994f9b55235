package vocab

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"

	"go.yaml.in/yaml/v3"
)

// file is the layout of a vocabulary file.
type file struct {
	Concepts []Concept `yaml:"concepts"`
}

// place is where a concept was defined, for error messages.
type place struct {
	origin string
	line   int
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load parses and validates a vocabulary file. Errors name the file
// (origin), the concept and the key at fault; unknown keys are errors, so
// that a misspelt key does not silently do nothing.
func Load(data []byte, origin string) (*Vocabulary, error) {
	concepts, lines, err := parse(data, origin)
	if err != nil {
		return nil, err
	}
	b := newBuilder()
	for i := range concepts {
		c := &concepts[i]
		at := place{origin, lines[i]}
		if err := b.addNew(c, at); err != nil {
			return nil, err
		}
	}
	return b.build()
}

// parse decodes the file strictly and returns each concept's line.
func parse(data []byte, origin string) ([]Concept, []int, error) {
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("vocab: %s: %w", origin, err)
	}
	var nodes struct {
		Concepts []yaml.Node `yaml:"concepts"`
	}
	if err := yaml.Unmarshal(data, &nodes); err != nil {
		return nil, nil, fmt.Errorf("vocab: %s: %w", origin, err)
	}
	if len(f.Concepts) == 0 {
		return nil, nil, fmt.Errorf("vocab: %s: no concepts: the file needs a list under the key \"concepts\"", origin)
	}
	lines := make([]int, len(f.Concepts))
	for i := range lines {
		if i < len(nodes.Concepts) {
			lines[i] = nodes.Concepts[i].Line
		}
	}
	return f.Concepts, lines, nil
}

// conceptError names the file, line, concept and key of a fault.
func conceptError(at place, c *Concept, key, format string, args ...any) error {
	who := fmt.Sprintf("concept %q", c.ID)
	if c.ID == "" {
		who = "concept without id"
	}
	return fmt.Errorf("vocab: %s:%d: %s: key %q: %s", at.origin, at.line, who, key, fmt.Sprintf(format, args...))
}

// checkConcept validates what a complete concept needs on its own.
func checkConcept(c *Concept, at place) error {
	switch {
	case c.ID == "":
		return conceptError(at, c, "id", "missing")
	case !idPattern.MatchString(c.ID):
		return conceptError(at, c, "id", "%q must be lower-case letters and digits joined by single hyphens", c.ID)
	case !validType(c.Type):
		return conceptError(at, c, "type", "%q is not one of %v", c.Type, types)
	case c.Label == "":
		return conceptError(at, c, "label", "missing")
	case c.Source != "" && c.Type != TypeAgency:
		return conceptError(at, c, "source", "only a concept of type agency has a source")
	}
	return nil
}

func validType(t Type) bool {
	for _, x := range types {
		if t == x {
			return true
		}
	}
	return false
}
