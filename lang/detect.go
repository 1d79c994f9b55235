package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The detector tells the 24 official languages apart with three cues, each
// cheap and each strong where the others are weak:
//
//   - the script: Cyrillic is Bulgarian and Greek is Greek, among the
//     official languages;
//   - function words (articles, prepositions, conjunctions, auxiliaries):
//     a release of a hundred words holds dozens of them, and few are shared
//     by more than two languages;
//   - letters that only some languages write (ß, ñ, ő, ř, ľ, ą, ț, ā, ė, ħ…),
//     which decide short texts such as titles.
//
// The lists below are ours, about thirty of the commonest short words per
// language. Measured on releases written for the project in each language
// (lang/detect_test.go, docs/languages.md) it beats what its size suggests;
// a trigram model of all languages would weigh megabytes.

// detectBytes bounds the text the detector reads: the first 4 KB decide.
const detectBytes = 4 << 10

// Detection is the detector's answer.
type Detection struct {
	// Code is the language, "" when the text has no letters or no cue.
	Code string
	// Confidence is between 0 and 1: the winner's share of the evidence
	// minus the runner-up's. Below about 0.2, the text says little.
	Confidence float64
	// Words is the number of words read.
	Words int
	// scores are the evidence for each Latin-script language (latin).
	scores [32]float64
}

// Support is the evidence for code against the winner's: 1 for the winner,
// near 0 for a language the text gives no sign of.
func (d Detection) Support(code string) float64 {
	if code == d.Code {
		return 1
	}
	best := -1
	for i, l := range latin {
		if l == d.Code {
			best = i
		}
	}
	if best < 0 || d.scores[best] == 0 {
		return 0 // a script decided, or nothing did
	}
	for i, l := range latin {
		if l == code {
			return d.scores[i] / d.scores[best]
		}
	}
	return 0
}

// functionWords lists the commonest short words of each Latin-script
// language.
var functionWords = map[string]string{
	"en": "the of and to in is that for on with as by was are from this it be has have an at which will its their were been not or also after said who they",
	"de": "der die das und ist nicht mit von den dem des ein eine einer eines zu im auf für sich auch wird werden wurde wurden bei nach aus über durch sind hat haben oder als zum zur dass vom",
	"fr": "le la les et des du un une est dans pour que qui sur par avec au aux ont été ce cette ces sont pas plus leur ou il elle se ne d l qu selon entre",
	"es": "el la los las y de del en que con por para una un es se al sus su ha han fue fueron como más entre sobre este esta también lo",
	"it": "il lo la gli le e di del della dei delle che per con una un è sono nel nella alla al ha hanno stato stati anche tra come questo questa più dal dalla l un",
	"pt": "o a os as e de do da dos das que em no na nos nas para com uma um é são foi foram pelo pela também como mais entre ao aos sua seu",
	"nl": "de het een en van in is op te dat met voor zijn niet door aan bij ook worden wordt werd als om naar uit deze die tot hebben heeft er",
	"da": "og i at er det en den til af på med for som har de ikke et blev fra der om var efter også være kan skal sin deres ved hun mellem",
	"sv": "och i att är det en den till av på med för som har de inte ett blev från om var efter också vara kan ska sin deras vid hon samt mellan",
	"fi": "ja on ei se että oli ovat hän joka jotka tai myös kuin mutta sekä tämä nämä niiden sen ole olivat mukaan kanssa jälkeen vuonna yli kaikki",
	"et": "ja on ei see et oli olid ka kui aga ning mis mida kes selle need nende pärast koos üle kõik ta nad oma veel seda ole tema",
	"hu": "a az és egy hogy nem is van volt meg de már mint csak ki be el fel után között szerint pedig vagy alatt miatt kell lesz azt ezt ez",
	"pl": "i w z na do się że nie to jest o od po przez dla oraz jak przy ze co był była było są które który która został została także jego ich",
	"cs": "a v z na do se že není je o od po pro jako při ze co byl byla bylo jsou které který která také jeho jejich tím podle nebo ale již přes mezi během jen",
	"sk": "a v z na do sa že nie je o od po pre ako pri zo čo bol bola bolo sú ktoré ktorý ktorá aj tiež jeho ich podľa alebo ale už cez medzi počas len",
	"sl": "in v z na do se da ni je o od po za kot pri so ki bil bila bilo tudi njegov njihov ter ali pa že iz bo med",
	"hr": "i u s na do se da nije je o od po za kao pri su koji koja koje bio bila bilo također njegov njihov te ili ali iz će prema između",
	"ro": "și în de la cu pe a al ale din pentru care este sunt au fost nu se un o unei unui mai ca prin după despre acest această sau",
	"lv": "un ir ar par no uz kā arī bet vai to tas tā kas ko bija tiek tika viņš viņi ka pēc līdz starp šo šī savu sava",
	"lt": "ir yra su iš į kad bet ar tai tas ji jis jie buvo bus taip pat nuo per apie kaip kuris kuri šis ši savo po dėl tarp",
	"mt": "il l u ta fil tal li għal minn ma mhux huwa hija kien kienet dan din dawk f b bħala wara fuq bejn biex ukoll jew lill",
	"ga": "an na agus ar a i is le go bhí ag do ó leis sa seo sin atá mar níl faoi chun tar éis ina nach don idir",
}

// letters lists letters that only some Latin-script languages write.
var letters = map[rune]string{
	'ß': "de", 'ñ': "es", 'ã': "pt", 'ç': "fr pt", 'ø': "da", 'æ': "da", 'å': "da sv",
	'ő': "hu", 'ű': "hu", 'ř': "cs", 'ě': "cs", 'ů': "cs", 'ľ': "sk", 'ĺ': "sk", 'ŕ': "sk",
	'ą': "pl", 'ę': "pl", 'ł': "pl", 'ś': "pl", 'ź': "pl", 'ń': "pl", 'ż': "pl mt",
	'ț': "ro", 'ș': "ro", 'ţ': "ro", 'ş': "ro", 'ă': "ro", 'ā': "lv", 'ē': "lv", 'ī': "lv",
	'ķ': "lv", 'ļ': "lv", 'ņ': "lv", 'ģ': "lv", 'ū': "lv lt", 'ė': "lt", 'į': "lt", 'ų': "lt",
	'ħ': "mt", 'ġ': "mt", 'ċ': "mt", 'ć': "hr pl", 'đ': "hr", 'õ': "et pt", 'ä': "de fi sv et sk",
	'ö': "de fi sv et hu", 'ü': "de et hu", 'è': "fr it", 'à': "fr it mt", 'ì': "it mt",
	'ò': "it mt", 'ù': "fr it mt", 'ê': "fr pt", 'ô': "fr pt sk", 'û': "fr", 'ë': "fr nl",
	'ï': "fr nl", 'î': "fr ro", 'â': "fr pt ro", 'ý': "cs sk", 'ď': "cs sk", 'ť': "cs sk",
	'ň': "cs sk", 'č': "cs sk sl hr lt lv", 'š': "cs sk sl hr lt lv et", 'ž': "cs sk sl hr lt lv et",
	'á': "es pt hu cs sk ga", 'í': "es pt hu cs sk ga", 'ó': "es pt hu pl cs sk ga", 'ú': "es pt hu cs sk ga",
	'é': "fr es pt hu cs sk ga it",
}

// endings lists word endings (two to five letters) typical of each
// Latin-script language: inflections and derivational suffixes. They tell
// apart the pairs that share function words and letters (cs/sk, hr/sl,
// fi/et, da/sv) in short texts.
var endings = map[string]string{
	"en": "ing tion ed ly ies ers ity",
	"de": "ung chen keit heit lich isch ern igt ten",
	"nl": "aar aars ijk lijk heid ties eert ijs oor",
	"fr": "eux ion ment aux és ée ées ère ès",
	"es": "ción ciones dad ado ados ida idos mente ía",
	"it": "zione zioni ità ato ati ese etti elli ghe ggi",
	"pt": "ção ções dade ado ados ões ém",
	"ro": "ului ilor ția ții ește ări ează ul ți",
	"da": "hed else ende erne ning lse",
	"sv": "het heten ning arna erna orna lig na",
	"fi": "ssa ssä sta stä lla llä ksi nen iin ään tti ttä ista ia ät",
	"et": "te de ga st le lt ist iga ile tud nud dud ks id",
	"hu": "ság ség ban ben nak nek ból ből val vel ott ett okat eket",
	"pl": "ów ych cji ego ami iem ość ach ie ną ię ać ono",
	"cs": "ého ích ými ový ost ání ení ní ou ům ých",
	"sk": "ov ého ých ými ový osť anie enie ia ie ej iu om ií čov ách",
	"sl": "ov ev ih em ji cij ost anje enje ega emu ski",
	"hr": "ija ama ata ih om anje enje ost ski og",
	"lv": "as ās ām iem ība ības šana ties ēt ija ijas",
	"lt": "as ai ių ės ams oje ymo imo ėje tis uose ą ų",
	"mt": "zzjoni ijiet jiet ment",
	"ga": "acht each eacha aigh aithe íocht ach anna",
}

// endingWeight is what one ending counts against one function word.
const endingWeight = 0.4

// letterWeight is what one distinctive letter counts against one function
// word: letters are many, and a loan name brings its own.
const letterWeight = 0.3

var (
	wordIndex   = map[string][]int{} // word -> languages, as indexes in latin
	letterIndex = map[rune][]int{}
	endingIndex = map[string][]int{}
	latin       []string // the Latin-script languages, in a fixed order
)

func init() {
	for _, l := range Official {
		if l.Code != "bg" && l.Code != "el" {
			latin = append(latin, l.Code)
		}
	}
	index := func(codes string) []int {
		var out []int
		for _, c := range strings.Fields(codes) {
			for i, l := range latin {
				if l == c {
					out = append(out, i)
				}
			}
		}
		return out
	}
	for code, words := range functionWords {
		for _, w := range strings.Fields(words) {
			wordIndex[w] = append(wordIndex[w], index(code)...)
		}
	}
	for code, ends := range endings {
		for _, e := range strings.Fields(ends) {
			endingIndex[e] = append(endingIndex[e], index(code)...)
		}
	}
	for r, codes := range letters {
		letterIndex[r] = index(codes)
	}
}

// Detect returns the official language text is written in, from its first
// 4 KB.
func Detect(text string) Detection {
	if len(text) > detectBytes {
		text = text[:detectBytes] // a cut rune reads as no letter
	}
	var score [32]float64
	var cyrillic, greek, letterCount, words int
	word := make([]byte, 0, 64)
	flush := func() {
		if len(word) == 0 {
			return
		}
		words++
		w := word
		if ls := wordIndex[string(w)]; len(ls) > 0 {
			for _, i := range ls {
				score[i] += 1 / float64(len(ls))
			}
		}
		// The endings of two to five letters of a word of at least four.
		runes := 0
		for i := len(w); i > 0 && runes < 5; {
			_, size := utf8.DecodeLastRune(w[:i])
			i -= size
			runes++
			if runes >= 2 && i > 0 && utf8.RuneCount(w) >= 4 {
				ls := endingIndex[string(w[i:])]
				for _, l := range ls {
					score[l] += endingWeight / float64(len(ls))
				}
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		r = unicode.ToLower(r)
		word = utf8.AppendRune(word, r)
		letterCount++
		switch {
		case r < 0x80:
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Greek, r):
			greek++
		default:
			if ls := letterIndex[r]; len(ls) > 0 {
				for _, i := range ls {
					score[i] += letterWeight / float64(len(ls))
				}
			}
		}
	}
	flush()
	d := Detection{Words: words}
	switch {
	case letterCount == 0:
		return d
	case 2*cyrillic > letterCount:
		d.Code, d.Confidence = "bg", float64(cyrillic)/float64(letterCount)
		return d
	case 2*greek > letterCount:
		d.Code, d.Confidence = "el", float64(greek)/float64(letterCount)
		return d
	}
	best, second, total := -1, -1, 0.0
	for i := range latin {
		total += score[i]
		switch {
		case best < 0 || score[i] > score[best]:
			best, second = i, best
		case second < 0 || score[i] > score[second]:
			second = i
		}
	}
	if total == 0 {
		return d
	}
	d.Code, d.scores = latin[best], score
	d.Confidence = (score[best] - score[second]) / total
	return d
}
