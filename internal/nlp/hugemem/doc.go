// Package hugemem allocates the tagger's and parser's large weight tables
// in 2 MB pages where the kernel allows it: the tables are read at random,
// a cache line per feature, and with 4 KB pages nearly every read would also
// miss the TLB. Elsewhere, and for small tables, it uses the Go heap.
package hugemem
