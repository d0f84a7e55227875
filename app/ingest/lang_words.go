package ingest

import "strings"

// Frequent function words of each language, about fifty each. Only words
// that belong to one list count: "de", "la", "en", "a" are shared by French
// and Spanish and so tell nothing apart (see langWords).
var stopWords = map[string]string{
	"fr": `le les des du et est une dans pour pas qui sur au aux avec ce ces cette
		il elle ils elles ont sont été être leur leurs sa ses mais ou où nous vous
		selon après avant aussi plus très tous toutes tout deux lors notamment ainsi
		cet d l qu n s c également depuis dont lequel laquelle avait sera fait
		contre chez`,
	"en": `the of and to in is was for on that with as by at from are this it be has
		have had were which an their its not but or also said will would been they
		he she his her who after between more about over than into during new other
		two these those our we`,
	"es": `el los las del y que por con para una su sus al es como más pero fue ha
		han son también desde sobre este esta estos estas ese esa sin muy hasta según
		cuando donde porque ya lo nos ante dos además entre otros otras así fueron
		está están hay`,
	"vi": `và của các là có được trong cho với những một này đã không đến về để khi
		tại từ theo cũng như nhiều sẽ đó ra vào trên hai nước năm người đang rằng
		nhằm nhau giữa sau trước qua bà ông thì mà lại hơn hoặc nên cùng việc
		chúng tôi`,
}

// langWords maps each discriminating word to its language.
var langWords = buildLangWords()

func buildLangWords() map[string]string {
	seen := map[string]string{}
	shared := map[string]bool{}
	for lang, list := range stopWords {
		for _, w := range strings.Fields(list) {
			if other, ok := seen[w]; ok && other != lang {
				shared[w] = true
			}
			seen[w] = lang
		}
	}
	for w := range shared {
		delete(seen, w)
	}
	return seen
}
