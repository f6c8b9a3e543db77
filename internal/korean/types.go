package korean

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
// "2025-04-05/2025-04-06".
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
