// Package langtext holds one short press release in each of the 24 official
// EU languages, written for this project's tests and measurements (the
// language detector, per-language analysis, cross-language concept
// matching). Each tells the same story: a joint operation against migrant
// smuggling, alerts checked in the Schengen Information System, border
// checks reinforced. They are translations of each other by the authors
// of this project, not texts of any agency.
package langtext

import "strings"

// Sample is one release in one language.
type Sample struct {
	Lang  string
	Title string
	Body  string
	// Indexed is a word as the release writes it, Query another form of it
	// that the language's stemmer reduces to the same term (empty where
	// the language gets no stemmer: Query then differs in case or
	// accents only, or equals Indexed).
	Indexed, Query string
	// SIS is the release's name of the Schengen Information System.
	SIS string
}

// Sentences returns the sentences of the body.
func (s Sample) Sentences() []string {
	var out []string
	for _, p := range strings.SplitAfter(s.Body, ". ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Get returns the sample of code.
func Get(code string) (Sample, bool) {
	for _, s := range Samples {
		if s.Lang == code {
			return s, true
		}
	}
	return Sample{}, false
}

// Samples are the releases, one per official language, by code.
var Samples = []Sample{
	{Lang: "bg",
		Title:   "Засилени гранични проверки след задържането на трафиканти на мигранти",
		Body:    "Полицейски служители от пет държави членки задържаха дванадесет заподозрени по време на съвместна операция срещу незаконното превеждане на мигранти. Разследващите проверили стотици сигнали в Шенгенската информационна система и засилиха контрола на три гранични пункта. Предполагаемата мрежа е искала от мигрантите големи суми за опасни пътувания през границата. Европол подкрепи националните органи с анализи и координира обмена на информация между засегнатите държави.",
		Indexed: "Засилени", Query: "засилени", SIS: "Шенгенската информационна система"},
	{Lang: "cs",
		Title:   "Posílené hraniční kontroly po zatčení převaděčů migrantů",
		Body:    "Policisté z pěti členských států zadrželi dvanáct podezřelých během společné operace proti převaděčství migrantů. Vyšetřovatelé prověřili stovky záznamů v Schengenském informačním systému a posílili kontroly na třech hraničních přechodech. Údajná síť požadovala od migrantů vysoké částky za nebezpečné cesty přes hranici. Europol podporoval vnitrostátní orgány analýzami a koordinoval výměnu informací mezi zúčastněnými zeměmi.",
		Indexed: "Vyšetřovatelé", Query: "vyšetřovatelé", SIS: "Schengenském informačním systému"},
	{Lang: "da",
		Title:   "Grænsekontrollen skærpet efter anholdelse af menneskesmuglere",
		Body:    "Politifolk fra fem medlemsstater anholdt tolv mistænkte under en fælles aktion mod menneskesmugling. Efterforskerne kontrollerede hundredvis af indberetninger i Schengeninformationssystemet og skærpede kontrollen ved tre grænseovergange. Det formodede netværk krævede store beløb af migranterne for farlige rejser over grænsen. Europol støttede de nationale myndigheder med analyser og koordinerede udvekslingen af oplysninger mellem de berørte lande.",
		Indexed: "grænseovergange", Query: "grænseovergang", SIS: "Schengeninformationssystemet"},
	{Lang: "de",
		Title:   "Grenzkontrollen nach Festnahmen von Schleusern verstärkt",
		Body:    "Polizeibeamte aus fünf Mitgliedstaaten haben bei einer gemeinsamen Aktion gegen die Schleusung von Migranten zwölf Verdächtige festgenommen. Die Ermittler überprüften Hunderte von Ausschreibungen im Schengener Informationssystem und verstärkten die Kontrollen an drei Grenzübergängen. Das mutmaßliche Netzwerk verlangte von den Migranten hohe Summen für gefährliche Fahrten über die Grenze. Europol unterstützte die nationalen Behörden mit Analysen und koordinierte den Informationsaustausch zwischen den beteiligten Ländern.",
		Indexed: "Grenzkontrollen", Query: "Grenzkontrolle", SIS: "Schengener Informationssystem"},
	{Lang: "el",
		Title:   "Ενισχυμένοι συνοριακοί έλεγχοι μετά τις συλλήψεις διακινητών μεταναστών",
		Body:    "Αστυνομικοί από πέντε κράτη μέλη συνέλαβαν δώδεκα υπόπτους κατά τη διάρκεια κοινής επιχείρησης κατά της παράνομης διακίνησης μεταναστών. Οι ερευνητές έλεγξαν εκατοντάδες καταχωρίσεις στο Σύστημα Πληροφοριών Σένγκεν και ενίσχυσαν τους ελέγχους σε τρία σημεία διέλευσης των συνόρων. Το φερόμενο δίκτυο ζητούσε από τους μετανάστες μεγάλα ποσά για επικίνδυνα ταξίδια. Η Ευρωπόλ στήριξε τις εθνικές αρχές με αναλύσεις και συντόνισε την ανταλλαγή πληροφοριών μεταξύ των εμπλεκόμενων χωρών.",
		Indexed: "συνοριακοί", Query: "ΣΥΝΟΡΙΑΚΟΙ", SIS: "Σύστημα Πληροφοριών Σένγκεν"},
	{Lang: "en",
		Title:   "Border checks reinforced after arrests of migrant smugglers",
		Body:    "Police officers from five Member States arrested twelve suspects during a joint operation against migrant smuggling. The investigators checked hundreds of alerts in the Schengen Information System and reinforced border controls at three crossing points. The suspected network charged migrants large sums for dangerous journeys across the border. Europol supported the national authorities with analysis and coordinated the exchange of information between the countries involved.",
		Indexed: "arrested", Query: "arresting", SIS: "Schengen Information System"},
	{Lang: "es",
		Title:   "Refuerzo de los controles fronterizos tras la detención de traficantes de migrantes",
		Body:    "Agentes de policía de cinco Estados miembros detuvieron a doce sospechosos durante una operación conjunta contra el tráfico ilícito de migrantes. Los investigadores comprobaron cientos de descripciones en el Sistema de Información de Schengen y reforzaron los controles en tres pasos fronterizos. La presunta red, que también se dedicaba al tráfico de drogas, cobraba a los migrantes grandes sumas por viajes peligrosos a través de la frontera. Europol apoyó a las autoridades nacionales con análisis y coordinó el intercambio de información entre los países implicados.",
		Indexed: "sospechosos", Query: "sospechoso", SIS: "Sistema de Información de Schengen"},
	{Lang: "et",
		Title:   "Piirikontrolli tugevdati pärast rändajate smugeldajate vahistamist",
		Body:    "Viie liikmesriigi politseinikud pidasid ühise operatsiooni käigus, mis oli suunatud rändajate ebaseadusliku üle piiri toimetamise vastu, kinni kaksteist kahtlustatavat. Uurijad kontrollisid Schengeni infosüsteemis sadu hoiatusteateid ja tugevdasid kontrolli kolmes piiripunktis. Väidetav võrgustik nõudis rändajatelt ohtlike reiside eest suuri summasid. Europol toetas riiklikke asutusi analüüsidega ja koordineeris teabevahetust asjaomaste riikide vahel.",
		Indexed: "Uurijad", Query: "uurijad", SIS: "Schengeni infosüsteemis"},
	{Lang: "fi",
		Title:   "Rajatarkastuksia tehostettiin ihmissalakuljettajien pidätysten jälkeen",
		Body:    "Viiden jäsenvaltion poliisit pidättivät kaksitoista epäiltyä yhteisessä operaatiossa, joka kohdistui maahanmuuttajien salakuljetukseen. Tutkijat tarkistivat satoja kuulutuksia Schengenin tietojärjestelmästä ja tehostivat tarkastuksia kolmella rajanylityspaikalla. Epäilty verkosto peri siirtolaisilta suuria summia vaarallisista matkoista rajan yli. Europol tuki kansallisia viranomaisia analyyseillä ja koordinoi tietojenvaihtoa asianomaisten maiden välillä.",
		Indexed: "tarkastuksia", Query: "tarkastukset", SIS: "Schengenin tietojärjestelmästä"},
	{Lang: "fr",
		Title:   "Contrôles aux frontières renforcés après l'arrestation de passeurs",
		Body:    "Des policiers de cinq États membres ont arrêté douze suspects lors d'une opération conjointe contre le trafic de migrants. Les enquêteurs ont vérifié des centaines de signalements dans le système d'information Schengen et renforcé les contrôles à trois points de passage de la frontière. Le réseau présumé exigeait des migrants des sommes importantes pour des voyages dangereux. Europol a soutenu les autorités nationales par ses analyses et a coordonné l'échange d'informations entre les pays concernés.",
		Indexed: "frontières", Query: "frontière", SIS: "système d'information Schengen"},
	{Lang: "ga",
		Title:   "Seiceálacha teorann neartaithe tar éis smuigléirí imirceach a ghabháil",
		Body:    "Ghabh oifigigh phóilíní ó chúig Bhallstát dháréag duine a raibh amhras fúthu le linn oibríocht chomhpháirteach in aghaidh smuigleáil imirceach. Sheiceáil na himscrúdaitheoirí na céadta foláireamh sa Chóras Faisnéise Schengen agus neartaigh siad na seiceálacha ag trí phointe trasnaithe teorann. D'éiligh an líonra líomhnaithe suimeanna móra ar na himircigh as turais chontúirteacha thar an teorainn. Thacaigh Europol leis na húdaráis náisiúnta le hanailísí agus chomhordaigh sé malartú faisnéise idir na tíortha lena mbaineann.",
		Indexed: "Seiceálacha", Query: "seiceálacha", SIS: "Chóras Faisnéise Schengen"},
	{Lang: "hr",
		Title:   "Pojačane granične kontrole nakon uhićenja krijumčara migranata",
		Body:    "Policijski službenici iz pet država članica uhitili su dvanaest osumnjičenika tijekom zajedničke operacije protiv krijumčarenja migranata. Istražitelji su provjerili stotine upozorenja u Schengenskom informacijskom sustavu i pojačali kontrole na tri granična prijelaza. Navodna mreža tražila je od migranata visoke iznose za opasna putovanja preko granice. Europol je podupirao nacionalna tijela analizama i koordinirao razmjenu informacija između uključenih zemalja.",
		Indexed: "osumnjičenika", Query: "osumnjičenik", SIS: "Schengenskom informacijskom sustavu"},
	{Lang: "hu",
		Title:   "Szigorították a határellenőrzést embercsempészek letartóztatása után",
		Body:    "Öt tagállam rendőrei közös akció keretében tizenkét gyanúsítottat tartóztattak le a migránscsempészet elleni fellépés során. A nyomozók több száz figyelmeztető jelzést ellenőriztek a Schengeni Információs Rendszerben, és három határátkelőhelyen megerősítették az ellenőrzéseket. A feltételezett hálózat nagy összegeket kért a migránsoktól a határon átvezető veszélyes utakért. Az Europol elemzésekkel támogatta a nemzeti hatóságokat, és összehangolta az érintett országok közötti információcserét.",
		Indexed: "hatóságokat", Query: "hatóságok", SIS: "Schengeni Információs Rendszerben"},
	{Lang: "it",
		Title:   "Controlli alle frontiere rafforzati dopo l'arresto di trafficanti di migranti",
		Body:    "Agenti di polizia di cinque Stati membri hanno arrestato dodici sospettati durante un'operazione congiunta contro il traffico di migranti. Gli investigatori hanno verificato centinaia di segnalazioni nel sistema d'informazione Schengen e hanno rafforzato i controlli in tre valichi di frontiera. La presunta rete chiedeva ai migranti somme elevate per viaggi pericolosi attraverso il confine. Europol ha sostenuto le autorità nazionali con analisi e ha coordinato lo scambio di informazioni tra i paesi coinvolti.",
		Indexed: "sospettati", Query: "sospettato", SIS: "sistema d'informazione Schengen"},
	{Lang: "lt",
		Title:   "Sugriežtinta sienų kontrolė po neteisėtų migrantų gabentojų sulaikymo",
		Body:    "Penkių valstybių narių policijos pareigūnai per bendrą operaciją prieš neteisėtą migrantų gabenimą sulaikė dvylika įtariamųjų. Tyrėjai patikrino šimtus įspėjimų Šengeno informacinėje sistemoje ir sugriežtino kontrolę trijuose sienos kirtimo punktuose. Įtariamas tinklas iš migrantų reikalavo didelių sumų už pavojingas keliones per sieną. Europolas analizėmis padėjo nacionalinėms institucijoms ir koordinavo keitimąsi informacija tarp susijusių šalių.",
		Indexed: "Tyrėjai", Query: "tyrėjai", SIS: "Šengeno informacinėje sistemoje"},
	{Lang: "lv",
		Title:   "Pastiprināta robežkontrole pēc migrantu kontrabandistu aizturēšanas",
		Body:    "Piecu dalībvalstu policisti kopīgas operācijas laikā pret migrantu kontrabandu aizturēja divpadsmit aizdomās turamos. Izmeklētāji pārbaudīja simtiem brīdinājumu Šengenas Informācijas sistēmā un pastiprināja kontroli trīs robežšķērsošanas vietās. Iespējamais tīkls no migrantiem pieprasīja lielas naudas summas par bīstamiem braucieniem pāri robežai. Eiropols ar analīzēm atbalstīja valstu iestādes un koordinēja informācijas apmaiņu starp iesaistītajām valstīm.",
		Indexed: "Izmeklētāji", Query: "izmeklētāji", SIS: "Šengenas Informācijas sistēmā"},
	{Lang: "mt",
		Title:   "Kontrolli fil-fruntieri msaħħa wara l-arrest ta' kuntrabandisti tal-migranti",
		Body:    "Uffiċjali tal-pulizija minn ħames Stati Membri arrestaw tnax-il suspettat matul operazzjoni konġunta kontra l-faċilitazzjoni tal-immigrazzjoni illegali. L-investigaturi ċċekkjaw mijiet ta' twissijiet fis-Sistema ta' Informazzjoni ta' Schengen u saħħew il-kontrolli f'tliet punti ta' qsim tal-fruntiera. In-netwerk allegat talab somom kbar mingħand il-migranti għal vjaġġi perikolużi. Il-Europol appoġġa lill-awtoritajiet nazzjonali b'analiżi u kkoordina l-iskambju ta' informazzjoni bejn il-pajjiżi kkonċernati.",
		Indexed: "Uffiċjali", Query: "uffiċjali", SIS: "Sistema ta' Informazzjoni ta' Schengen"},
	{Lang: "nl",
		Title:   "Grenscontroles aangescherpt na arrestaties van mensensmokkelaars",
		Body:    "Politieagenten uit vijf lidstaten hebben tijdens een gezamenlijke actie tegen migrantensmokkel twaalf verdachten aangehouden. De onderzoekers controleerden honderden signaleringen in het Schengeninformatiesysteem en versterkten de controles op drie grensovergangen. Het vermoedelijke netwerk vroeg de migranten hoge bedragen voor gevaarlijke tochten over de grens. Europol ondersteunde de nationale autoriteiten met analyses en coördineerde de uitwisseling van informatie tussen de betrokken landen.",
		Indexed: "verdachten", Query: "verdachte", SIS: "Schengeninformatiesysteem"},
	{Lang: "pl",
		Title:   "Wzmocniono kontrole graniczne po zatrzymaniu przemytników migrantów",
		Body:    "Policjanci z pięciu państw członkowskich zatrzymali dwunastu podejrzanych podczas wspólnej operacji przeciwko przemytowi migrantów. Śledczy sprawdzili setki wpisów w Systemie Informacyjnym Schengen i wzmocnili kontrole na trzech przejściach granicznych. Domniemana siatka żądała od migrantów wysokich kwot za niebezpieczne podróże przez granicę. Europol wspierał organy krajowe analizami i koordynował wymianę informacji między zaangażowanymi państwami.",
		Indexed: "przemytników", Query: "przemytnik", SIS: "Systemie Informacyjnym Schengen"},
	{Lang: "pt",
		Title:   "Controlos nas fronteiras reforçados após a detenção de passadores",
		Body:    "Agentes de polícia de cinco Estados-Membros detiveram doze suspeitos durante uma operação conjunta contra o auxílio à imigração ilegal. Os investigadores verificaram centenas de indicações no Sistema de Informação de Schengen e reforçaram os controlos em três pontos de passagem da fronteira. A alegada rede cobrava aos migrantes somas elevadas por viagens perigosas. A Europol apoiou as autoridades nacionais com análises e coordenou o intercâmbio de informações entre os países envolvidos.",
		Indexed: "suspeitos", Query: "suspeito", SIS: "Sistema de Informação de Schengen"},
	{Lang: "ro",
		Title:   "Controale la frontieră consolidate după arestarea unor traficanți de migranți",
		Body:    "Polițiști din cinci state membre au arestat doisprezece suspecți în cadrul unei operațiuni comune împotriva traficului de migranți. Anchetatorii au verificat sute de semnalări în Sistemul de Informații Schengen și au consolidat controalele la trei puncte de trecere a frontierei. Presupusa rețea le cerea migranților sume mari pentru călătorii periculoase peste graniță. Europol a sprijinit autoritățile naționale cu analize și a coordonat schimbul de informații între țările implicate.",
		Indexed: "controalele", Query: "controale", SIS: "Sistemul de Informații Schengen"},
	{Lang: "sk",
		Title:   "Posilnené hraničné kontroly po zadržaní prevádzačov migrantov",
		Body:    "Policajti z piatich členských štátov zadržali dvanásť podozrivých počas spoločnej operácie proti prevádzačstvu migrantov. Vyšetrovatelia preverili stovky záznamov v Schengenskom informačnom systéme a posilnili kontroly na troch hraničných priechodoch. Údajná sieť požadovala od migrantov vysoké sumy za nebezpečné cesty cez hranicu. Europol podporoval vnútroštátne orgány analýzami a koordinoval výmenu informácií medzi zúčastnenými krajinami.",
		Indexed: "Vyšetrovatelia", Query: "vyšetrovatelia", SIS: "Schengenskom informačnom systéme"},
	{Lang: "sl",
		Title:   "Okrepljen nadzor na mejah po aretaciji tihotapcev migrantov",
		Body:    "Policisti iz petih držav članic so med skupno akcijo proti tihotapljenju migrantov prijeli dvanajst osumljencev. Preiskovalci so preverili na stotine razpisov ukrepov v schengenskem informacijskem sistemu in okrepili nadzor na treh mejnih prehodih. Domnevna mreža je od migrantov zahtevala visoke zneske za nevarne poti čez mejo. Europol je nacionalnim organom pomagal z analizami in usklajeval izmenjavo informacij med vpletenimi državami.",
		Indexed: "Preiskovalci", Query: "preiskovalci", SIS: "schengenskem informacijskem sistemu"},
	{Lang: "sv",
		Title:   "Gränskontrollerna skärps efter gripanden av människosmugglare",
		Body:    "Poliser från fem medlemsstater grep tolv misstänkta under en gemensam insats mot människosmuggling. Utredarna kontrollerade hundratals registreringar i Schengens informationssystem och skärpte kontrollerna vid tre gränsövergångar. Det misstänkta nätverket tog ut stora summor av migranterna för farliga resor över gränsen. Europol stödde de nationella myndigheterna med analyser och samordnade informationsutbytet mellan de berörda länderna.",
		Indexed: "myndigheterna", Query: "myndighet", SIS: "Schengens informationssystem"},
}
