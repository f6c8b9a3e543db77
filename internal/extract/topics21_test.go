package extract

import "testing"

// TestTopicsSkipVagueNouns: an ordinal counter (두 번째), adverbial and
// vague nouns (직접, 곳곳, 나머지, 수준) and a person the story leaves
// unnamed by a letter (B씨, A군) are never topics, however often they
// come; the story's subject still is.
func TestTopicsSkipVagueNouns(t *testing.T) {
	checkTopics(t, []topicCase{
		{"한빛시 물류창고 화재…두 번째 화재",
			"한빛시 물류창고에서 올해 두 번째 화재가 났다. B씨는 직접 불을 끄려 했다. 물류창고 곳곳이 탔고 나머지 건물도 그을렸다. " +
				"B씨는 세 번째 화재를 걱정했다. 소방대는 직접 물류창고에 들어갔다. 곳곳에 연기가 찼다. 나머지 직원은 대피했다. B씨는 \"피해 수준이 크다\"고 했다. 피해 수준은 조사 중이다.",
			[]string{"물류창고", "화재"}, []string{"번째", "B씨", "직접", "곳곳", "나머지", "수준"}},
		{"새봄중 급식 식중독 의심",
			"새봄중에서 식중독 의심 환자가 나왔다. A군은 하루 동안 앓았다. A군의 어머니는 실제 증상이 심했다고 말했다. 식중독 원인은 하루 만에 나오지 않았다. 실제 검사는 계속된다.",
			[]string{"식중독"}, []string{"A군", "하루", "실제"}},
	})
}
