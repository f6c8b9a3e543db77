package htmlpage

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of what counts as a photo and its caption.
const (
	maxCaptionRunes = 400 // longer "captions" are body text
	minImageSide    = 80  // width or height attributes below this: an icon
	maxPhotoDepth   = 4   // how far above an image its photo block may start
)

// markPhotos replaces each photo block of the page (a <figure>, or the
// nearest element holding an image and a caption element) with a paragraph
// holding the markdown line "![caption](url)", which the main-text
// extractor keeps as text and the anatomy parser reads as a photo. Images
// that are page furniture are left alone.
func markPhotos(doc *html.Node) {
	var imgs []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && tagOf(n) == atom.Img {
			imgs = append(imgs, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, img := range imgs {
		if img.Parent == nil { // inside a block replaced already
			continue
		}
		src := imageURL(img)
		if src == "" || furniture(img, src) {
			continue
		}
		block, caption := photoBlock(img)
		if caption == "" {
			caption = clean(attr(img, "alt"))
		}
		if block == nil || caption == "" || block.Parent == nil {
			continue
		}
		replace(block, mdImage(caption, src))
	}
}

// imageURL is the image's address, lazy-loading attributes first.
func imageURL(img *html.Node) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
		if v := strings.TrimSpace(attr(img, k)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	return ""
}

// furniture reports an icon, logo, banner or tracking pixel.
func furniture(img *html.Node, src string) bool {
	if hasWord(src+" "+attr(img, "class")+" "+attr(img, "id"), wordsOf().skipImage) {
		return true
	}
	for _, k := range []string{"width", "height"} {
		if n, err := strconv.Atoi(strings.TrimSuffix(attr(img, k), "px")); err == nil && n < minImageSide {
			return true
		}
	}
	return false
}

// photoBlock finds the element that holds img and its caption: the nearest
// <figure> with its <figcaption>, else the nearest ancestor with a caption
// element (by class or id) that holds no other image. Without a caption it
// returns the figure or img itself and "".
func photoBlock(img *html.Node) (*html.Node, string) {
	n := img
	for depth := 0; depth < maxPhotoDepth && n.Parent != nil; depth++ {
		n = n.Parent
		if n.Type != html.ElementNode || tagOf(n) == atom.Body || tagOf(n) == atom.Article {
			break
		}
		if imageCount(n) > 1 {
			break
		}
		if tagOf(n) == atom.Figure {
			return n, captionIn(n, func(c *html.Node) bool { return tagOf(c) == atom.Figcaption })
		}
		if c := captionIn(n, isCaptionElement); c != "" {
			return n, c
		}
	}
	return img, ""
}

func isCaptionElement(n *html.Node) bool {
	return tagOf(n) == atom.Figcaption || hasWord(attr(n, "class")+" "+attr(n, "id"), wordsOf().caption)
}

// captionIn returns the text of the first element under n that is caption
// by is, holds no image and is short enough to be a caption.
func captionIn(n *html.Node, is func(*html.Node) bool) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if is(c) && imageCount(c) == 0 {
			t := clean(visibleText(c))
			if t != "" && utf8.RuneCountInString(t) <= maxCaptionRunes {
				return t
			}
			continue
		}
		if t := captionIn(c, is); t != "" {
			return t
		}
	}
	return ""
}

func imageCount(n *html.Node) int {
	k := 0
	if n.Type == html.ElementNode && tagOf(n) == atom.Img {
		k++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += imageCount(c)
	}
	return k
}

// replace puts a paragraph holding text where n was.
func replace(n *html.Node, text string) {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	n.Parent.InsertBefore(p, n)
	n.Parent.RemoveChild(n)
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdImage writes a markdown image line. Brackets in the caption stay when
// balanced ("[가람전자 제공]"), as the anatomy parser matches them; others
// become parentheses. Parentheses and spaces in the URL are escaped.
func mdImage(caption, src string) string {
	if !balanced(caption) {
		caption = strings.NewReplacer("[", "(", "]", ")").Replace(caption)
	}
	src = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(src)
	return "![" + caption + "](" + src + ")"
}

func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '[':
			depth++
		case ']':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
