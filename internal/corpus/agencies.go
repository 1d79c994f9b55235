package corpus

// Agency shapes one agency's share of the synthetic archive: how
// many releases it publishes, since when, and which tags its newsroom uses.
type Agency struct {
	Name   string
	Host   string
	Since  int // first year with releases
	Weight int // relative number of releases per year
	Tags   []string
}

// Agencies are the ten JHA Agencies with invented but plausible publishing
// habits: Europol publishes most, EPPO exists since 2021.
var Agencies = []Agency{
	{"Europol", "www.europol.europa.eu", 2005, 22, []string{"Operations", "Drug trafficking", "Cybercrime", "Migrant smuggling", "Terrorism", "Money laundering", "Trafficking in human beings", "EMPACT", "Firearms", "Fraud"}},
	{"Frontex", "www.frontex.europa.eu", 2005, 16, []string{"Border management", "Joint operations", "Return", "Search and rescue", "Risk analysis", "Eurosur", "Coast guard", "Standing corps", "Training"}},
	{"Eurojust", "www.eurojust.europa.eu", 2005, 14, []string{"Joint investigation teams", "Judicial cooperation", "European arrest warrant", "Fraud", "Drug trafficking", "Terrorism", "Cybercrime", "Core international crimes"}},
	{"EUAA", "euaa.europa.eu", 2011, 10, []string{"Asylum", "Reception", "Operational support", "Country of origin information", "Asylum trends", "Training", "Ukraine"}},
	{"FRA", "fra.europa.eu", 2007, 9, []string{"Fundamental rights", "Equality", "Data protection", "Roma", "Migration", "Hate crime", "Child rights", "Survey"}},
	{"eu-LISA", "www.eulisa.europa.eu", 2012, 7, []string{"SIS", "VIS", "Eurodac", "EES", "ETIAS", "ECRIS-TCN", "Interoperability", "Procurement"}},
	{"CEPOL", "www.cepol.europa.eu", 2005, 6, []string{"Training", "Exchange programme", "Webinar", "Cybercrime", "Leadership", "Research"}},
	{"EUDA", "www.euda.europa.eu", 2005, 6, []string{"Drug markets", "European Drug Report", "Early warning", "Cannabis", "Cocaine", "Synthetic drugs", "Prevention"}},
	{"EIGE", "eige.europa.eu", 2010, 5, []string{"Gender equality", "Gender Equality Index", "Gender-based violence", "Work-life balance", "Gender statistics"}},
	{"EPPO", "www.eppo.europa.eu", 2021, 5, []string{"VAT fraud", "Customs fraud", "Corruption", "Investigations", "Indictments", "Convictions"}},
}

// SharedTags are used by every agency now and then.
var SharedTags = []string{"Press release", "Cooperation", "Annual report", "Event", "Ukraine"}

// Languages and their shares (per mille) of the archive; the rest is "en".
var Languages = []Language{{"fr", 40}, {"de", 30}, {"es", 20}, {"it", 10}}

// Language is a language tag and its share, per mille, of the archive.
type Language struct {
	Tag     string
	Permill int
}
