package demosite

import "time"

// Releases in other languages, written for this package: one Frontex
// release published in six languages, its versions linked to each other
// by hreflang alternate links as multilingual sites do; an EPPO release in
// Italian and an EUDA release in Portuguese that exist in one language
// only; and a Eurojust release in German on a page whose template still
// says lang="en", which the build must recognise from the text.

// The translation key of the Frontex release in six languages.
const borderChecksKey = "frontex-border-checks-2025"

func multilingual() []Release {
	d := day(2025, time.March, 12)
	tags := []string{"Border management"}
	return []Release{{
		Agency: "Frontex", Language: "en", Translation: borderChecksKey, Published: d, Tags: tags,
		Title:   "Border checks reinforced at three crossing points after arrests of migrant smugglers",
		Summary: "Frontex teams helped national border guards check hundreds of alerts in the Schengen Information System.",
		Paragraphs: []string{
			"Border guards of three Member States, supported by Frontex teams, reinforced checks at three crossing points after police arrested nine suspected migrant smugglers.",
			"Officers checked hundreds of alerts in the Schengen Information System and found forged travel documents in several vehicles.",
			"The suspected network charged migrants large sums for dangerous journeys hidden in lorries.",
		},
	}, {
		Agency: "Frontex", Language: "de", Translation: borderChecksKey, Published: d, Tags: tags, Dateline: "Warschau –",
		Title:   "Grenzkontrollen an drei Übergängen nach Festnahmen von Schleusern verstärkt",
		Summary: "Frontex-Teams halfen nationalen Grenzschutzbeamten, Hunderte von Ausschreibungen im Schengener Informationssystem zu überprüfen.",
		Paragraphs: []string{
			"Grenzschutzbeamte aus drei Mitgliedstaaten haben mit Unterstützung von Frontex-Teams die Kontrollen an drei Grenzübergängen verstärkt, nachdem die Polizei neun mutmaßliche Schleuser festgenommen hatte.",
			"Die Beamten überprüften Hunderte von Ausschreibungen im Schengener Informationssystem und fanden in mehreren Fahrzeugen gefälschte Reisedokumente.",
			"Das mutmaßliche Netzwerk verlangte von den Migranten hohe Summen für gefährliche Fahrten, versteckt in Lastwagen.",
		},
	}, {
		Agency: "Frontex", Language: "fr", Translation: borderChecksKey, Published: d, Tags: tags, Dateline: "Varsovie –",
		Title:   "Contrôles renforcés à trois points de passage des frontières après l'arrestation de passeurs",
		Summary: "Des équipes de Frontex ont aidé les garde-frontières nationaux à vérifier des centaines de signalements dans le système d'information Schengen.",
		Paragraphs: []string{
			"Les garde-frontières de trois États membres, soutenus par des équipes de Frontex, ont renforcé les contrôles à trois points de passage après l'arrestation par la police de neuf passeurs présumés.",
			"Les agents ont vérifié des centaines de signalements dans le système d'information Schengen et trouvé de faux documents de voyage dans plusieurs véhicules.",
			"Le réseau présumé exigeait des migrants des sommes importantes pour des voyages dangereux, cachés dans des camions.",
		},
	}, {
		Agency: "Frontex", Language: "es", Translation: borderChecksKey, Published: d, Tags: tags, Dateline: "Varsovia –",
		Title:   "Refuerzo de los controles en tres pasos fronterizos tras la detención de traficantes de migrantes",
		Summary: "Equipos de Frontex ayudaron a los guardias de fronteras nacionales a comprobar cientos de descripciones en el Sistema de Información de Schengen.",
		Paragraphs: []string{
			"Los guardias de fronteras de tres Estados miembros, con el apoyo de equipos de Frontex, reforzaron los controles en tres pasos fronterizos después de que la policía detuviera a nueve presuntos traficantes de migrantes.",
			"Los agentes comprobaron cientos de descripciones en el Sistema de Información de Schengen y encontraron documentos de viaje falsos en varios vehículos.",
			"La presunta red cobraba a los migrantes grandes sumas por viajes peligrosos escondidos en camiones.",
		},
	}, {
		Agency: "Frontex", Language: "it", Translation: borderChecksKey, Published: d, Tags: tags, Dateline: "Varsavia –",
		Title:   "Controlli rafforzati in tre valichi di frontiera dopo l'arresto di trafficanti di migranti",
		Summary: "Squadre di Frontex hanno aiutato le guardie di frontiera nazionali a verificare centinaia di segnalazioni nel sistema d'informazione Schengen.",
		Paragraphs: []string{
			"Le guardie di frontiera di tre Stati membri, con il sostegno di squadre di Frontex, hanno rafforzato i controlli in tre valichi dopo che la polizia ha arrestato nove presunti trafficanti di migranti.",
			"Gli agenti hanno verificato centinaia di segnalazioni nel sistema d'informazione Schengen e trovato documenti di viaggio falsi in diversi veicoli.",
			"La presunta rete chiedeva ai migranti somme elevate per viaggi pericolosi nascosti nei camion.",
		},
	}, {
		Agency: "Frontex", Language: "pl", Translation: borderChecksKey, Published: d, Tags: tags, Dateline: "Warszawa –",
		Title:   "Wzmocniono kontrole na trzech przejściach granicznych po zatrzymaniu przemytników migrantów",
		Summary: "Zespoły Frontexu pomogły krajowym strażnikom granicznym sprawdzić setki wpisów w Systemie Informacyjnym Schengen.",
		Paragraphs: []string{
			"Strażnicy graniczni z trzech państw członkowskich, wspierani przez zespoły Frontexu, wzmocnili kontrole na trzech przejściach granicznych po tym, jak policja zatrzymała dziewięciu podejrzanych przemytników migrantów.",
			"Funkcjonariusze sprawdzili setki wpisów w Systemie Informacyjnym Schengen i znaleźli podrobione dokumenty podróży w kilku pojazdach.",
			"Domniemana siatka żądała od migrantów wysokich kwot za niebezpieczne podróże w ukryciu w ciężarówkach.",
		},
	}, {
		Agency: "EPPO", Language: "it", Published: day(2025, time.May, 6), Tags: []string{"VAT fraud"},
		Dateline: "(Lussemburgo) -",
		Title:    "Frode sull'IVA: sequestrati beni per dieci milioni di euro a una rete di società fittizie",
		Summary:  "Su richiesta della Procura europea, la Guardia di Finanza ha sequestrato beni di una rete di società che simulava vendite di apparecchi elettronici.",
		Paragraphs: []string{
			"Su richiesta della Procura europea, la Guardia di Finanza ha sequestrato beni per dieci milioni di euro a una rete di società fittizie sospettate di una frode sull'IVA.",
			"Secondo gli inquirenti, le società simulavano vendite di apparecchi elettronici tra diversi Stati membri per ottenere rimborsi indebiti dell'imposta.",
			"Gli indagati sono sospettati di associazione per delinquere e di frode fiscale transnazionale.",
		},
	}, {
		Agency: "EUDA", Language: "pt", Published: day(2025, time.June, 24), Tags: []string{"European Drug Report"},
		Title:   "Relatório Europeu sobre Drogas: apreensões de cocaína atingem novo recorde",
		Summary: "A agência da União Europeia sobre drogas apresentou em Lisboa o seu relatório anual sobre a situação da droga na Europa.",
		Paragraphs: []string{
			"A agência apresentou hoje em Lisboa o seu relatório anual sobre a situação da droga na Europa, que mostra que as apreensões de cocaína atingiram um novo recorde.",
			"Os portos marítimos continuam a ser os principais pontos de entrada, e os grupos criminosos recorrem cada vez mais à violência.",
			"O relatório recomenda reforçar os serviços de tratamento e a cooperação entre as autoridades dos Estados-Membros.",
		},
	}, {
		Agency: "Eurojust", Language: "de", PageLanguage: "en", Published: day(2025, time.April, 2), Tags: []string{"Drug trafficking"},
		Title:   "Gemeinsames Ermittlungsteam zerschlägt Netzwerk für Kokainschmuggel über den Hafen",
		Summary: "Mit Unterstützung von Eurojust nahmen Behörden in zwei Mitgliedstaaten sieben Verdächtige fest.",
		Paragraphs: []string{
			"Mit Unterstützung von Eurojust haben die Justiz- und Polizeibehörden zweier Mitgliedstaaten ein Netzwerk zerschlagen, das Kokain in Bananenkisten über den Hafen geschmuggelt haben soll.",
			"Bei einem gemeinsamen Aktionstag wurden sieben Verdächtige festgenommen und mehr als zwei Tonnen Kokain sichergestellt.",
			"Ein gemeinsames Ermittlungsteam hatte die Beweise beider Länder zusammengeführt und die Festnahmen vorbereitet.",
		},
	}}
}

// alternates returns the hreflang links of the versions of r (itself
// included), or none for a release in one language.
func alternates(base string, r Release) []alternate {
	if r.Translation == "" {
		return nil
	}
	var out []alternate
	for _, o := range allReleases() {
		if o.Translation == r.Translation {
			out = append(out, alternate{Lang: o.Language, Href: o.URL(base)})
		}
	}
	return out
}

// alternate is a hreflang link of a page's head.
type alternate struct{ Lang, Href string }
