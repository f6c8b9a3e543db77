// Package kodict is a flat, memory-mappable form of mecab-ko-dic that
// kagome v2 uses in place.
//
// kagome-dict-ko ships the dictionary as a zip whose parts are decoded into
// Go values on every start: about 3 s of CPU and 350 MiB of memory. The
// flat form holds the same tables laid out as kagome's in-memory types (the
// morph table, the connection matrix, the double-array index) plus the
// features of every morph as one text column, so that a load only checks
// the file and points slices at its bytes.
//
// Nothing large is kept in the repository: the flat file is built from the
// zip that the kagome-dict-ko module ships, once per machine and dictionary
// version, and cached (Load). The file name carries a key of the
// dictionary's module versions and of this format's version, so a new
// dictionary rebuilds; a checksum over the whole file catches a corrupted
// or truncated copy, which is rebuilt too.
//
// The kagome *dict.Dict a Dict returns (Kagome) tokenizes exactly as the zip
// form does, but its POSTable.POSs and Contents are empty: the features of a
// known token are read with Dict.Feature or Dict.AppendFeatures by the
// token's ID, never with kagome's Token.Features or Token.FeatureAt.
package kodict
