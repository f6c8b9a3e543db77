package ner

import (
	"testing"
)

// benchText is a news-style paragraph written for the benchmarks.
const benchText = "정민호 한빛전자 대표는 지난 3일 부산 해운대구 벡스코에서 열린 행사에서 \"내년 상반기까지 " +
	"5천억 원을 투자하겠다\"고 밝혔다. 이날 오후 2시 30분 시작된 간담회에는 박서연 누리은행장과 " +
	"김도윤 국토교통부 차관 등 200여 명이 참석했다."

func benchModel(b *testing.B) *Model {
	m, err := Train(toySentences(), nil, TrainOptions{Epochs: 2, HashBits: 20, Analyzer: analyzer(b)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkAnalyze is the morphological analysis Tag needs as input; the
// issue's budget is that tagging adds at most 30% to extraction time, of
// which analysis is one part.
func BenchmarkAnalyze(b *testing.B) {
	a := analyzer(b)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		a.Analyze(benchText)
	}
}

// BenchmarkTag is tagging alone on analysed text.
func BenchmarkTag(b *testing.B) {
	m := benchModel(b)
	toks := analyzer(b).Analyze(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(benchText, toks)
	}
}
