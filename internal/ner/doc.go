// Package ner is sosik's learned entity tagger: a character-level BIO
// sequence model (averaged structured perceptron with Viterbi decoding under
// BIO transition constraints) over syllable n-grams and shapes, the
// morpheme holding each character (surface, POS, semantic class), eojeol
// boundaries and noun stems, neighbouring morphemes and eojeols (titles
// such as 회장 after a name, particles) and, optionally, gazetteer
// membership. Features are hashed into a fixed table, so a model is a few
// MB and loads in well under a second.
//
// Labels follow sosik's entity guideline (docs/entity-guideline.md):
// PERSON, ORG, PLACE, DATE, TIME, QUANTITY, aligned with KLUE-NER's PS, OG,
// LC, DT, TI, QT.
//
// Typical use:
//
//	m, err := ner.Load(path)               // a model written by 'sosik train ner'
//	spans := m.Tag(text, analyzer.Analyze(text))
//
// The package also reads the two public Korean NER formats (ReadKLUE,
// ReadKMOU, the latter converting KMOU's labels to the guideline with
// ConvertKMOU) and scores predictions at the entity level the way seqeval
// does (Score): a span counts only when its start, end and label all match.
package ner
