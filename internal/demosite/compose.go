package demosite

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// vars are the placeholder values of one release, drawn once so that the
// title, the summary and the body agree with each other.
type vars struct{ r *strings.Replacer }

func newVars(rng *rand.Rand, a *agency, day time.Time) vars {
	p1 := places[rng.IntN(len(places))]
	p2 := places[rng.IntN(len(places))]
	for p2[1] == p1[1] {
		p2 = places[rng.IntN(len(places))]
	}
	speaker := a.speakers[rng.IntN(len(a.speakers))]
	code := codenames[rng.IntN(len(codenames))]
	kv := []string{
		"{city}", p1[0], "{country}", p1[1], "{city2}", p2[0], "{country2}", p2[1],
		"{home}", a.home, "{agency}", a.name, "{full}", a.full,
		"{op}", "Operation " + code, "{code}", code, "{port}", ports[rng.IntN(len(ports))],
		"{n}", strconv.Itoa(3 + rng.IntN(10)), "{n2}", strconv.Itoa(13 + rng.IntN(48)),
		"{big}", strconv.Itoa(100 + rng.IntN(1900)), "{pct}", strconv.Itoa(5 + rng.IntN(36)),
		"{count}", strconv.Itoa(4 + rng.IntN(24)),
		"{year}", strconv.Itoa(day.Year()), "{prev}", strconv.Itoa(day.Year() - 1),
		"{month}", day.Month().String(),
	}
	// The speaker may itself hold {country}; resolve it first.
	kv = append(kv, "{speaker}", strings.NewReplacer(kv...).Replace(speaker))
	return vars{strings.NewReplacer(kv...)}
}

func (v vars) fill(s string) string { return v.r.Replace(s) }

// compose writes one release of a theme: a title, a summary and 3 to 8
// paragraphs drawn without repetition from the theme's and the shared banks.
func compose(rng *rand.Rand, a *agency, th theme, day time.Time) Release {
	v := newVars(rng, a, day)
	t := rng.IntN(len(th.titles))
	lead := v.fill(th.leads[th.leadOf[t]])
	r := Release{
		Agency:    a.name,
		Title:     v.fill(th.titles[t]),
		Published: day,
		Summary:   lead,
		Tags:      pickTags(rng, th.tags),
	}
	facts := shuffled(rng, th.facts)
	next := func() string {
		if len(facts) == 0 {
			facts = shuffled(rng, generic)
		}
		f := facts[0]
		facts = facts[1:]
		return v.fill(f)
	}
	// Like most newsrooms, the standfirst opens the body as well.
	r.Paragraphs = append(r.Paragraphs, lead+" "+next())
	n := 3 + rng.IntN(6)
	quoteAt := 1 + rng.IntN(2)
	for i := 1; i < n; i++ {
		switch {
		case i == quoteAt && len(th.quotes) > 0:
			r.Paragraphs = append(r.Paragraphs, v.fill("“"+pick(rng, th.quotes)+"”, said {speaker}."))
		case i == n-1 && n > 3:
			r.Paragraphs = append(r.Paragraphs, pick(rng, a.about))
		default:
			r.Paragraphs = append(r.Paragraphs, next()+" "+next())
		}
	}
	return r
}

// pickTags keeps the first tag and each other one with even odds, in the
// bank's order so that tag lists read the same way across releases.
func pickTags(rng *rand.Rand, tags []string) []string {
	out := []string{tags[0]}
	for _, t := range tags[1:] {
		if rng.IntN(2) == 0 {
			out = append(out, t)
		}
	}
	return out
}

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

func shuffled(rng *rand.Rand, s []string) []string {
	out := append([]string(nil), s...)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// generic sentences pad long releases once a theme's facts run out.
var generic = []string{
	"Further information will be published as the work progresses.",
	"The meeting also looked at lessons learnt from previous years and at the priorities for the next cycle.",
	"Participants agreed to meet again before the end of the year to take stock.",
	"Journalists can request interviews through the press office.",
	"The results will be presented to the Council working party in the coming months.",
	"National experts contributed their practical experience throughout the process.",
}
