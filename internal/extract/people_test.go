package extract

import "testing"

// TestPeoplePrecision: sentences written for these tests, one per kind of
// false person or place seen on pages of outlets the rules had not seen.
func TestPeoplePrecision(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		// a connective verb ending before a comma and a titled name is no
		// name of a list sharing the title (하 + 며 reads like 河 + given name)
		{"그는 \"반드시 처벌해야 하며, 김민수 장관은 물러나야 한다\"고 말했다.", []string{"하며"}},
		{"조사는 계속해야 하고, 오세진 의원은 사과해야 한다.", []string{"하고"}},
	})
}
