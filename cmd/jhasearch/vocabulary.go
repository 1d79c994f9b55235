package main

import (
	"fmt"
	"os"

	"github.com/jhasearch/jhasearch/vocab"
)

// loadVocabulary returns the built-in vocabulary, extended by the local
// file at path when one is given. A fault in the local file is a usage
// error: vocab's message names the file, the line, the concept and the key.
func loadVocabulary(path string) (*vocab.Vocabulary, error) {
	v, err := vocab.Default()
	if err != nil {
		return nil, fmt.Errorf("built-in vocabulary: %w", err)
	}
	if path == "" {
		return v, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError{fmt.Sprintf("cannot read vocabulary file: %v", err)}
	}
	v, err = v.Extend(data, path)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	return v, nil
}
