/*
 * site-gen search: reads the static index written by the generator's search package (files below
 * <site root>/search/) and fetches only what a query needs: index.json once, the term shards of
 * the query's words and the document chunks of the results shown. No request leaves the site.
 *
 * The tokenizer (folding and Porter stemmer) is the Java side's Tokenizer and PorterStemmer step
 * for step; TokenizerAgreementIT runs both on a shared word list.
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

  function terms(text) { return words(text).map(stem); }

  window.sitegenSearch = {words: words, terms: terms, stem: stem};

  var results = document.getElementById('search_results');
  if (!results) return;
  var input = document.getElementById('search_query');
  var status = document.getElementById('search_status');
  var base = results.getAttribute('data-index');
  var SHOWN = 10;
  var PREFIX_SHARDS = 4;
  var cache = {};

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

  /** Postings array -> {doc: {score, positions}}. */
  function decode(list, into) {
    var doc = 0;
    for (var i = 0; i < list.length;) {
      doc += list[i];
      var score = list[i + 1], count = list[i + 2], positions = [], p = 0;
      for (var k = 0; k < count; k++) { p += list[i + 3 + k]; positions.push(p); }
      i += 3 + count;
      var old = into[doc];
      if (!old || old.score < score) into[doc] = {score: score, positions: positions};
    }
    return into;
  }

  /** Documents of one query word; the last word as typed also matches terms it begins. */
  function lookup(index, word, asPrefix) {
    var term = stem(word);
    var first = shardOf(index, term);
    if (!asPrefix || word.length < 2) {
      return shard(index, first).then(function (s) {
        return {terms: [term], docs: s[term] ? decode(s[term], {}) : {}};
      });
    }
    var from = shardOf(index, word);
    var to = Math.min(shardOf(index, word + '\uffff'), from + PREFIX_SHARDS - 1);
    var loads = [first >= from && first <= to ? null : shard(index, first)];
    for (var i = from; i <= to; i++) loads.push(shard(index, i));
    return Promise.all(loads).then(function (shards) {
      var docs = {}, matched = [];
      shards.filter(Boolean).forEach(function (s) {
        Object.keys(s).forEach(function (t) {
          if (t === term || t.indexOf(word) === 0) { matched.push(t); decode(s[t], docs); }
        });
      });
      return {terms: matched, docs: docs};
    });
  }

  /** Query text -> groups of words; a quoted group is a phrase, every other word its own group. */
  function parse(query) {
    var groups = [], re = /"([^"]*)"?|([^\s"]+)/g, m;
    while ((m = re.exec(query))) {
      var ws = words(m[1] !== undefined ? m[1] : m[2]);
      if (m[1] !== undefined && ws.length > 1) groups.push({phrase: ws});
      else ws.forEach(function (w) { groups.push({phrase: [w]}); });
    }
    // Prefix matching on the last word while it is typed: not after a space, nor in or after quotes.
    var typing = /[^\s"]$/.test(query) && query.split('"').length % 2 === 1;
    if (groups.length && typing && groups[groups.length - 1].phrase.length === 1) {
      groups[groups.length - 1].prefix = true;
    }
    return groups;
  }

  function inPhrase(hits, doc) {
    var starts = hits[0].docs[doc].positions;
    return starts.some(function (p) {
      for (var k = 1; k < hits.length; k++) {
        if (hits[k].docs[doc].positions.indexOf(p + k) < 0) return false;
      }
      return true;
    });
  }

  function search(index, query) {
    var groups = parse(query);
    if (!groups.length) return Promise.resolve({docs: [], terms: []});
    return Promise.all(groups.map(function (g) {
      return Promise.all(g.phrase.map(function (w, k) {
        return lookup(index, w, g.prefix && k === g.phrase.length - 1);
      }));
    })).then(function (found) {
      var scores = null, matchedTerms = [];
      found.forEach(function (hits) {
        hits.forEach(function (h) { matchedTerms = matchedTerms.concat(h.terms); });
        var group = {};
        Object.keys(hits[0].docs).forEach(function (doc) {
          for (var k = 1; k < hits.length; k++) if (!hits[k].docs[doc]) return;
          if (hits.length > 1 && !inPhrase(hits, doc)) return;
          group[doc] = hits.reduce(function (sum, h) { return sum + h.docs[doc].score; }, 0);
        });
        if (scores === null) {
          scores = group;
        } else {
          var both = {};
          Object.keys(scores).forEach(function (doc) {
            if (group[doc] !== undefined) both[doc] = scores[doc] + group[doc];
          });
          scores = both;
        }
      });
      // Best score first; equal scores newest first (documents are numbered oldest first).
      var docs = Object.keys(scores).map(Number).sort(function (a, b) {
        return scores[b] - scores[a] || b - a;
      });
      return {docs: docs, terms: matchedTerms};
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
      var hit = w.length === 1 && matched.has(stem(w[0]));
      if (hit && first < 0) first = parts.length;
      parts.push(hit ? '<mark>' + escapeHtml(m[0]) + '</mark>' : escapeHtml(m[0]));
      at = m.index + m[0].length;
    }
    parts.push(escapeHtml(text.slice(at)));
    var start = first < 0 ? 0 : Math.max(0, first - 24);
    var end = Math.min(parts.length, start + 80);
    return (start > 0 ? '… ' : '') + parts.slice(start, end).join('') + (end < parts.length ? ' …' : '');
  }

  function render(index, query, found, started) {
    var shown = found.docs.slice(0, SHOWN);
    var chunks = {};
    shown.forEach(function (d) { chunks[Math.floor(d / index.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return fetchJson('d/' + c + '.json').then(function (docs) { chunks[c] = docs; });
    })).then(function () {
      if (input.value !== query) return;
      var matched = new Set(found.terms);
      results.innerHTML = shown.map(function (d) {
        var doc = chunks[Math.floor(d / index.chunk)][d % index.chunk];
        return '<li class="search-result"><a href="' + escapeHtml(doc[0]) + '">' + escapeHtml(doc[1]) +
          '</a><p class="search-meta">' + (doc[2] ? '<time datetime="' + doc[2] + '">' + doc[2] + '</time>' : '') +
          (doc[3] ? ' · ' + escapeHtml(doc[3]) : '') + '</p><p class="search-snippet">' +
          snippet(doc[4], matched) + '</p></li>';
      }).join('');
      status.textContent = found.docs.length === 0
        ? 'No posts match “' + query.trim() + '”.'
        : (found.docs.length > SHOWN ? 'The best ' + SHOWN + ' of ' : '') + found.docs.length +
          (found.docs.length === 1 ? ' post matches.' : ' posts match.');
      results.setAttribute('data-query', query);
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
    });
  }

  var indexPromise = null;

  function run(query) {
    var started = performance.now();
    if (!query.trim()) {
      results.innerHTML = '';
      status.textContent = '';
      results.setAttribute('data-query', query);
      return;
    }
    indexPromise = indexPromise || fetchJson('index.json');
    indexPromise.then(function (index) {
      return search(index, query).then(function (found) {
        return render(index, query, found, started);
      });
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
