package analytics

import "strings"

// stopWords are the function words of each language the agencies publish
// in most, and the words every press release uses whatever its subject
// ("said", "today"): they characterise no result set. A release is read
// with the list of its own language; a language without a list uses the
// English one, since English words appear in every agency's releases.
var stopWords = map[string]map[string]bool{
	"en": words(`a about above after again against all also am an and any are as at be because been before
		being below between both but by can could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how however i if in into is it its
		itself just me more most my myself no nor not now of off on once only or other our ours ourselves
		out over own same she should so some such than that the their theirs them themselves then there
		these they this those through to too under until up very was we were what when where which while
		who whom why will with would you your yours yourself yourselves said says according today new
		one two three first last year years also within across including well may must us many much via
		per since among upon what's it's there's might shall nothing something anything everything
		yet still even ever never already often whether either neither every another several around
		de la le les des du et en el`),
	"de": words(`aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis
		bist da damit dann das dass dem den der des dessen die dies diese diesem diesen dieser dieses doch
		dort durch ein eine einem einen einer eines einig er es etwas euer für gegen hat hatte haben hier
		hin hinter ich ihm ihn ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein
		keine können man mein mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich
		sie sind so solche soll sondern sonst über um und uns unser unter viel vom von vor war waren was
		weg weil weiter welche wenn werde werden wie wieder will wir wird wo zu zum zur zwischen heute
		sowie sagte neue neuen jahr`),
	"fr": words(`a au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma
		mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta
		te tes toi ton tu un une vos votre vous été être avoir fait sont est ont était plus aussi ainsi
		entre comme sans sous depuis lors afin tout tous toutes cet leurs dont selon aujourd hui année`),
	"es": words(`a al algo como con de del desde donde el ella ellos en entre era es esa ese eso esta este esto
		estos fue ha han hasta la las le les lo los más me mi muy no nos o para pero por que qué se sin
		sobre su sus también te tiene todo todos tu un una uno y ya son ser según durante año`),
	"it": words(`a ad al alla alle agli ai anche che chi con come da dal dalla dei del della delle degli di e
		ed è gli ha hanno il in io la le lo loro ma mi ne negli nei nel nella non nostro o per più quale
		quando questo questa se si sono su sua suo sui sul sulla tra tutti un una uno anno`),
	"nl": words(`aan al als bij dan dat de deze die dit door een en er had heeft het hij hoe in is ja je kan
		maar met na naar niet nog of om onder ons ook op over te tot uit van voor was wat we wel werd
		wie wij worden wordt zal ze zich zij zijn`),
	"pt": words(`a ao aos as com como da das de do dos e é em entre foi há isso mais mas na nas no nos o os
		ou para pela pelo por que se sem ser seu sua são também um uma ano`),
}

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stopList returns the stop words of a language tag ("de-AT" reads "de").
func stopList(lang string) map[string]bool {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	if l, ok := stopWords[lang]; ok {
		return l
	}
	return stopWords["en"]
}
