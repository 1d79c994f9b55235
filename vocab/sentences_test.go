package vocab

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// One sentence per language, written for this test in the style of a
// release: it names a system, a topic and countries in that language's
// forms (declined where the language declines), and Enrich must find
// exactly those concepts. Expanding the language's name of the system
// and of the topic must give the English forms.
var sentences = []struct {
	lang, text    string
	want          []string // concept ids, sorted
	system, topic string   // the language's names, for Expand
}{
	{"bg", "Българската полиция откри в Шенгенската информационна система сигнал за трафик на хора; заподозреният е задържан в Германия.",
		[]string{"bulgaria", "germany", "sis", "trafficking-in-human-beings"}, "Шенгенската информационна система", "трафик на хора"},
	{"cs", "Česká policie zadržela v Rakousku převaděče; údaje prověřila v Schengenském informačním systému.",
		[]string{"austria", "czechia", "migrant-smuggling", "sis"}, "Schengenský informační systém", "převaděčství"},
	{"da", "Dansk politi har anholdt tre personer for menneskesmugling; to af dem var registreret i Visuminformationssystemet og blev sendt til Sverige.",
		[]string{"denmark", "migrant-smuggling", "sweden", "vis"}, "Visuminformationssystemet", "menneskesmugling"},
	{"de", "Die Bundespolizei hat an der deutsch-polnischen Grenze eine Schleuserbande zerschlagen; die Festgenommenen waren im Schengener Informationssystem ausgeschrieben.",
		[]string{"germany", "migrant-smuggling", "poland", "sis"}, "Schengener Informationssystem", "Schleusung"},
	{"el", "Η Ελληνική Αστυνομία εντόπισε στο Σύστημα Πληροφοριών Σένγκεν καταζητούμενο για διακίνηση μεταναστών από την Τουρκία.",
		[]string{"greece", "migrant-smuggling", "sis", "turkiye"}, "Σύστημα Πληροφοριών Σένγκεν", "διακίνηση μεταναστών"},
	{"es", "La Guardia Civil desarticuló en Marruecos una red de tráfico de drogas gracias a una alerta del Sistema de Información de Schengen.",
		[]string{"drug-trafficking", "morocco", "sis"}, "Sistema de Información de Schengen", "tráfico de drogas"},
	{"et", "Eesti politsei tuvastas Schengeni infosüsteemis inimkaubanduse juhtumi, mille ohvrid toodi Lätist.",
		[]string{"estonia", "latvia", "sis", "trafficking-in-human-beings"}, "Schengeni infosüsteem", "inimkaubandus"},
	{"fi", "Suomen poliisi paljasti ihmiskaupan, ja epäillyt löytyivät Schengenin tietojärjestelmästä Virossa.",
		[]string{"estonia", "finland", "sis", "trafficking-in-human-beings"}, "Schengenin tietojärjestelmä", "ihmiskauppa"},
	{"fr", "La police française a démantelé un réseau de trafic de migrants ; les passeurs étaient signalés dans le système d’information Schengen et opéraient depuis la Belgique.",
		[]string{"belgium", "france", "migrant-smuggling", "sis"}, "système d'information Schengen", "trafic de migrants"},
	{"ga", "Úsáideann an Fhrainc an Córas Faisnéise Schengen in aghaidh coireacht eagraithe.",
		[]string{"france", "high-risk-criminal-networks", "sis"}, "Córas Faisnéise Schengen", "coireacht eagraithe"},
	{"hr", "Hrvatska policija uhitila je krijumčare migranata na granici sa Srbijom; podaci su provjereni u Schengenskom informacijskom sustavu.",
		[]string{"croatia", "migrant-smuggling", "serbia", "sis"}, "Schengenski informacijski sustav", "krijumčarenje migranata"},
	{"hu", "Magyarországon a rendőrség embercsempészeket fogott el, akiket Szerbiában a Schengeni Információs Rendszerben köröztek.",
		[]string{"hungary", "migrant-smuggling", "serbia", "sis"}, "Schengeni Információs Rendszer", "embercsempészet"},
	{"it", "La Guardia di Finanza ha scoperto un traffico di stupefacenti tra l'Italia e l'Albania; i sospettati erano segnalati nel sistema d'informazione Schengen.",
		[]string{"albania", "drug-trafficking", "italy", "sis"}, "sistema d'informazione Schengen", "traffico di stupefacenti"},
	{"lt", "Lietuvos policija išaiškino prekybą žmonėmis; įtariamieji buvo įrašyti į Šengeno informacinę sistemą ir sulaikyti Lenkijoje.",
		[]string{"lithuania", "poland", "sis", "trafficking-in-human-beings"}, "Šengeno informacinė sistema", "prekyba žmonėmis"},
	{"lv", "Latvijas policija atklāja cilvēku tirdzniecību; aizdomās turētie bija reģistrēti Šengenas Informācijas sistēmā un aizturēti Vācijā.",
		[]string{"germany", "latvia", "sis", "trafficking-in-human-beings"}, "Šengenas Informācijas sistēma", "cilvēku tirdzniecība"},
	{"mt", "Il-Pulizija ta' Malta arrestat suspettati ta' traffikar tad-droga permezz tas-Sistema ta' Informazzjoni ta' Schengen u l-Italja.",
		[]string{"drug-trafficking", "italy", "malta", "sis"}, "Sistema ta' Informazzjoni ta' Schengen", "traffikar tad-droga"},
	{"nl", "De Nederlandse politie heeft een netwerk voor mensensmokkel opgerold; de verdachten stonden in het Schengeninformatiesysteem en werden in België aangehouden.",
		[]string{"belgium", "migrant-smuggling", "netherlands", "sis"}, "Schengeninformatiesysteem", "mensensmokkel"},
	{"pl", "Polska Straż Graniczna zatrzymała przemytników ludzi; dane sprawdzono w Systemie Informacyjnym Schengen, a podejrzanych przekazano Niemcom.",
		[]string{"border-management", "germany", "migrant-smuggling", "poland", "sis"}, "System Informacyjny Schengen", "przemyt ludzi"},
	{"pt", "A Polícia Judiciária desmantelou uma rede de tráfico de droga entre Portugal e o Brasil, com base numa indicação no Sistema de Informação Schengen.",
		[]string{"brazil", "drug-trafficking", "portugal", "sis"}, "Sistema de Informação Schengen", "tráfico de droga"},
	{"ro", "Poliția Română a destructurat o rețea de trafic de persoane care acționa în Italia; suspecții erau semnalați în Sistemul de Informații Schengen.",
		[]string{"italy", "romania", "sis", "trafficking-in-human-beings"}, "Sistemul de Informații Schengen", "traficul de persoane"},
	{"sk", "Slovenská polícia zadržala prevádzačov na hranici s Maďarskom; údaje overila v Schengenskom informačnom systéme.",
		[]string{"hungary", "migrant-smuggling", "sis", "slovakia"}, "Schengenský informačný systém", "prevádzačstvo"},
	{"sl", "V Sloveniji je policija odkrila tihotapljenje migrantov; osumljenci so bili vpisani v schengenski informacijski sistem in prijeti na Hrvaškem.",
		[]string{"croatia", "migrant-smuggling", "sis", "slovenia"}, "schengenski informacijski sistem", "tihotapljenje migrantov"},
	{"sv", "Svensk polis har gripit flera personer för människosmuggling; de var registrerade i Schengens informationssystem och greps i Danmark.",
		[]string{"denmark", "migrant-smuggling", "sis", "sweden"}, "Schengens informationssystem", "människosmuggling"},
}

func TestEnrichInEveryLanguage(t *testing.T) {
	v := mustDefault(t)
	seen := map[string]bool{}
	for _, s := range sentences {
		seen[s.lang] = true
		t.Run(s.lang, func(t *testing.T) {
			got := v.Enrich(jhasearch.Document{Language: s.lang, Body: s.text}).Concepts
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("Enrich mismatch (-want +got):\n%s", diff)
				for _, m := range v.MentionsIn(s.text, s.lang) {
					t.Logf("  %q -> %s", m.Text, m.Concept)
				}
			}
		})
	}
	for _, lang := range Languages {
		if lang != "en" && !seen[lang] {
			t.Errorf("no sentence in %s", lang)
		}
	}
}

// A foreign name expands to the concept's English forms, and an English
// name to the foreign ones: the search engine finds the releases of
// every language from a query in any.
func TestExpandInEveryLanguage(t *testing.T) {
	v := mustDefault(t)
	for _, s := range sentences {
		sis := v.ExpandIn(s.system, s.lang)
		if !slices.Contains(sis, Form{Text: "Schengen Information System"}) && !slices.Contains(sis, Form{Text: "Visa Information System"}) {
			t.Errorf("%s: Expand(%q) = %d forms without the English name", s.lang, s.system, len(sis))
		}
		topic := v.ExpandIn(s.topic, s.lang)
		ms := v.MentionsIn(s.topic, s.lang)
		if len(ms) != 1 || len(topic) == 0 {
			t.Errorf("%s: Expand(%q) = %d forms, mentions %v; want one concept", s.lang, s.topic, len(topic), ms)
			continue
		}
		c := v.byID[ms[0].Concept]
		if !slices.Contains(topic, Form{Text: c.Label}) {
			t.Errorf("%s: Expand(%q) lacks the English label %q", s.lang, s.topic, c.Label)
		}
		if !slices.ContainsFunc(v.Expand(c.Label), func(f Form) bool { return f.Lang == s.lang }) {
			t.Errorf("%s: Expand(%q) has no %s form", s.lang, c.Label, s.lang)
		}
	}
	// The issue's own examples: three names of SIS, two of migrant smuggling.
	for _, q := range []string{"Schengener Informationssystem", "SIS", "système d'information Schengen"} {
		if ms := v.Mentions(q); len(ms) != 1 || ms[0].Concept != "sis" {
			t.Errorf("Mentions(%q) = %v; want sis", q, ms)
		}
	}
	for _, q := range []string{"migrant smuggling", "trafic de migrants", "Schleusung", "tráfico ilícito de migrantes"} {
		if ms := v.Mentions(q); len(ms) != 1 || ms[0].Concept != "migrant-smuggling" {
			t.Errorf("Mentions(%q) = %v; want migrant-smuggling", q, ms)
		}
	}
}

// Words of one language that are another's name of a concept: each
// sentence, written for this test, names no concept at all.
func TestFalseFriendsInOtherLanguages(t *testing.T) {
	v := mustDefault(t)
	for _, s := range []struct{ lang, text string }{
		{"pl", "Wieczorem poszliśmy do kina, bo mam katar i czad w piwnicy."},   // cinema, a cold, carbon monoxide: not China, Qatar, Chad
		{"ro", "Am luat cina târziu."},                                          // dinner, not China
		{"hr", "Taj mali grad je popravio zid; malta i cigle stigle su kasno."}, // small, mortar: not Mali, Malta
		{"nl", "Het ijs aan de polen smelt; de vinnen van de vis."},             // poles, not Poland
		{"sl", "Slovenska policija je posredovala v Ljubljani."},                // Slovenian, not Slovakia
		{"es", "Hay que catar el vino con chile picante."},                      // to taste, pepper: not Qatar, Chile
		{"pt", "Comemos peru no Natal."},                                        // turkey, not Peru
		{"el", "Η γεωργία και η αλιεία."},                                       // agriculture, not Georgia
		{"en", "The work has begun; a panama hat; chili con carne; an indie film; an island."},
	} {
		if got := v.Enrich(jhasearch.Document{Language: s.lang, Body: s.text}).Concepts; got != nil {
			t.Errorf("%s %q: %v; want no concept", s.lang, s.text, got)
			for _, m := range v.MentionsIn(s.text, s.lang) {
				t.Logf("  %q -> %s", m.Text, m.Concept)
			}
		}
	}
}
