// Package extract reads facts out of a structured article: entities with
// titles and affiliations, in-article coreference, quotes with speakers,
// events with certainty, amounts, dates and topics.
package extract

import (
	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// Document is an article with everything extracted from it; it is the unit
// that the store keeps and the output contract of `sosik parse --json`.
type Document struct {
	article.Article
	Entities []Entity        `json:"entities"`
	Amounts  []korean.Amount `json:"amounts"`
	Dates    []korean.Date   `json:"dates"`
	Quotes   []Quote         `json:"quotes"`
	Events   []Event         `json:"events"`
	Topics   []string        `json:"topics"`
	// Tokens is the morphological analysis of Text that extraction read,
	// handed on so the store can index the article without analysing it
	// again (a third of ingest time otherwise). It is not part of the
	// output contract and is nil for documents decoded from JSON. It is the
	// analysis in compact form (korean.Tokens: a fifth of []korean.Token).
	Tokens *korean.Tokens `json:"-"`
}

// Entity types.
const (
	Person  = "PERSON"
	Org     = "ORG"
	Place   = "PLACE"
	Project = "PROJECT"
	Product = "PRODUCT"
	EventT  = "EVENT"
)

// Entity is one real-world thing mentioned in the article.
type Entity struct {
	ID          string    `json:"id"` // unique within the document, e.g. "e1"
	Type        string    `json:"type"`
	Name        string    `json:"name"` // canonical name
	Aliases     []string  `json:"aliases"`
	Title       string    `json:"title,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"`
	Role        string    `json:"role,omitempty"`
	Mentions    []Mention `json:"mentions"`
}

// Mention is one span of Text that refers to an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote is a direct quotation and who said it.
type Quote struct {
	Speaker       string `json:"speaker"`        // canonical name, or the description of an anonymous source
	SpeakerEntity string `json:"speaker_entity"` // Entity.ID, empty when anonymous
	SpeakerNamed  bool   `json:"speaker_named"`
	Text          string `json:"text"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
	// Kind is QuoteDirect for quoted words, QuoteIndirect for reported
	// speech (…다고 말했다).
	Kind string `json:"kind,omitempty"`
	// OnBehalfOf is the principal a spokesperson speaks for (대변인 → 대통령).
	OnBehalfOf string `json:"on_behalf_of,omitempty"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
)

// Certainty says how firmly the article states an event.
type Certainty string

// Certainty levels.
const (
	Asserted   Certainty = "asserted"
	Reported   Certainty = "reported"
	Speculated Certainty = "speculated"
	// Planned events are announced for the future (예정이다, 기로 했다).
	Planned Certainty = "planned"
	// Denied events are said not to have happened (만나지 않았다, 보도를
	// 부인했다); they are kept for analysts and never count as facts.
	Denied Certainty = "denied"
	// Conditional events depend on a condition (합의하면, 만날 경우).
	Conditional Certainty = "conditional"
)

// Factual reports whether a certainty states the event as having happened.
func (c Certainty) Factual() bool { return c == Asserted || c == Reported }

// Span is a stretch of Text that supports an extraction.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Event is something that happened or may happen, with who took part.
type Event struct {
	Type      EventType `json:"type"` // one of EventTypes
	Actors    []string  `json:"actors"`
	Object    string    `json:"object,omitempty"`
	Place     string    `json:"place,omitempty"`
	Date      string    `json:"date,omitempty"`
	Certainty Certainty `json:"certainty"`
	Evidence  string    `json:"evidence"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	// Marker is the words that set Certainty (만나지 않았다 → 않), absent
	// for a plain assertion.
	Marker *Span `json:"marker,omitempty"`
	// Mentions are every sentence that tells this event (caption, body,
	// headline), the first being Evidence.
	Mentions []Span `json:"mentions,omitempty"`
}
