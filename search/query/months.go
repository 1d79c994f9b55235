package query

import (
	"strings"
	"time"
)

// monthNames maps the names of the months, lower case, in the 24 official
// languages of the EU (with the genitive or partitive forms dates are
// written with in Polish, Czech, Slovak, Croatian, Lithuanian, Greek and
// Finnish, and English abbreviations) to their month. Each name is also
// found without its diacritics (foldDiacritics), as people type them.
// Two-word names (Irish "Meán Fómhair", "Deireadh Fómhair") are not
// recognised. "listopad" is November in Polish and Czech, and is read so,
// though it is October in Croatian.
var monthNames = map[time.Month]string{
	time.January: "january jan januar jänner janvier gennaio enero janeiro januari tammikuu tammikuuta tammikuussa " +
		"jaanuar janvāris sausis sausio styczeń stycznia leden ledna január januára siječanj siječnja ianuarie " +
		"януари ιανουάριος ιανουαρίου eanáir jannar",
	time.February: "february feb februar février febbraio febrero fevereiro februari helmikuu helmikuuta helmikuussa " +
		"veebruar februāris vasaris vasario luty lutego únor února február februára veljača veljače februarie " +
		"февруари φεβρουάριος φεβρουαρίου feabhra frar",
	time.March: "march mar märz maerz mars marzo março maart marts maaliskuu maaliskuuta maaliskuussa " +
		"märts kovas kovo marzec marca březen března marec marca ožujak ožujka március martie " +
		"март μάρτιος μαρτίου márta marzu",
	time.April: "april apr avril aprile abril huhtikuu huhtikuuta huhtikuussa aprill aprīlis balandis balandžio " +
		"kwiecień kwietnia duben dubna apríl apríla travanj travnja április aprilie април απρίλιος απριλίου aibreán",
	time.May: "may mai maggio mayo maio mei maj toukokuu toukokuuta toukokuussa maijs gegužė gegužės maja " +
		"květen května máj mája svibanj svibnja május май μάιος μαΐου bealtaine mejju",
	time.June: "june jun juni juin giugno junio junho kesäkuu kesäkuuta kesäkuussa juuni jūnijs birželis birželio " +
		"czerwiec czerwca červen června jún júna junij lipanj lipnja június iunie юни ιούνιος ιουνίου meitheamh ġunju",
	time.July: "july jul juli juillet luglio julio julho heinäkuu heinäkuuta heinäkuussa juuli jūlijs liepa liepos " +
		"lipiec lipca červenec července júl júla julij srpanj srpnja július iulie юли ιούλιος ιουλίου iúil lulju",
	time.August: "august aug août aout agosto augustus augusti elokuu elokuuta elokuussa augusts rugpjūtis rugpjūčio " +
		"sierpień sierpnia srpen srpna augusta avgust kolovoz kolovoza augusztus август αύγουστος αυγούστου lúnasa awwissu",
	time.September: "september sep sept septembre settembre septiembre setiembre setembro syyskuu syyskuuta syyskuussa " +
		"septembris rugsėjis rugsėjo wrzesień września září septembra rujan rujna szeptember septembrie " +
		"септември σεπτέμβριος σεπτεμβρίου settembru",
	time.October: "october oct oktober octobre ottobre octubre outubro lokakuu lokakuuta lokakuussa oktoober oktobris " +
		"spalis spalio październik października říjen října október októbra október octombrie " +
		"октомври οκτώβριος οκτωβρίου ottubru",
	time.November: "november nov novembre noviembre novembro marraskuu marraskuuta marraskuussa novembris lapkritis " +
		"lapkričio listopad listopada listopadu novembra studeni studenoga noiembrie ноември νοέμβριος νοεμβρίου samhain novembru",
	time.December: "december dec dezember décembre decembre dicembre diciembre dezembro joulukuu joulukuuta joulukuussa " +
		"detsember decembris gruodis gruodžio grudzień grudnia prosinec prosince decembra prosinac prosinca " +
		"decemberben decembrie декември δεκέμβριος δεκεμβρίου nollaig diċembru",
}

// months is monthNames by name, with and without diacritics.
var months = func() map[string]time.Month {
	out := map[string]time.Month{}
	for m, names := range monthNames {
		for _, n := range strings.Fields(names) {
			out[n] = m
			out[foldDiacritics(n)] = m
		}
	}
	return out
}()

// monthOf returns the month a word names, in any of the languages.
func monthOf(word string) (time.Month, bool) {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if m, ok := months[w]; ok {
		return m, true
	}
	m, ok := months[foldDiacritics(w)]
	return m, ok
}

// foldDiacritics drops the accents of Latin letters: "grudzień" is also
// typed "grudzien".
func foldDiacritics(s string) string {
	return diacritics.Replace(s)
}

var diacritics = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "ą", "a",
	"ç", "c", "č", "c", "ć", "c", "ċ", "c", "ď", "d",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e", "ė", "e", "ę", "e", "ě", "e",
	"ġ", "g", "ģ", "g", "í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i", "ķ", "k", "ļ", "l", "ł", "l",
	"ň", "n", "ń", "n", "ñ", "n", "ņ", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ő", "o",
	"ř", "r", "ŕ", "r", "š", "s", "ś", "s", "ș", "s", "ť", "t", "ț", "t",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ů", "u", "ű", "u", "ý", "y", "ÿ", "y",
	"ž", "z", "ź", "z", "ż", "z",
)
