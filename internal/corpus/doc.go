// Package corpus generates the synthetic press archives of the benchmarks,
// the search tests and the load tool: deterministic (the same seed and
// size give the same documents on every machine), with invented text whose
// word frequencies follow Zipf's law, ten agencies with plausible
// publishing habits, tags, languages and dates.
//
// Generator makes the load tool's archive in the import format; document
// i depends only on the seed and i. Releases makes the search tests' and
// benchmarks' stream of jhasearch.Document. Their output is fixed: the
// load benchmark caches its archive under a version number and the
// figures in docs/ were measured on them, so a change to either is a new
// corpus (bump jhaload's generatorVersion and say so in docs/BENCHMARKS.md).
//
// Every text here was written for this package; nothing is taken from an
// agency's site. It must not read files, the network or the clock.
package corpus
