package article

// NormalisePublished reads a publication date as metadata or a user gives
// it ("2025-04-03", "2025.04.03 06:00", RFC 3339, RFC 1123) and returns it
// as YYYY-MM-DD, or "" when it is not a date.
func NormalisePublished(s string) string { return normalisePublished(s) }
