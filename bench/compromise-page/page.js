// Highlight the people, places and organisations compromise finds in each article, one
// <article> per text and one <p> per paragraph, entities as <mark class="entity" data-type>.
(function () {
  'use strict';
  var kinds = [['people', 'PERSON'], ['places', 'GPE'], ['organizations', 'ORG']];

  /** Entity spans of one paragraph, sorted, overlaps dropped (the earlier, longer one wins). */
  function spans(text) {
    var doc = window.nlp(text);
    var found = [];
    kinds.forEach(function (kind) {
      doc[kind[0]]().json({ offset: true }).forEach(function (m) {
        found.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type: kind[1] });
      });
    });
    found.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var kept = [];
    var reach = 0;
    found.forEach(function (s) { if (s.start >= reach) { kept.push(s); reach = s.end; } });
    return kept;
  }

  function paragraph(text) {
    var p = document.createElement('p');
    var at = 0;
    spans(text).forEach(function (s) {
      p.appendChild(document.createTextNode(text.slice(at, s.start)));
      var mark = document.createElement('mark');
      mark.className = 'entity';
      mark.dataset.type = s.type;
      mark.textContent = text.slice(s.start, s.end);
      p.appendChild(mark);
      at = s.end;
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  var main = document.getElementById('library');
  window.ARTICLES.forEach(function (a) {
    var article = document.createElement('article');
    article.className = 'article-card';
    article.dataset.file = a.file;
    a.text.split(/\n\s*\n|\n/).filter(function (t) { return t.trim(); }).forEach(function (t) {
      article.appendChild(paragraph(t));
    });
    main.appendChild(article);
  });
})();
