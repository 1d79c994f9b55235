package corpus

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// The vocabulary is ranked like a natural language: rank 1 is the most
// frequent word and a word's share of the text falls as 1/rank (Zipf).
// Function words come first, as they do in English, so the analyzer's stop
// word list removes the top of the curve; the domain words follow; the long
// tail is made of invented words that appear in a handful of documents.
// All of it was written for this benchmark.

// stopWords lead the ranking.
var stopWords = strings.Fields(`the of and to in a for on with by is was that as at from
this which be are it has have its an were been will their not or also more than`)

// domainWords follow the function words, roughly from common to rare.
var domainWords = strings.Fields(`agency cooperation member states european union border
security police operation investigation support data information authorities national
crime criminal network people law enforcement training report year new officers
countries joint international asylum migration management system experts judicial
prosecutors cases rights public agreement action meeting conference project results
activities measures access research protection fundamental strategy trafficking
smuggling drugs terrorism cybercrime fraud money laundering arrests suspects victims
children women equality gender violence persons evidence court justice assistance
coordination analysis intelligence exchange partners third commission council
parliament director executive board annual work programme budget staff headquarters
team teams centre platform tools technology digital online services large scale
systems interoperability visa fingerprints biometric records applications checks
travel entry exit surveillance maritime sea land air vessels coast guard rescue
returns return voluntary reception capacity procedures applicants protection status
decisions guidance country origin quality standards monitoring evaluation survey
findings discrimination minorities roma racism hate speech privacy detention
children's health drug markets cocaine cannabis heroin synthetic precursors
laboratories seizures tonnes firearms weapons explosives counterfeit goods currency
euro cash assets confiscation financial investigators customs tax vat excise
corruption public procurement subsidies funds recovery prosecution indictment trial
conviction sentence extradition warrant mutual recognition legal framework regulation
directive proposal implementation transposition handbook manual course courses
webinar exchange programme curriculum learning skills specialists academies
schools cepol module certificate participants trainers strategic operational
tactical risk threat assessment trends emerging challenges crisis response war
ukraine displaced temporary solidarity relocation resettlement integration housing
employment education labour exploitation forced begging sexual abuse online child
material platforms encryption darknet ransomware malware phishing botnet servers
takedown infrastructure providers hackers attacks victims payments cryptocurrency
wallets bitcoin blockchain forensic examination samples dna profiles database
queries hits alerts schengen information second generation entry exit european
travel authorisation etias eurodac ecris vis sis launch milestone go live
deployment testing pilot upgrade maintenance contract vendor tender procurement
audit accounts discharge governance transparency ethics whistleblowers
complaints ombudsman appeal review hearing witness testimony interpreter
translation languages campaign awareness day week anniversary celebration
award prize ceremony speech keynote panel discussion roundtable workshop seminar
visit delegation ministers minister commissioner president chair vice deputy head
unit sector department division office liaison officers network contact points
focal point hotline helpline website portal newsletter publication factsheet
infographic video podcast interview statement press release media journalists`)

// Phrases recur as fixed word sequences, so that quoted phrase queries
// find the sequence and not merely the words.
var Phrases = []string{
	"organised crime groups", "joint investigation team", "external borders",
	"law enforcement authorities", "member states", "mutual legal assistance",
	"fundamental rights", "migrant smuggling", "trafficking in human beings",
	"european arrest warrant", "action day", "criminal networks",
	"large scale it systems", "asylum applications", "search and rescue",
	"drug trafficking", "money laundering", "high risk criminal networks",
	"gender equality", "violence against women", "financial investigations",
	"cross border cooperation", "operational support", "joint operation",
	"returns coordination", "reception conditions", "hate crime",
	"child sexual exploitation", "synthetic drugs", "vat fraud",
	"customs fraud", "border management", "situational picture",
	"early warning", "risk analysis", "training needs", "exchange programme",
	"data protection", "entry exit system", "schengen information system",
}

// pseudoSyllables build the invented words of the long tail.
var pseudoSyllables = strings.Fields(`ka lo ven tri mar dos bel fir gan hul jor kem
lun mir nov pal qua ros sut tam ub vor wen xil yar zed bra cle dru fen gol hor
isk jun kol lem mod nar orp pim rul sav tor`)

// pseudoWord returns the invented word for rank r (counted from the end of
// the written words): three or four syllables spelt from r's digits in
// base len(pseudoSyllables), so that every rank has its own word.
func pseudoWord(r int) string {
	n := len(pseudoSyllables)
	var b strings.Builder
	for i := 0; i < 3 || r > 0; i++ {
		b.WriteString(pseudoSyllables[r%n])
		r /= n
	}
	return b.String()
}

// vocabulary is a ranked word list and the cumulative Zipf weights used to
// draw from it.
type vocabulary struct {
	words []string
	cdf   []float64
}

// newVocabulary ranks size words: function words, domain words (each once)
// and invented words up to size.
func newVocabulary(size int) (*vocabulary, error) {
	seen := map[string]bool{}
	var words []string
	for _, w := range append(append([]string{}, stopWords...), domainWords...) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	if size < len(words)+1 {
		return nil, fmt.Errorf("corpus: vocabulary of %d words is smaller than the %d written ones", size, len(words)+1)
	}
	for r := 0; len(words) < size; r++ {
		if w := pseudoWord(r); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return ranked(words), nil
}

// ranked gives words Zipf weights in the order given.
func ranked(words []string) *vocabulary {
	v := &vocabulary{words: words, cdf: make([]float64, len(words))}
	sum := 0.0
	for i := range words {
		sum += 1 / math.Pow(float64(i+1), zipfExponent)
		v.cdf[i] = sum
	}
	for i := range v.cdf {
		v.cdf[i] /= sum
	}
	return v
}

// draw returns the word whose cumulative weight first reaches u, u in [0,1).
func (v *vocabulary) draw(u float64) string {
	i, _ := slices.BinarySearch(v.cdf, u)
	return v.words[min(i, len(v.words)-1)]
}

// zipfExponent near 1 is what natural-language word counts show.
const zipfExponent = 1.0

// Word returns the word of rank (0 is the most frequent; the stop words
// come first, then the domain words, then the invented tail).
func (g *Generator) Word(rank int) string { return g.vocab.words[rank] }

// DrawWord returns a word drawn by frequency, as text does, for u in [0,1).
func (g *Generator) DrawWord(u float64) string { return g.vocab.draw(u) }

// StopWords is the number of function words at the top of the ranking.
func StopWords() int { return len(stopWords) }

// IsStopWord says whether s is one of the function words.
func IsStopWord(s string) bool { return slices.Contains(stopWords, s) }
