/*
 * site-gen search: reads the static index written by the generator's search package (files below
 * <site root>/search/) and fetches only what a query needs: the term shards of the query's words
 * and the document chunks of the results shown. The manifest, search/index.js, is a script the
 * page runs before this one (window.sitegenSearchIndex). No request leaves the site.
 *
 * The tokenizer (folding and Porter stemmer) is the Java side's Tokenizer and PorterStemmer step
 * for step, with the same stop words; SearchBrowserIT runs both on a shared word list.
 */
(function () {
  'use strict';

  // --- Tokenizer: the same steps and character classes as Tokenizer.java ---
  var MARKS = /[\u0300-\u036f]/g;
  var SEPARATORS = /[^\p{L}\p{N}]+/u;

  function words(text) {
    return text.normalize('NFD').replace(MARKS, '').toLowerCase().split(SEPARATORS)
      .filter(function (w) { return w.length > 0; });
  }

  // --- Porter stemmer: the same regular expressions, in the same order, as PorterStemmer.java ---
  var STEP2 = {ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
    alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate',
    alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive',
    biliti: 'ble', logi: 'log'};
  var STEP3 = {icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: ''};
  var C = '[^aeiou][^aeiouy]*';
  var V = '[aeiouy][aeiou]*';
  var MGR0 = new RegExp('^(' + C + ')?' + V + C);
  var MEQ1 = new RegExp('^(' + C + ')?' + V + C + '(' + V + ')?$');
  var MGR1 = new RegExp('^(' + C + ')?' + V + C + V + C);
  var S_V = new RegExp('^(' + C + ')?[aeiouy]');
  var STEP1A = /^(.+?)(ss|i)es$/;
  var STEP1A_2 = /^(.+?)([^s])s$/;
  var STEP1B = /^(.+?)eed$/;
  var STEP1B_2 = /^(.+?)(ed|ing)$/;
  var LAST = /.$/;
  var AT_BL_IZ = /(at|bl|iz)$/;
  var DOUBLE = /([^aeiouylsz])\1$/;
  var CVC = new RegExp('^' + C + '[aeiouy][^aeiouwxy]$');
  var STEP1C = /^(.+?)y$/;
  var STEP2_RE = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var STEP3_RE = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var STEP4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var STEP4_2 = /^(.+?)(s|t)(ion)$/;
  var STEP5 = /^(.+?)e$/;
  var LL = /ll$/;

  function stem(word) {
    if (word.length < 3) return word;
    var initialY = word.charAt(0) === 'y';
    var w = initialY ? 'Y' + word.substring(1) : word;
    var m;
    if ((m = STEP1A.exec(w))) {
      w = m[1] + m[2];
    } else if ((m = STEP1A_2.exec(w))) {
      w = m[1] + m[2];
    }
    if ((m = STEP1B.exec(w))) {
      if (MGR0.test(m[1])) w = w.replace(LAST, '');
    } else if ((m = STEP1B_2.exec(w))) {
      var s = m[1];
      if (S_V.test(s)) {
        w = s;
        if (AT_BL_IZ.test(w)) w = w + 'e';
        else if (DOUBLE.test(w)) w = w.replace(LAST, '');
        else if (CVC.test(w)) w = w + 'e';
      }
    }
    if ((m = STEP1C.exec(w)) && S_V.test(m[1])) w = m[1] + 'i';
    if ((m = STEP2_RE.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP2[m[2]];
    if ((m = STEP3_RE.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP3[m[2]];
    if ((m = STEP4.exec(w))) {
      if (MGR1.test(m[1])) w = m[1];
    } else if ((m = STEP4_2.exec(w))) {
      var s2 = m[1] + m[2];
      if (MGR1.test(s2)) w = s2;
    }
    if ((m = STEP5.exec(w))) {
      var s3 = m[1];
      if (MGR1.test(s3) || (MEQ1.test(s3) && !CVC.test(s3))) w = s3;
    }
    if (LL.test(w) && MGR1.test(w)) w = w.replace(LAST, '');
    return initialY ? 'y' + w.substring(1) : w;
  }

  // --- Stop words: Tokenizer.STOP_WORDS, not indexed; SearchBrowserIT checks both lists agree ---
  var STOP_WORDS = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in',
    'into', 'is', 'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then',
    'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with'];
  var STOPS = new Set(STOP_WORDS);
  var stems = new Map();

  /** The index term of a word of words(): its stem, or null for a stop word. */
  function term(word) {
    if (STOPS.has(word)) return null;
    var t = stems.get(word);
    if (t === undefined) { t = stem(word); stems.set(word, t); }
    return t;
  }

  function terms(text) { return words(text).map(term).filter(function (t) { return t !== null; }); }

  window.sitegenSearch = {words: words, terms: terms, stem: stem, stopWords: STOP_WORDS};

  var results = document.getElementById('search_results');
  if (!results) return;
  var input = document.getElementById('search_query');
  var status = document.getElementById('search_status');
  var base = results.getAttribute('data-index');
  var index = window.sitegenSearchIndex;
  if (!index) {
    status.textContent = 'Search failed: its index, ' + base + 'index.js, did not load.';
    return;
  }
  var SHOWN = 10;
  var PREFIX_SHARDS = 4;
  var cache = {};
  var STEPS = ['search:start', 'search:fetched', 'search:scored', 'search:first', 'search:shown'];

  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  function hex(term) {
    var bytes = new TextEncoder().encode(term);
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  }

  /** The index of the shard that would hold term: the last whose first term is <= term. */
  function shardOf(index, term) {
    var lo = 0, hi = index.shards.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (index.shards[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function shard(index, i) { return fetchJson('t/' + hex(index.shards[i]) + '.json'); }

  function shardPositions(index, i) { return fetchJson('p/' + hex(index.shards[i]) + '.json'); }

  /** Scores by document (0: absent) of postings lists; a document in several keeps its best. */
  function scoresOf(index, lists) {
    var scores = new Int32Array(index.docs);
    lists.forEach(function (list) {
      for (var i = 0, doc = 0; i < list.length; i += 2) {
        doc += list[i];
        if (scores[doc] < list[i + 1]) scores[doc] = list[i + 1];
      }
    });
    return scores;
  }

  /** Positions by document of a postings list and its positions list (only phrases need them). */
  function positionsOf(list, positions) {
    var byDoc = new Map();
    for (var i = 0, j = 0, doc = 0; i < list.length; i += 2, j += 1 + positions[j]) {
      doc += list[i];
      var at = [];
      for (var k = 1, p = 0; k <= positions[j]; k++) { p += positions[j + k]; at.push(p); }
      byDoc.set(doc, at);
    }
    return byDoc;
  }

  /**
   * The postings of one query word: {terms, lists}, and with withPositions (a word of a phrase)
   * its positions by document. The last word as typed also matches terms it begins.
   */
  function lookup(index, word, asPrefix, withPositions) {
    var exact = term(word);
    if (exact === null && (!asPrefix || word.length < 2)) {
      return Promise.resolve({terms: [], lists: []});
    }
    if (!asPrefix || word.length < 2) {
      var i = shardOf(index, exact);
      return Promise.all([shard(index, i), withPositions ? shardPositions(index, i) : null])
        .then(function (s) {
          var list = s[0][exact];
          return {terms: [exact], lists: list ? [list] : [],
            positions: withPositions ? positionsOf(list || [], list ? s[1][exact] : []) : null};
        });
    }
    var first = exact === null ? -1 : shardOf(index, exact);
    var from = shardOf(index, word);
    var to = Math.min(shardOf(index, word + '\uffff'), from + PREFIX_SHARDS - 1);
    var loads = [first < 0 || (first >= from && first <= to) ? null : shard(index, first)];
    for (var k = from; k <= to; k++) loads.push(shard(index, k));
    return Promise.all(loads).then(function (shards) {
      var matched = [], lists = [];
      shards.filter(Boolean).forEach(function (s) {
        Object.keys(s).forEach(function (t) {
          if (t === exact || t.indexOf(word) === 0) { matched.push(t); lists.push(s[t]); }
        });
      });
      return {terms: matched, lists: lists};
    });
  }

  /**
   * Query text -> groups of words, each {word, at} (at: its place in the group); a quoted group is
   * a phrase, every other word its own group. Stop words are not indexed: they leave their group
   * but keep the other words' places. The last word while it is typed is a prefix, even a stop
   * word ("the" on its way to "theme"); search() drops it if it begins no term.
   */
  function parse(query) {
    var groups = [], re = /"([^"]*)"?|([^\s"]+)/g, m;
    while ((m = re.exec(query))) {
      var quoted = m[1] !== undefined;
      var ws = words(quoted ? m[1] : m[2]);
      var phrase = quoted && ws.length > 1;
      ws.forEach(function (w, at) {
        if (!phrase || at === 0) groups.push({words: []});
        groups[groups.length - 1].words.push({word: w, at: phrase ? at : 0});
      });
    }
    // Not after a space, nor in or after quotes.
    var typing = /[^\s"]$/.test(query) && query.split('"').length % 2 === 1;
    var last = groups[groups.length - 1];
    if (last && typing && last.words.length === 1) last.prefix = true;
    return groups.map(function (g) {
      return g.prefix ? g : {words: g.words.filter(function (w) { return !STOPS.has(w.word); })};
    }).filter(function (g) { return g.words.length > 0; });
  }

  /** Whether the phrase's words are at their places in doc. */
  function inPhrase(phrase, hits, doc) {
    var at = hits.map(function (h) { return h.positions.get(doc); });
    return at[0].some(function (p) {
      for (var k = 1; k < phrase.length; k++) {
        if (at[k].indexOf(p + phrase[k].at - phrase[0].at) < 0) return false;
      }
      return true;
    });
  }

  /** A group's scores by document: the sum of its words', where all are there (as a phrase). */
  function groupScores(index, group, hits) {
    var scores = hits.map(function (h) { return scoresOf(index, h.lists); });
    var sum = scores[0];
    for (var doc = 0; doc < index.docs; doc++) {
      if (sum[doc] === 0) continue;
      for (var k = 1; k < hits.length && sum[doc] !== 0; k++) {
        sum[doc] = scores[k][doc] === 0 ? 0 : sum[doc] + scores[k][doc];
      }
      if (hits.length > 1 && sum[doc] !== 0 && !inPhrase(group.words, hits, doc)) sum[doc] = 0;
    }
    return sum;
  }

  /** The best SHOWN documents of scores, best first, equal scores newest first. */
  function best(scores) {
    var top = [], count = 0;
    // Newest first, so an equal score never displaces a newer document (numbered oldest first).
    for (var doc = scores.length - 1; doc >= 0; doc--) {
      var s = scores[doc];
      if (s === 0) continue;
      count++;
      if (top.length === SHOWN && s <= scores[top[SHOWN - 1]]) continue;
      var at = top.length === SHOWN ? SHOWN - 1 : top.length;
      while (at > 0 && scores[top[at - 1]] < s) { top[at] = top[at - 1]; at--; }
      top[at] = doc;
    }
    return {docs: top, count: count};
  }

  /** The best documents for groups: {docs, count, terms}, or null if none was searchable. */
  function search(index, groups) {
    return Promise.all(groups.map(function (g) {
      return Promise.all(g.words.map(function (w) {
        return lookup(index, w.word, g.prefix, g.words.length > 1);
      }));
    })).then(function (found) {
      performance.mark('search:fetched');
      var total = null, matchedTerms = [];
      found.forEach(function (hits, i) {
        if (STOPS.has(groups[i].words[0].word) && !hits[0].terms.length) return;
        hits.forEach(function (h) { matchedTerms = matchedTerms.concat(h.terms); });
        var group = groupScores(index, groups[i], hits);
        if (total === null) { total = group; return; }
        for (var doc = 0; doc < index.docs; doc++) {
          total[doc] = total[doc] === 0 || group[doc] === 0 ? 0 : total[doc] + group[doc];
        }
      });
      if (total === null) return null;
      var shown = best(total);
      performance.mark('search:scored');
      return {docs: shown.docs, count: shown.count, terms: matchedTerms};
    });
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c];
    });
  }

  /** The excerpt around the first matched word, matched words in <mark>. */
  function snippet(text, matched) {
    var re = /[\p{L}\p{N}]+/gu, m, parts = [], at = 0, first = -1;
    while ((m = re.exec(text))) {
      parts.push(escapeHtml(text.slice(at, m.index)));
      var w = words(m[0]);
      var hit = w.length === 1 && matched.has(term(w[0]));
      if (hit && first < 0) first = parts.length;
      parts.push(hit ? '<mark>' + escapeHtml(m[0]) + '</mark>' : escapeHtml(m[0]));
      at = m.index + m[0].length;
    }
    parts.push(escapeHtml(text.slice(at)));
    var start = first < 0 ? 0 : Math.max(0, first - 24);
    var end = Math.min(parts.length, start + 80);
    return (start > 0 ? '… ' : '') + parts.slice(start, end).join('') + (end < parts.length ? ' …' : '');
  }

  function statusOf(query, found) {
    var common = words(query).filter(function (w) { return STOPS.has(w); })[0];
    if (found === null && common) {
      return 'Common words like “' + common + '” are not searched for: add another word.';
    }
    if (!found || found.count === 0) return 'No posts match “' + query.trim() + '”.';
    return (found.count > SHOWN ? 'The best ' + SHOWN + ' of ' : '') + found.count +
      (found.count === 1 ? ' post matches.' : ' posts match.');
  }

  function card(doc, matched) {
    return '<li class="search-result"><a href="' + escapeHtml(doc[0]) + '">' + escapeHtml(doc[1]) +
      '</a><p class="search-meta">' + (doc[2] ? '<time datetime="' + doc[2] + '">' + doc[2] + '</time>' : '') +
      (doc[3] ? ' · ' + escapeHtml(doc[3]) : '') + '</p><p class="search-snippet">' +
      snippet(doc[4], matched) + '</p></li>';
  }

  /**
   * Shows the results as their chunks arrive, best first: each chunk adds the results before the
   * first one still missing (ten results are up to ten chunks, more than a browser fetches at once
   * over HTTP/1.1). data-query says all are shown; data-first-ms when the first was.
   */
  function render(index, query, found, started) {
    var shown = found ? found.docs : [];
    var matched = new Set(found ? found.terms : []);
    var chunks = {}, done = 0;
    if (input.value !== query) return Promise.resolve();
    results.innerHTML = '';
    results.removeAttribute('data-first-ms');
    status.textContent = statusOf(query, found);
    function showReady() {
      if (input.value !== query) return;
      var cards = '';
      for (; done < shown.length; done++) {
        var docs = chunks[Math.floor(shown[done] / index.chunk)];
        if (!docs) break;
        cards += card(docs[shown[done] % index.chunk], matched);
      }
      if (!cards) return;
      results.insertAdjacentHTML('beforeend', cards);
      if (!results.hasAttribute('data-first-ms')) {
        performance.mark('search:first');
        results.setAttribute('data-first-ms', String(Math.round(performance.now() - started)));
      }
    }
    var wanted = [];
    shown.forEach(function (d) {
      var c = Math.floor(d / index.chunk);
      if (wanted.indexOf(c) < 0) wanted.push(c);
    });
    return Promise.all(wanted.map(function (c) {
      return fetchJson('d/' + c + '.json').then(function (docs) { chunks[c] = docs; showReady(); });
    })).then(function () {
      performance.mark('search:shown');
      if (input.value !== query) return;
      results.setAttribute('data-query', query);
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
    });
  }

  function run(query) {
    var started = performance.now();
    if (!query.trim()) {
      results.innerHTML = '';
      status.textContent = '';
      results.setAttribute('data-query', query);
      return;
    }
    // Marks of each step, read by SearchBenchmarkIT; only the last query's are kept.
    STEPS.forEach(function (m) { performance.clearMarks(m); });
    performance.mark('search:start');
    search(index, parse(query)).then(function (found) {
      return render(index, query, found, started);
    }).catch(function (e) {
      status.textContent = 'Search failed: ' + e.message;
    });
  }

  function queryOfUrl() { return new URLSearchParams(location.search).get('q') || ''; }

  function urlOf(query) {
    var params = new URLSearchParams(location.search);
    params.set('q', query);
    return location.pathname + '?' + params.toString();
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      // Typing replaces the entry; a submitted query (Enter) adds one, so Back returns to it.
      history.replaceState(null, '', urlOf(input.value));
      run(input.value);
    }, 40);
  });
  input.form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (queryOfUrl() !== input.value) history.pushState(null, '', urlOf(input.value));
    run(input.value);
  });
  window.addEventListener('popstate', function () {
    input.value = queryOfUrl();
    run(input.value);
  });

  // Arrow keys move between the box and the results' links; Enter follows a link as usual.
  function links() { return Array.prototype.slice.call(results.querySelectorAll('a')); }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var all = [input].concat(links());
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    var next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next >= 0 && next < all.length) { e.preventDefault(); all[next].focus(); }
  });

  input.value = queryOfUrl();
  if (!location.search.includes('q=') || input.value === '') input.focus();
  run(input.value);
})();
