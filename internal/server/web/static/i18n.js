// One UI language at a time: Korean by default, English on request. The
// messages are data (the table below); pages ask for them with t(key, …)
// and static HTML names them with data-i18n attributes. The choice is kept
// in localStorage and a ?lang=ko|en address parameter overrides it.
"use strict";

const i18n = (() => {
  // Each entry is a string with {0}, {1}… placeholders, or a function of
  // the arguments for plural forms.
  const messages = {
    ko: {
      "lang.switch": "English", "lang.switch.title": "Switch to English",
      "nav.search": "검색", "nav.trends": "추세", "nav.graph": "관계망", "nav.api": "API",
      "title.search": "검색", "title.trends": "추세", "title.graph": "관계망", "title.entity": "개체", "title.article": "기사",
      "search.placeholder": "검색어를 입력하세요 — 예: 삼성전자, 회장, 투자", "search.submit": "검색",
      "filters": "필터", "from": "시작일", "to": "종료일", "agency": "언론사", "agency.all": "모든 언론사",
      "event.type": "사건 유형", "any": "전체", "entity": "개체", "entity.placeholder": "예: 이재용",
      "apply": "적용", "clear": "초기화", "search.prompt": "검색어를 입력하면 말뭉치를 검색합니다.",
      "searching": "검색 중…", "no.match": "일치하는 기사가 없습니다. 단어를 줄이거나 기간을 넓혀 보세요.",
      "articles.n": (n) => `기사 ${n}건`, "articles.atleast": (n) => `기사 ${n}건 이상`, "atleast.n": (n) => `${n} 이상`,
      "range.of": "{0}–{1} / {2}", "prev": "← 이전", "next": "다음 →",
      "facet.agencies": "언론사", "facet.months": "월", "facet.types": "개체 유형", "facet.entities": "개체",
      "facet.entities.of": "개체 ({0})", "facet.top": "상위 {0}건 기준", "filter.by.entity": "이 개체로 거르기", "entity.profile": "개체 정보",
      "remove.filter": "이 필터 제거", "chip.agency": "언론사: {0}", "chip.event": "사건: {0}", "chip.entity": "개체: {0}",
      "entities": "개체", "original.story": "원 기사", "unknown": "(알 수 없음)",
      "loading.article": "기사를 불러오는 중…", "loading.entity": "개체를 불러오는 중…",
      "trends.placeholder": "쉼표로 구분한 검색어 — 예: 삼성전자, 반도체", "show": "보기",
      "by.day": "일별", "by.week": "주별", "by.month": "월별",
      "trends.chart": "기간별 기사 수", "trends.enter": "검색어를 하나 이상 쉼표로 구분해 입력하세요.",
      "counting": "세는 중…", "trends.none": "일치하는 기사가 없습니다.", "axis.articles": "기사 수",
      "trends.status": (n, by, a, b) => `${a}부터 ${b}까지 ${n}개 구간(${{ day: "일", week: "주", month: "월" }[by] || by}).`,
      "range.invalid": "종료일이 시작일보다 앞섭니다.",
      "titles.none": "기록된 직함이나 소속이 없습니다.", "col.title": "직함", "col.affiliation": "소속", "col.role": "역할",
      "col.seen": "기간", "col.articles": "기사", "card.titles": "직함과 소속의 변화",
      "card.mentions": "월별 언급 기사 수", "chart.mentions": "이 개체를 언급한 기사 수",
      "card.relations": "관계", "card.comentioned": "함께 언급된 개체 ({0})", "card.quotes": "발언 ({0})",
      "card.events": "사건 ({0})", "card.timeline": "연표", "card.articles": "기사 ({0})",
      "comentioned.none": "함께 언급된 개체가 없습니다.", "shared.n": (n) => `기사 ${n}건 공유`,
      "quotes.none": "발언이 없습니다.", "events.none": "사건이 없습니다.", "timeline.none": "날짜가 있는 기록이 없습니다.",
      "loading.timeline": "연표를 불러오는 중…", "also.called": "다른 이름: ", "search.its.articles": "이 개체의 기사 검색",
      "entity.counts": (a, m) => `기사 ${a}건, 언급 ${m}회`, "ambiguous": "“{0}”에 해당하는 개체가 여럿입니다. 하나를 고르세요:",
      "renamed_to": "새 이름", "renamed_from": "옛 이름",
      "period": "기간", "period.apply": "기간 적용", "period.all": "전체 기간", "period.graph.note": "관계망에는 기간이 달 단위로 적용됩니다.",
      "graph.loading": "관계망을 불러오는 중…", "graph.none": "관계가 없습니다.",
      "graph.legend": "범례 · 개체 유형", "graph.edges": "연결", "graph.edge.co": "함께 언급(기사 수)", "graph.edge.event": "같은 사건 참여(사건 수)",
      "graph.min.weight": "최소 연결 강도", "graph.since": "시작 월", "graph.until": "끝 월", "graph.png": "PNG 저장", "graph.svg": "SVG 저장", "graph.graphml": "GraphML 내려받기",
      "graph.certainty": "사건 확실성", "graph.certainty.all": "모든 수준 (불확실은 점선)", "graph.certainty.factual": "사실로 전한 것만 (단정·전언)", "graph.certainty.asserted": "단정한 것만",
      "graph.edge.doubtful": "추측·예정·부인된 사건 (점선)",
      "graph.fit": "전체 보기", "graph.relayout": "다시 배치", "graph.entity": "중심 개체", "graph.entity.placeholder": "비우면 말뭉치 전체",
      "graph.limit": "최대 개체 수", "graph.show": "그리기",
      "graph.status": (v, n, e) => `개체 ${n}개 중 ${v}개 표시, 연결 ${e}개. 노드 크기: 기사 수, 선 굵기: 연결 강도. 클릭하면 이웃을 펼치고, 두 번 클릭하면 개체 정보를 엽니다.`,
      "graph.selected": "선택: {0} ({1}) · 기사 {2}건", "graph.expand": "이웃 펼치기", "graph.open": "개체 정보 열기",
      "graph.expanded": "{0}의 이웃 {1}개를 더했습니다.",
      "graph.aria": "개체 관계망", "type.PERSON": "인물", "type.ORG": "조직", "type.PLACE": "장소", "type.PROJECT": "사업",
      "type.PRODUCT": "제품", "type.EVENT": "행사", "type.OTHER": "기타", "type.DATE": "날짜", "type.AMOUNT": "금액",
      "events.found.none": "사건을 찾지 못했습니다.", "quotes.found.none": "발언을 찾지 못했습니다.", "photos.none": "사진이 없습니다.",
      "card.photos": "사진 ({0})", "card.entities": "개체 ({0})", "card.topics": "주제", "show.in.text": "본문에서 보기",
      "no.caption": "(설명 없음)", "image.link": "이미지 ↗", "original.link": "원문 ↗", "untitled": "(제목 없음)",
      "speaker.unknown": "발화자 미상", "quote.tip": "“발언” — {0}", "legend.event": "사건 문장", "legend.quote": "발언(밑줄)",
      "no.article.id": "주소에 기사 ID가 없습니다.", "no.entity": "주소에 개체가 없습니다.",
      "lib.graph.failed": "그래프 라이브러리를 불러오지 못했습니다.", "lib.chart.failed": "차트 라이브러리를 불러오지 못했습니다.",
      "hit.events": "사건:", "certainty": "확실성", "certainty.asserted": "단언", "certainty.reported": "전언", "certainty.speculated": "추측",
      "certainty.planned": "예정", "certainty.denied": "부인", "certainty.conditional": "조건부",
      "nav.events": "사건", "title.events": "사건", "events.with": "상대", "events.loading": "사건을 불러오는 중…",
      "events.match.none": "조건에 맞는 사건이 없습니다.", "events.status": (n, a, b) => `사건 ${n}건 중 ${a}–${b}`,
      "events.published": "사건 날짜가 없어 기사 날짜를 보입니다.", "events.col.date": "날짜", "events.col.type": "유형",
      "events.col.actors": "참여자", "events.col.what": "대상 · 장소", "events.col.evidence": "근거 문장", "events.col.article": "기사",
      "home.latest": "최신 기사", "home.people": "많이 언급된 인물", "home.orgs": "많이 언급된 조직", "home.events": "새 사건",
      "home.watches": "감시 알림", "home.sources": "수집 출처 상태", "home.none": "이 기간에는 없습니다.",
      "home.empty": "아직 기사가 없습니다.", "home.watches.none": "감시에 걸린 기사가 없습니다.",
      "home.sources.none": "수집 출처가 없습니다 (sosik collect).", "home.period": (a, b, c, d) => `${a}–${b} (이전 기간 ${c}–${d} 대비)`,
      "home.source.failing": (n, e) => `연속 ${n}회 실패: ${e}`, "home.source.ok": (at) => `마지막 성공 ${at}`,
      "nav.home": "홈", "nav.watches": "감시", "title.home": "새 소식", "title.watches": "감시",
      "watches.help": "감시는 새로 저장되는 기사에 거는 조건입니다. sosik watch add 또는 POST /api/watches로 추가합니다.",
      "watches.none": "감시가 없습니다.", "watches.nohits": "아직 걸린 기사가 없습니다.", "watches.webhook": "웹훅 {0}",
    },
    en: {
      "lang.switch": "한국어", "lang.switch.title": "한국어로 보기",
      "nav.search": "Search", "nav.trends": "Trends", "nav.graph": "Graph", "nav.api": "API",
      "title.search": "Search", "title.trends": "Trends", "title.graph": "Graph", "title.entity": "Entity", "title.article": "Article",
      "search.placeholder": "Type a query — e.g. 삼성전자, 회장, 투자", "search.submit": "Search",
      "filters": "Filters", "from": "From", "to": "To", "agency": "Agency", "agency.all": "All agencies",
      "event.type": "Event type", "any": "Any", "entity": "Entity", "entity.placeholder": "e.g. 이재용",
      "apply": "Apply", "clear": "Clear", "search.prompt": "Type a query to search the corpus.",
      "searching": "Searching…", "no.match": "No articles match. Try fewer words or wider dates.",
      "articles.n": (n) => `${n} article${n === 1 ? "" : "s"}`, "articles.atleast": (n) => `at least ${n} articles`, "atleast.n": (n) => `at least ${n}`,
      "range.of": "{0}–{1} of {2}", "prev": "← Previous", "next": "Next →",
      "facet.agencies": "Agencies", "facet.months": "Months", "facet.types": "Entity types", "facet.entities": "Entities",
      "facet.entities.of": "Entities ({0})", "facet.top": "in the top {0} results", "filter.by.entity": "filter by this entity", "entity.profile": "entity profile",
      "remove.filter": "remove this filter", "chip.agency": "agency: {0}", "chip.event": "event: {0}", "chip.entity": "entity: {0}",
      "entities": "Entities", "original.story": "original story", "unknown": "(unknown)",
      "loading.article": "Loading article…", "loading.entity": "Loading entity…",
      "trends.placeholder": "Terms separated by commas — e.g. 삼성전자, 반도체", "show": "Show",
      "by.day": "day", "by.week": "week", "by.month": "month",
      "trends.chart": "articles per period", "trends.enter": "Enter one or more terms, separated by commas.",
      "counting": "Counting…", "trends.none": "No matching articles.", "axis.articles": "articles",
      "trends.status": (n, by, a, b) => `${n} ${by}${n === 1 ? "" : "s"} from ${a} to ${b}.`,
      "range.invalid": "The end date is before the start date.",
      "titles.none": "No titles or affiliations recorded.", "col.title": "Title", "col.affiliation": "Affiliation", "col.role": "Role",
      "col.seen": "Seen", "col.articles": "Articles", "card.titles": "Titles and affiliations over time",
      "card.mentions": "Articles mentioning it, per month", "chart.mentions": "articles mentioning this entity",
      "card.relations": "Relations", "card.comentioned": "Co-mentioned ({0})", "card.quotes": "Quotes ({0})",
      "card.events": "Events ({0})", "card.timeline": "Timeline", "card.articles": "Articles ({0})",
      "comentioned.none": "Never mentioned with others.", "shared.n": (n) => `${n} shared article${n === 1 ? "" : "s"}`,
      "quotes.none": "No quotes.", "events.none": "No events.", "timeline.none": "Nothing dated.",
      "loading.timeline": "Loading timeline…", "also.called": "Also called: ", "search.its.articles": "search its articles",
      "entity.counts": (a, m) => `${a} article${a === 1 ? "" : "s"}, ${m} mention${m === 1 ? "" : "s"}`,
      "ambiguous": "“{0}” fits several entities. Choose one:",
      "renamed_to": "renamed to", "renamed_from": "renamed from",
      "period": "Period", "period.apply": "Apply period", "period.all": "all time", "period.graph.note": "The relation graph applies the period by whole months.",
      "graph.loading": "Loading graph…", "graph.none": "No relations found.",
      "graph.legend": "Legend · entity types", "graph.edges": "Links", "graph.edge.co": "mentioned together (articles)", "graph.edge.event": "in the same event (events)",
      "graph.min.weight": "Minimum link weight", "graph.since": "From month", "graph.until": "To month", "graph.png": "Save PNG", "graph.svg": "Save SVG", "graph.graphml": "Download GraphML",
      "graph.certainty": "Event certainty", "graph.certainty.all": "every level (doubtful dashed)", "graph.certainty.factual": "told as facts (asserted, reported)", "graph.certainty.asserted": "asserted only",
      "graph.edge.doubtful": "speculated, planned or denied events (dashed)",
      "graph.fit": "Fit", "graph.relayout": "Re-layout", "graph.entity": "Centre entity", "graph.entity.placeholder": "empty: the whole corpus",
      "graph.limit": "Max entities", "graph.show": "Draw",
      "graph.status": (v, n, e) => `Showing ${v} of ${n} entities, ${e} link${e === 1 ? "" : "s"}. Node size: articles; line width: link weight. Click to expand neighbours, double-click to open the profile.`,
      "graph.selected": "Selected: {0} ({1}) · {2} articles", "graph.expand": "Expand neighbours", "graph.open": "Open profile",
      "graph.expanded": "Added {1} neighbours of {0}.",
      "graph.aria": "entity relation graph", "type.PERSON": "person", "type.ORG": "organisation", "type.PLACE": "place", "type.PROJECT": "project",
      "type.PRODUCT": "product", "type.EVENT": "event", "type.OTHER": "other", "type.DATE": "date", "type.AMOUNT": "amount",
      "events.found.none": "No events found.", "quotes.found.none": "No quotes found.", "photos.none": "No photos.",
      "card.photos": "Photos ({0})", "card.entities": "Entities ({0})", "card.topics": "Topics", "show.in.text": "show in text",
      "no.caption": "(no caption)", "image.link": "image ↗", "original.link": "original ↗", "untitled": "(untitled)",
      "speaker.unknown": "unknown speaker", "quote.tip": "“quote” — {0}", "legend.event": "event sentence", "legend.quote": "quote (underlined)",
      "no.article.id": "no article id in the address", "no.entity": "no entity in the address",
      "lib.graph.failed": "graph library failed to load", "lib.chart.failed": "chart library failed to load",
      "hit.events": "events:", "certainty": "certainty", "certainty.asserted": "asserted", "certainty.reported": "reported", "certainty.speculated": "speculated",
      "certainty.planned": "planned", "certainty.denied": "denied", "certainty.conditional": "conditional",
      "nav.events": "Events", "title.events": "Events", "events.with": "with", "events.loading": "loading events…",
      "events.match.none": "No event matches.", "events.status": (n, a, b) => `${a}–${b} of ${n} events`,
      "events.published": "The event has no date: the article's is shown.", "events.col.date": "Date", "events.col.type": "Type",
      "events.col.actors": "Actors", "events.col.what": "Object · place", "events.col.evidence": "Evidence", "events.col.article": "Article",
      "home.latest": "Latest articles", "home.people": "Most-mentioned people", "home.orgs": "Most-mentioned organisations", "home.events": "New events",
      "home.watches": "Watch hits", "home.sources": "Source health", "home.none": "None in this period.",
      "home.empty": "No articles yet.", "home.watches.none": "No watch has fired.",
      "home.sources.none": "No sources collected (sosik collect).", "home.period": (a, b, c, d) => `${a}–${b} (against ${c}–${d})`,
      "home.source.failing": (n, e) => `${n} failed runs: ${e}`, "home.source.ok": (at) => `last success ${at}`,
      "nav.home": "Home", "nav.watches": "Watches", "title.home": "What is new", "title.watches": "Watches",
      "watches.help": "A watch is a condition on newly stored articles. Add one with sosik watch add or POST /api/watches.",
      "watches.none": "No watches.", "watches.nohits": "No article has matched yet.", "watches.webhook": "webhook {0}",
    },
  };
  const langs = Object.keys(messages);

  function pick() {
    const fromURL = new URLSearchParams(location.search).get("lang");
    if (langs.includes(fromURL)) return fromURL;
    let saved = null;
    try { saved = localStorage.getItem("sosik.lang"); } catch (_) { /* storage blocked */ }
    return langs.includes(saved) ? saved : "ko";
  }
  const lang = pick();

  // t returns the message for key in the current language, falling back
  // to Korean and then to the key itself, so a missing entry shows up.
  function t(key, ...args) {
    const m = key in messages[lang] ? messages[lang][key] : messages.ko[key];
    if (m === undefined) return key;
    if (typeof m === "function") return m(...args);
    return m.replace(/\{(\d+)\}/g, (_, i) => (args[i] === undefined ? "" : String(args[i])));
  }

  // apply fills every element marked data-i18n (text), data-i18n-placeholder,
  // data-i18n-title and data-i18n-aria (aria-label) under root.
  function apply(root) {
    const r = root || document;
    for (const e of r.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
    for (const e of r.querySelectorAll("[data-i18n-placeholder]")) e.placeholder = t(e.dataset.i18nPlaceholder);
    for (const e of r.querySelectorAll("[data-i18n-title]")) e.title = t(e.dataset.i18nTitle);
    for (const e of r.querySelectorAll("[data-i18n-aria]")) e.setAttribute("aria-label", t(e.dataset.i18nAria));
  }

  // setLang keeps the choice and redraws the page in it.
  function setLang(l) {
    try { localStorage.setItem("sosik.lang", l); } catch (_) { /* storage blocked */ }
    const u = new URL(location.href);
    u.searchParams.delete("lang");
    location.replace(u.toString());
  }

  // typeName is an entity type in words (the codes stay as data).
  function typeName(code) {
    const k = "type." + code;
    const m = t(k);
    return m === k ? code : m;
  }

  return { lang, langs, t, apply, setLang, typeName, messages };
})();
