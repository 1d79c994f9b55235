// Package cache bounds what the search engine keeps and runs: byte-bounded
// least-recently-used caches (LRU), the doorkeeper that admits an answer to
// a cache only when its request comes a second time, the single flight that
// lets concurrent searches share one computation (Flights), the byte
// estimates of cached answers and requests, the slots that admit
// searches to run (Slots), and the memo that keeps the results of a pure
// function for its first keys (Memo).
//
// It knows nothing of the index, of Bleve or of how a search is run: its
// values are the engine's, and the engine decides the sizes and budgets.
// It imports only the standard library and the root package's types.
package cache
