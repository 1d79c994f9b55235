package demosite

// theme is a phrase bank for one subject. Texts hold placeholders in braces
// that compose fills with values drawn once per release, so that one
// release names one city, one operation and consistent figures:
//
//	{city} {country}    where the event took place
//	{city2} {country2}  a second, different place
//	{home}              the agency's seat
//	{agency}            the agency's short name
//	{full}              the agency's full name
//	{op} {code}         an operation name ("Operation Kestrel"), its code word
//	{port}              a seaport
//	{n} {n2} {big}      small, medium and large figures
//	{pct}               a percentage figure without the sign
//	{count}             a number of countries
//	{year} {prev}       the release's year and the year before
//	{month}             the release's month name
//	{speaker}           a person quoted, from the agency's speakers
type theme struct {
	// tags: the first is always given, the others sometimes.
	tags   []string
	titles []string
	// leadOf gives for each title the index of the lead that tells its
	// story, so that title, summary and first paragraph agree.
	leadOf []int
	// leads open a release: one becomes the summary and opens the body.
	leads []string
	// facts fill the body paragraphs.
	facts []string
	// quotes are spoken by {speaker}.
	quotes []string
}

// places are the cities where meetings, operations and arrests happen.
var places = [][2]string{
	{"Tallinn", "Estonia"}, {"Strasbourg", "France"}, {"The Hague", "the Netherlands"},
	{"Warsaw", "Poland"}, {"Lisbon", "Portugal"}, {"Vilnius", "Lithuania"},
	{"Athens", "Greece"}, {"Valletta", "Malta"}, {"Ljubljana", "Slovenia"},
	{"Zagreb", "Croatia"}, {"Bratislava", "Slovakia"}, {"Brussels", "Belgium"},
	{"Madrid", "Spain"}, {"Rome", "Italy"}, {"Vienna", "Austria"}, {"Riga", "Latvia"},
	{"Helsinki", "Finland"}, {"Dublin", "Ireland"}, {"Sofia", "Bulgaria"},
	{"Bucharest", "Romania"}, {"Nicosia", "Cyprus"}, {"Prague", "Czechia"},
	{"Budapest", "Hungary"}, {"Copenhagen", "Denmark"}, {"Stockholm", "Sweden"},
	{"Berlin", "Germany"}, {"Antwerp", "Belgium"}, {"Rotterdam", "the Netherlands"},
	{"Thessaloniki", "Greece"}, {"Palermo", "Italy"}, {"Gdańsk", "Poland"},
	{"Porto", "Portugal"}, {"Marseille", "France"}, {"Hamburg", "Germany"},
	{"Tartu", "Estonia"}, {"Kaunas", "Lithuania"}, {"Cluj-Napoca", "Romania"},
	{"Seville", "Spain"}, {"Graz", "Austria"}, {"Split", "Croatia"},
}

// codenames name the operations, projects and working groups.
var codenames = []string{
	"Saltmarsh", "Lantern", "Copperfield", "Nightjar", "Bramble", "Kestrel",
	"Driftwood", "Juniper", "Halyard", "Tamarisk", "Quillon", "Basalt",
	"Marigold", "Sextant", "Pennant", "Oriole", "Larkspur", "Cormorant",
	"Flintlock", "Meridian", "Heron", "Anvil", "Cobalt", "Thistle",
}

// ports are where containers and ships come in.
var ports = []string{"Rotterdam", "Antwerp", "Hamburg", "Valencia", "Algeciras", "Le Havre",
	"Gioia Tauro", "Piraeus", "Gdańsk", "Constanța", "Koper", "Bremerhaven"}
