# Writes docs.jsonl, the corpus of the ui tests. Every text here was
# written for these tests; none is taken from an agency's site.
# Run: python3 make_docs.py > docs.jsonl
import json

D = []
def doc(id, agency, date, title, summary, body, tags, lang="en", aliases=(), credits=(), fetched="2025-06-01T08:00:00Z"):
    D.append({
        "id": id, "url": "https://newsroom.example/%s/%s" % (agency.lower(), id),
        "aliases": list(aliases), "agency": agency, "title": title,
        "published": date + "T00:00:00Z", "summary": summary,
        "body": "\n\n".join(body), "tags": list(tags), "language": lang,
        "credits": list(credits), "fetched_at": fetched,
    })

doc("eul-2024-eurodac", "eu-LISA", "2024-02-15",
    "Eurodac upgrade enters its testing phase",
    "The renewed Eurodac system starts end-to-end tests with national authorities.",
    ["The agency started the end-to-end testing of the renewed Eurodac system together with the national authorities of the Member States.",
     "The tests cover the exchange of fingerprint records, the new search functions and the capacity needed for the coming years.",
     "Operations of the renewed system are planned for the second half of 2026."],
    ["Eurodac", "JHAA", "large-scale IT"], aliases=["https://old-newsroom.example/eulisa/news/eurodac-testing"],
    credits=["Photo: agency archive, all rights reserved"])
doc("eul-2023-sis", "eu-LISA", "2023-03-07",
    "Renewed Schengen Information System goes live",
    "The renewed SIS now supports new alert categories and biometric searches.",
    ["The renewed Schengen Information System went live across the Schengen area after a coordinated switch-over.",
     "New alert categories and searches on fingerprints and facial images are now available to border guards and police officers."],
    ["SIS", "JHAA", "large-scale IT"])
doc("eul-2022-ees", "eu-LISA", "2022-10-20",
    "Entry/Exit System: progress report published",
    "A report on the preparation of the Entry/Exit System.",
    ["The agency published its report on the preparation of the Entry/Exit System, which will register travellers from third countries at the external borders.",
     "Border crossing points in all Member States take part in the preparation."],
    ["EES", "large-scale IT", "borders"])
doc("eul-2021-conference", "eu-LISA", "2021-11-04",
    "Annual conference discusses interoperability",
    "Experts met to discuss the interoperability of the large-scale IT systems.",
    ["The annual conference brought together experts from the Member States and the agencies to discuss interoperability of the systems that support border management and police cooperation."],
    ["interoperability", "large-scale IT", "JHAA"])
doc("eup-2024-ransomware", "Europol", "2024-05-21",
    "Ransomware network dismantled in coordinated action",
    "Police forces of nine countries took down the servers of a ransomware network.",
    ["Police forces of nine countries, supported by the agency, took down the servers of a ransomware network that had attacked hospitals and municipalities.",
     "Investigators seized cryptocurrency and identified the main suspects.",
     "The decryption keys have been made available to victims free of charge."],
    ["cybercrime", "ransomware", "JHAA"])
doc("eup-2023-drugs", "Europol", "2023-09-12",
    "Cocaine shipment seized in three ports",
    "Customs and police seized several tonnes of cocaine hidden in banana containers.",
    ["Customs and police authorities seized several tonnes of cocaine hidden in containers of bananas in three European ports.",
     "The operation was coordinated through the agency's operational centre."],
    ["drugs", "organised crime"])
doc("eup-2022-trafficking", "Europol", "2022-06-30",
    "Action days against human trafficking lead to arrests",
    "Joint action days across Europe targeted human trafficking for labour exploitation.",
    ["During a week of joint action days, labour inspectors and police officers checked farms, building sites and restaurants for signs of human trafficking.",
     "Dozens of potential victims were identified and offered support."],
    ["human trafficking", "organised crime", "JHAA"])
doc("eup-2020-iocta", "Europol", "2020-10-05",
    "Internet organised crime threat assessment released",
    "The yearly assessment describes the main cyber threats.",
    ["The yearly threat assessment describes ransomware, online fraud and child sexual abuse material as the main threats on the internet."],
    ["cybercrime", "threat assessment"])
doc("eup-2019-euro", "Europol", "2019-04-11",
    "Counterfeit euro banknotes: print shop raided",
    "Investigators raided an illegal print shop producing counterfeit euro banknotes.",
    ["Investigators raided an illegal print shop that produced counterfeit euro banknotes of high quality."],
    ["counterfeiting", "organised crime"])
doc("eup-2025-de", "Europol", "2025-01-28",
    "Schlag gegen Cyberkriminalität: Plattform abgeschaltet",
    "Ermittler haben eine kriminelle Plattform abgeschaltet.",
    ["Ermittler aus mehreren Mitgliedstaaten haben eine Plattform abgeschaltet, auf der gestohlene Zugangsdaten verkauft wurden.",
     "Die Agentur unterstützte die Analyse der beschlagnahmten Daten."],
    ["cybercrime"], lang="de")
doc("euj-2024-jit", "Eurojust", "2024-03-19",
    "Joint investigation team tackles migrant smuggling network",
    "A joint investigation team led to arrests of smugglers in four countries.",
    ["A joint investigation team set up with the support of the agency led to the arrest of members of a migrant smuggling network in four countries.",
     "The network transported people in dangerous conditions across several borders."],
    ["migrant smuggling", "judicial cooperation", "JHAA"])
doc("euj-2023-war-crimes", "Eurojust", "2023-05-23",
    "Evidence database for core international crimes launched",
    "A new database helps prosecutors share evidence of core international crimes.",
    ["The agency launched a database that lets prosecutors store and compare evidence of core international crimes."],
    ["core international crimes", "judicial cooperation"])
doc("euj-2021-report", "Eurojust", "2021-06-10",
    "Annual report: more cases than ever",
    "The annual report shows a record number of cross-border cases.",
    ["The annual report shows that prosecutors asked for the agency's help in more cross-border cases than in any year before."],
    ["annual report", "judicial cooperation"])
doc("euj-2025-fr", "Eurojust", "2025-02-06",
    "Démantèlement d'un réseau de fraude à la TVA",
    "Un réseau de fraude à la TVA a été démantelé.",
    ["Les autorités judiciaires de cinq pays ont démantelé un réseau de fraude à la TVA portant sur des téléphones mobiles.",
     "L'agence a coordonné les perquisitions et les arrestations."],
    ["fraud", "judicial cooperation"], lang="fr")
doc("ftx-2024-risk", "Frontex", "2024-06-25",
    "Risk analysis for 2024 published",
    "The annual risk analysis describes the situation at the external borders.",
    ["The annual risk analysis describes irregular border crossings, document fraud and the situation at the external borders."],
    ["risk analysis", "borders", "migration"])
doc("ftx-2023-return", "Frontex", "2023-11-14",
    "Support for voluntary returns grows",
    "More Member States use the agency's support for voluntary returns.",
    ["More Member States used the agency's support for voluntary returns, including reintegration help in the countries of origin."],
    ["returns", "migration"])
doc("ftx-2022-coastguard", "Frontex", "2022-09-08",
    "Coast guard cooperation exercise in the Mediterranean",
    "Coast guards trained search and rescue together.",
    ["Coast guards of several Member States trained search and rescue at sea and the exchange of information in a joint exercise."],
    ["coast guard", "borders", "training"])
doc("ftx-2020-standing", "Frontex", "2020-01-15",
    "First standing corps officers start training",
    "The first officers of the standing corps began their training.",
    ["The first officers of the standing corps began their training, which covers fundamental rights, document checks and first aid."],
    ["standing corps", "training", "borders"])
doc("euaa-2024-asylum", "EUAA", "2024-07-02",
    "Asylum trends: applications rise in the first half of the year",
    "Asylum applications rose in the first months of the year.",
    ["Asylum applications in the Member States rose in the first half of the year compared with the same period a year earlier.",
     "The recognition rate differed strongly by nationality."],
    ["asylum", "migration", "JHAA"])
doc("euaa-2022-ukraine", "EUAA", "2022-04-05",
    "Support for Member States receiving people fleeing the war",
    "The agency deployed staff to support registration and reception.",
    ["The agency deployed staff to Member States receiving people fleeing the war, to help with registration and reception."],
    ["temporary protection", "asylum", "migration"])
doc("euaa-2021-guidance", "EUAA", "2021-12-01",
    "Guidance on reception conditions for children",
    "New guidance on reception conditions for unaccompanied children.",
    ["The guidance describes how reception centres can meet the needs of unaccompanied children."],
    ["asylum", "children", "reception"])
doc("fra-2024-ai", "FRA", "2024-09-17",
    "Artificial intelligence and fundamental rights at the border",
    "A report on the use of artificial intelligence at the borders and fundamental rights.",
    ["The report examines how algorithms used in border management and visa processing can affect fundamental rights, including data protection and non-discrimination."],
    ["fundamental rights", "artificial intelligence", "borders"])
doc("fra-2023-survey", "FRA", "2023-06-20",
    "Survey: experiences of discrimination remain common",
    "A large survey shows that many people still face discrimination.",
    ["A large survey across the Member States shows that many people still face discrimination at work, in housing and in public services."],
    ["fundamental rights", "discrimination", "survey"])
doc("fra-2019-data", "FRA", "2019-10-02",
    "Data protection in the large-scale IT systems",
    "An opinion on data protection in the interoperable IT systems.",
    ["The opinion recommends safeguards for data protection in the interoperable large-scale IT systems, such as SIS and Eurodac."],
    ["fundamental rights", "data protection", "large-scale IT"])
doc("cepol-2024-course", "CEPOL", "2024-04-09",
    "Course on cryptocurrency investigations",
    "Law enforcement officers trained in cryptocurrency investigations.",
    ["Law enforcement officers from twenty countries trained in tracing cryptocurrency payments in a week-long course."],
    ["training", "cybercrime"])
doc("cepol-2022-exchange", "CEPOL", "2022-05-17",
    "Exchange programme welcomes record number of officers",
    "The exchange programme for police officers reached a record.",
    ["The exchange programme let a record number of police officers work for a week with colleagues in another Member State."],
    ["training", "exchange programme"])
doc("euda-2024-report", "EUDA", "2024-06-11",
    "European drug report: new synthetic substances",
    "The yearly drug report warns of new synthetic substances.",
    ["The yearly report warns of new synthetic opioids and cathinones on the market, and of the risks of mixing substances."],
    ["drugs", "annual report"])
doc("euda-2023-wastewater", "EUDA", "2023-03-29",
    "Wastewater analysis shows cocaine use rising",
    "Wastewater samples from many cities show rising cocaine use.",
    ["Samples of wastewater from cities across Europe show that cocaine use rose in most of them."],
    ["drugs", "wastewater"])
doc("eige-2024-index", "EIGE", "2024-10-24",
    "Gender Equality Index 2024: slow progress",
    "The index shows slow progress towards gender equality.",
    ["The Gender Equality Index shows slow progress, with the largest gains in decision-making and the smallest in time use."],
    ["gender equality", "index"])
doc("eige-2022-violence", "EIGE", "2022-11-25",
    "Gender-based violence: new data on femicide",
    "New data collection on femicide across Member States.",
    ["The institute published new data on femicide and called on Member States to collect comparable figures."],
    ["gender-based violence", "gender equality"])
doc("eppo-2024-fraud", "EPPO", "2024-08-13",
    "VAT fraud investigation: damage estimated at hundreds of millions",
    "An investigation into a VAT fraud scheme with damage of hundreds of millions.",
    ["European prosecutors investigate a cross-border VAT fraud scheme in electronics, with damage to the budget estimated at hundreds of millions of euros.",
     "Searches took place in seven Member States."],
    ["fraud", "VAT", "JHAA"])
doc("eppo-2023-subsidies", "EPPO", "2023-02-16",
    "Agricultural subsidies fraud: farmers charged",
    "Charges for agricultural subsidy fraud.",
    ["Prosecutors charged several people with obtaining agricultural subsidies through false declarations about land."],
    ["fraud", "subsidies"])
doc("eppo-2021-start", "EPPO", "2021-06-01",
    "The European Public Prosecutor's Office starts operations",
    "The office started its operational activities.",
    ["The office started its operations and began to receive reports of crimes against the financial interests of the Union."],
    ["fraud", "judicial cooperation"])

# A joint release: the same text from three agencies within two days.
joint_body = ["The agencies of the justice and home affairs network agreed on a common plan for sharing training, analysis and IT services over the next three years.",
              "The plan covers cooperation on interoperability, fundamental rights, cybercrime and the digitalisation of justice.",
              "The heads of the agencies will report on progress at their next annual meeting."]
joint_title = "Justice and home affairs agencies adopt a joint cooperation plan"
joint_sum = "The JHA agencies network adopted a common plan for the coming three years."
doc("jha-2024-plan-eul", "eu-LISA", "2024-11-28", joint_title, joint_sum, joint_body, ["JHAA", "cooperation"])
doc("jha-2024-plan-eup", "Europol", "2024-11-28", joint_title, joint_sum, joint_body, ["JHAA", "cooperation"])
doc("jha-2024-plan-euj", "Eurojust", "2024-11-29", joint_title, joint_sum, joint_body, ["JHAA", "cooperation"])

# The hostile release: markup in title, summary and body must come out as text.
doc("xss-2024-test", "CEPOL", "2024-12-03",
    "Markup test <script>alert(1)</script> release",
    "A summary with <img src=x onerror=alert(2)> inside.",
    ["This release holds markup: <script>alert(1)</script> and <img src=x onerror=alert(2)> must stay text.",
     "Seminar on online investigations for police trainers."],
    ["training", "<b>bold</b>"])

doc("cepol-2025-webinar", "CEPOL", "2025-03-04",
    "Webinar series on border management",
    "A webinar series on border management for police officers.",
    ["The webinar series covers border checks, document fraud and the use of the large-scale IT systems."],
    ["training", "borders"])
doc("euaa-2025-fr", "EUAA", "2025-04-15",
    "Nouveau rapport sur les demandes d'asile",
    "Le rapport présente les tendances récentes des demandes d'asile.",
    ["Le rapport présente les tendances récentes des demandes d'asile dans les États membres."],
    ["asylum", "migration"], lang="fr")
doc("ftx-2025-de", "Frontex", "2025-05-20",
    "Grenzschutzbeamte üben gemeinsame Einsätze",
    "Beamte mehrerer Staaten üben gemeinsame Einsätze an der Grenze.",
    ["Grenzschutzbeamte aus mehreren Mitgliedstaaten üben gemeinsame Einsätze an der Außengrenze."],
    ["borders", "training"], lang="de")

# The vocabulary's synonyms: releases that name a system or an agency by
# one of its names only, and one whose words merely contain "sis".
doc("eul-2024-sis-queries", "eu-LISA", "2024-03-26",
    "Schengen Information System answered a record number of queries",
    "Queries to the Schengen Information System rose again last year.",
    ["Border guards and police officers queried the Schengen Information System more often than ever, with the largest increases reported by Poland and Italy.",
     "The statistics are published every spring."],
    ["statistics", "large-scale IT"])
doc("eup-2024-sis-alerts", "Europol", "2024-04-23",
    "Alerts in SIS lead to the arrest of fugitives",
    "Hits on SIS alerts helped to find fugitives in two countries.",
    ["Hits on SIS alerts helped investigators in Spain and Portugal to arrest fugitives wanted for armed robbery.",
     "The agency supported the exchange of information between the national bureaux."],
    ["fugitives"])
doc("ftx-2023-crisis", "Frontex", "2023-07-18",
    "Crisis response exercise at the external borders",
    "An exercise tested the crisis response vis-à-vis neighbouring countries.",
    ["The exercise tested how the crisis response works vis-à-vis neighbouring countries and how fees are handled in an emergency.",
     "Sis Lindqvist, who led the exercise, presented the lessons learnt."],
    ["exercise", "borders"])
doc("euaa-2024-mandate", "EUAA", "2024-01-19",
    "Three years of the European Union Agency for Asylum",
    "The agency looks back on three years under its new mandate.",
    ["Three years ago the European Union Agency for Asylum took over from its predecessor with a stronger mandate.",
     "Its operational support now reaches asylum authorities in Greece, Italy and Cyprus."],
    ["asylum", "mandate"])
doc("ftx-2019-hotspots", "Frontex", "2019-09-10",
    "Officers work side by side in the hotspots",
    "Border guards and asylum experts worked together in the hotspots.",
    ["Frontex officers and EASO experts worked side by side in the hotspots on the Greek islands to register arrivals."],
    ["hotspots", "migration"])

for d in D:
    print(json.dumps(d, ensure_ascii=False))
