package vocab_test

import (
	"fmt"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/vocab"
)

func Example() {
	v, err := vocab.Default()
	if err != nil {
		panic(err)
	}
	e := v.Enrich(jhasearch.Document{
		Title: "Cocaine hidden in banana boxes",
		Body:  "Dutch and Italian police, supported by Europol, checked SIS alerts. The crisis in the port raised fees.",
	})
	fmt.Println(e.Topics, e.Systems, e.Countries, e.Agencies)
	for _, f := range v.Expand("EASO") {
		if f.Lang == "" || f.Lang == "de" {
			fmt.Printf("%q case-sensitive=%v lang=%q\n", f.Text, f.CaseSensitive, f.Lang)
		}
	}
	// Output:
	// [Cocaine Drug trafficking] [Schengen Information System (SIS)] [Italy Netherlands] [Europol]
	// "EUAA" case-sensitive=false lang=""
	// "EASO" case-sensitive=true lang=""
	// "European Union Agency for Asylum" case-sensitive=false lang=""
	// "EU Agency for Asylum" case-sensitive=false lang=""
	// "European Asylum Support Office" case-sensitive=false lang=""
	// "Asylagentur der Europäischen Union" case-sensitive=false lang="de"
	// "EU-Asylagentur" case-sensitive=false lang="de"
	// "Europäisches Unterstützungsbüro für Asylfragen" case-sensitive=false lang="de"
}

func ExampleVocabulary_Extend() {
	v, err := vocab.Default()
	if err != nil {
		panic(err)
	}
	local := []byte(`
concepts:
  - id: sis
    langs: {it: [sistema informativo Schengen]}
  - id: georgia
    not: [Georgia Tech]
  - id: lets
    type: topic
    label: Law enforcement training
    names: [law enforcement training scheme]
`)
	if v, err = v.Extend(local, "local.yaml"); err != nil {
		panic(err)
	}
	e := v.Enrich(jhasearch.Document{Body: "Il sistema informativo Schengen; Georgia Tech; the Law Enforcement Training Scheme"})
	fmt.Println(e.Systems, e.Countries, e.Topics)

	_, err = v.Extend([]byte("concepts:\n  - {id: x, type: topic, label: X, abbreviations: [SIS]}"), "local.yaml")
	fmt.Println(err)
	// Output:
	// [Schengen Information System (SIS)] [] [Law enforcement training]
	// vocab: local.yaml:2: concept "x": key "abbreviations": form "SIS" is already a form of concept "sis"
}
