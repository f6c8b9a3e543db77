// Package korean is sosik's Korean language layer: morphological analysis
// (kagome v2 with mecab-ko-dic), sentence splitting, hanja abbreviations,
// numbers and amounts, and dates resolved against a reference day.
package korean
