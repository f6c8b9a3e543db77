package korean

import "encoding/json"

// Amount is a number with its unit found in text: "5000억 달러" is
// {Value: 5e11, Unit: "USD"}. Unit is an ISO 4217 code for money, else the
// unit word ("명", "%", "개" …).
type Amount struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	// Approx marks a figure given as approximate ("약 2조원", "30여명").
	Approx bool `json:"approx,omitempty"`
}

// Date is a date expression resolved against a reference day. Value is an
// ISO date "2025-04-01", a month "2025-02", a year "2025", or an interval
// "2025-04-05/2025-04-06". When nothing anchors a relative expression
// ("7일", "지난달" in a text with no publication date) Value is empty,
// written as JSON null, and Relative describes what the text says.
type Date struct {
	Text     string    `json:"text"`
	Value    string    `json:"value"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Relative *Relative `json:"relative,omitempty"`
}

// MarshalJSON writes an unresolved Value as null.
func (d Date) MarshalJSON() ([]byte, error) {
	type out struct {
		Text     string    `json:"text"`
		Value    *string   `json:"value"`
		Start    int       `json:"start"`
		End      int       `json:"end"`
		Relative *Relative `json:"relative,omitempty"`
	}
	o := out{Text: d.Text, Start: d.Start, End: d.End, Relative: d.Relative}
	if d.Value != "" {
		o.Value = &d.Value
	}
	return json.Marshal(o)
}

// Relative is what an unresolved date expression states, field by field;
// zero fields are not stated. Offsets are pointers because 0 is stated
// ("올해" is year_offset 0). "7일" is {Day: 7}; "지난달" {MonthOffset: -1};
// "오는 23일" {Day: 23, Direction: "future"}; "5~6일" {Day: 5, EndDay: 6}.
type Relative struct {
	Year        int    `json:"year,omitempty"`          // a written four-digit year
	ShortYear   int    `json:"short_year,omitempty"`    // "96년": two digits, century unknown
	YearOffset  *int   `json:"year_offset,omitempty"`   // 지난해 -1, 올해 0, 내년 1
	Half        int    `json:"half,omitempty"`          // 상반기 1, 하반기 2
	Quarter     int    `json:"quarter,omitempty"`       // 1분기 1
	Month       int    `json:"month,omitempty"`         // 1–12
	MonthOffset *int   `json:"month_offset,omitempty"`  // 지난달 -1, 이달 0, 다음 달 1
	WeekOfMonth int    `json:"week_of_month,omitempty"` // "첫째 주" 1; -1 for "마지막 주"
	WeekOffset  *int   `json:"week_offset,omitempty"`   // 지난주 -1, 이번 주 0
	Weekend     bool   `json:"weekend,omitempty"`       // "주말"
	Weekday     string `json:"weekday,omitempty"`       // "monday" … "sunday"
	Day         int    `json:"day,omitempty"`           // 1–31
	DayOffset   *int   `json:"day_offset,omitempty"`    // 어제 -1, 오늘 0, 내일 1
	EndMonth    int    `json:"end_month,omitempty"`     // a range's last month
	EndDay      int    `json:"end_day,omitempty"`       // a range's last day
	Days        int    `json:"days,omitempty"`          // a span's length: "5일부터 이틀간" 2
	Direction   string `json:"direction,omitempty"`     // "past" (지난 …), "future" (오는 …)
	// Of is "previous_date" for 이날/전날/다음날, which count from the date
	// mentioned before them, or from publication when there is none.
	Of string `json:"of,omitempty"`
}
