// Package ner is sosik's learned entity tagger: a character-level BIO
// sequence model (averaged structured perceptron with Viterbi decoding under
// BIO transition constraints) over syllable, morpheme and eojeol features.
//
// It also reads the two public Korean NER formats (KLUE-NER character BIO
// and the KMOU morpheme corpora), converts their labels to sosik's entity
// guideline (docs/entity-guideline.md) and scores predictions at the entity
// level the way seqeval does: a span counts only when its start, end and
// label all match.
package ner
