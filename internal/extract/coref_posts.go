package extract

// appointedPosts gives a person appointed to a post the post's title, so
// that a later reference by it finds them: after "디지털협의회 신임 회장에
// 신한수 부국장이 선임됐다" the 신 회장 who speaks is 신한수. The post is a
// title in 에 or 으로 in a sentence with an appointment predicate; the
// appointee is the person in 을/를, else the only person of the sentence.
func (d *doc) appointedPosts() {
	for _, st := range d.sents {
		post, appoint := "", false
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if w.quoted {
				continue
			}
			if post == "" && (w.josa == "에" || w.josa == "으로" || w.josa == "로") {
				if t0, title := d.titleAt(i, st.w0); t0 >= 0 {
					post = title
				}
			}
			if tr, ok := d.triggerAt(i, st.w1); ok && tr.typ == Appoint {
				appoint = true
			}
		}
		if !appoint || post == "" {
			continue
		}
		if e := d.appointee(st); e != nil {
			e.titles[post] = true
		}
	}
}

// appointee is the person an appointment sentence names as appointed: the
// one in 을/를, else the only person in the sentence; nil when unclear.
func (d *doc) appointee(st sentence) *entity {
	var only, object *entity
	n := 0
	for k := st.w0; k < st.w1; k++ {
		e := d.head[k]
		if e == nil || e.Type != Person || d.words[k].quoted || e == only {
			continue
		}
		if roleOf(d.words[k].josa) == roleObj {
			if object != nil {
				return nil
			}
			object = e
		}
		only = e
		n++
	}
	if object != nil {
		return object
	}
	if n == 1 {
		return only
	}
	return nil
}
