package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Field names the article metadata a record field can fill.
type Field string

// The fields a record (a JSON object or a CSV row) maps onto.
const (
	FieldTitle     Field = "title"
	FieldText      Field = "text"
	FieldURL       Field = "url"
	FieldPublished Field = "published"
	FieldAgency    Field = "agency"
	FieldAuthor    Field = "author"
)

var allFields = []Field{FieldTitle, FieldText, FieldURL, FieldPublished, FieldAgency, FieldAuthor}

// FieldMap says which record keys fill each field, in order of preference:
// the first key present with a non-empty value wins. Keys match exactly
// first, then case-insensitively.
type FieldMap map[Field][]string

// DefaultFields is the mapping used for fields not set explicitly.
func DefaultFields() FieldMap {
	return FieldMap{
		FieldTitle:     {"title", "headline"},
		FieldText:      {"text", "body", "content"},
		FieldURL:       {"url", "link"},
		FieldPublished: {"published", "date"},
		FieldAgency:    {"agency", "source"},
		FieldAuthor:    {"author"},
	}
}

// ParseFieldFlags reads --field values of the form "field=key[,key...]" on
// top of DefaultFields. An empty key list ("agency=") switches a field off.
func ParseFieldFlags(flags []string) (FieldMap, error) {
	m := DefaultFields()
	for _, f := range flags {
		name, keys, ok := strings.Cut(f, "=")
		if !ok {
			return nil, fmt.Errorf("ingest: --field %q: want field=key, e.g. text=content", f)
		}
		field := Field(strings.ToLower(strings.TrimSpace(name)))
		if _, known := m[field]; !known {
			return nil, fmt.Errorf("ingest: --field %q: unknown field %q (want one of %s)", f, name, fieldNames())
		}
		var list []string
		for k := range strings.SplitSeq(keys, ",") {
			if k = strings.TrimSpace(k); k != "" {
				list = append(list, k)
			}
		}
		m[field] = list
	}
	return m, nil
}

func fieldNames() string {
	names := make([]string, len(allFields))
	for i, f := range allFields {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// record is one input object: key → raw JSON value. CSV rows are turned into
// records whose values are JSON strings.
type record map[string]json.RawMessage

// lookup finds the value of the first of keys present in r.
func (r record) lookup(keys []string) (string, json.RawMessage) {
	for _, k := range keys {
		if v, ok := r[k]; ok && !isEmptyJSON(v) {
			return k, v
		}
	}
	for _, k := range keys {
		for rk, v := range r {
			if strings.EqualFold(rk, k) && !isEmptyJSON(v) {
				return rk, v
			}
		}
	}
	return "", nil
}

func isEmptyJSON(v json.RawMessage) bool {
	v = bytes.TrimSpace(v)
	return len(v) == 0 || bytes.Equal(v, []byte("null")) || bytes.Equal(v, []byte(`""`))
}

// Meta is the metadata of one record, before it becomes an article.
type recordMeta struct {
	Title, Text, URL, Published, Agency, Author string
}

// errNoText is returned for records without article text.
var errNoText = errors.New("no article text")

// apply reads a record through the field map.
func (m FieldMap) apply(r record) (recordMeta, error) {
	var meta recordMeta
	for _, f := range allFields {
		key, raw := r.lookup(m[f])
		if raw == nil {
			continue
		}
		v, err := stringValue(f, raw)
		if err != nil {
			return meta, fmt.Errorf("field %q: %w", key, err)
		}
		switch f {
		case FieldTitle:
			meta.Title = v
		case FieldText:
			meta.Text = v
		case FieldURL:
			meta.URL = v
		case FieldPublished:
			meta.Published = v
		case FieldAgency:
			meta.Agency = v
		case FieldAuthor:
			meta.Author = v
		}
	}
	if strings.TrimSpace(meta.Text) == "" {
		keys := m[FieldText]
		if len(keys) == 0 {
			return meta, fmt.Errorf("%w: no text field mapped", errNoText)
		}
		return meta, fmt.Errorf("%w: none of the keys %s is set (map another with --field text=KEY); record has %s",
			errNoText, strings.Join(keys, ", "), recordKeys(r))
	}
	return meta, nil
}

func recordKeys(r record) string {
	keys := make([]string, 0, len(r))
	for k := range r {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) > 8 {
		keys = append(keys[:8], "…")
	}
	if len(keys) == 0 {
		return "no keys"
	}
	return "keys " + strings.Join(keys, ", ")
}

// stringValue turns a JSON value into field text: strings as they are,
// arrays of strings joined one per line (sentence-split corpora), numbers as
// written, except that a number in the published field is a Unix time.
func stringValue(f Field, raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case '[':
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil {
			return "", err
		}
		parts := make([]string, 0, len(list))
		for _, item := range list {
			if isEmptyJSON(item) {
				continue
			}
			s, err := stringValue(FieldText, item)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		sep := "\n"
		if f == FieldAuthor || f == FieldAgency {
			sep = ", "
		}
		return strings.Join(parts, sep), nil
	case '{':
		// An author or agency object ({"name": ...}) is common in feeds
		// converted to JSON.
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return "", err
		}
		if name, ok := obj["name"]; ok && !isEmptyJSON(name) && (f == FieldAuthor || f == FieldAgency) {
			return stringValue(f, name)
		}
		return "", errors.New("is an object, want a string")
	case 't', 'f':
		return "", errors.New("is a boolean, want a string")
	default:
		if _, err := strconv.ParseFloat(string(raw), 64); err != nil {
			return "", fmt.Errorf("unreadable value %.20q", raw)
		}
		if f == FieldPublished {
			return numericDate(string(raw))
		}
		return string(raw), nil
	}
}

// numericDate reads a date written as a number, by explicit rules and
// nothing else (see docs: "Numeric dates"):
//   - 8 digits are YYYYMMDD (20240104), 12 or 14 digits YYYYMMDDhhmm[ss];
//   - 10 digits are Unix seconds and 13 digits Unix milliseconds, a
//     fraction after them allowed;
//   - any other number is an error, not a guess.
func numericDate(raw string) (string, error) {
	intPart, frac, _ := strings.Cut(raw, ".")
	if !allDigits(intPart) || (frac != "" && !allDigits(frac)) {
		return "", fmt.Errorf("number %s is not a date (want YYYYMMDD, Unix seconds or milliseconds, or a string)", raw)
	}
	if frac == "" {
		switch len(intPart) {
		case 8, 12, 14:
			t, err := time.Parse("20060102150405"[:len(intPart)], intPart)
			if err != nil {
				return "", fmt.Errorf("number %s is not a valid YYYYMMDD date", raw)
			}
			return t.Format(time.DateOnly), nil
		}
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	switch {
	case err != nil:
		return "", fmt.Errorf("number %s is not a date", raw)
	case len(intPart) == 10:
		return time.Unix(n, 0).UTC().Format(time.DateOnly), nil
	case len(intPart) == 13:
		return time.UnixMilli(n).UTC().Format(time.DateOnly), nil
	}
	return "", fmt.Errorf("number %s is not a date: %d digits fit no rule (8: YYYYMMDD, 10: Unix seconds, 13: Unix milliseconds)", raw, len(intPart))
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// SafeURL returns u when it is an absolute http or https address, and ""
// otherwise: a javascript: or data: address must never reach an href.
func SafeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return u
	}
	return ""
}
