/*
 * Dossier search: a classic script, so it runs from file:// as well as on a host (no modules,
 * no fetch, no wasm). It loads the index files under search/ on demand by inserting
 * <script src> elements; each file hands its data over with self.DOSSIER_SEARCH.push([name, data]).
 * File formats: src/search/search-files.ts. Words are split and folded as in src/search/tokenize.ts
 * (tests/search/client.test.ts holds the two to agreement). Article text is only ever set as text.
 */
(function () {
  'use strict'

  /* ---- Words: the same rules as src/search/tokenize.ts ---- */

  var WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu
  var FOLDED_AWAY = /[\p{M}.]+/gu
  var ASCII_WORD = /^[A-Za-z0-9]*$/
  var DIGIT = /\p{N}/u
  var MAX_TERM_LENGTH = 32
  var STOP_WORDS = new Set([
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
    'he', 'her', 'his', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their',
    'them', 'there', 'they', 'this', 'to', 'was', 'were', 'which', 'who', 'will', 'with',
  ])

  /** Folds a word: no accents, no dots, lower case. */
  function foldTerm(word) {
    if (ASCII_WORD.test(word)) return word.toLowerCase()
    return word.normalize('NFD').replace(FOLDED_AWAY, '').toLowerCase()
  }

  /** Every word of a text, folded, with its offsets. */
  function wordTokens(text) {
    var tokens = []
    for (var match of text.matchAll(WORD)) {
      tokens.push({ term: foldTerm(match[0]), start: match.index, end: match.index + match[0].length })
    }
    return tokens
  }

  /** Whether a folded word is in the index. */
  function isIndexable(term) {
    if (term.length === 0 || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term)) return false
    return term.length > 1 || DIGIT.test(term)
  }

  /** The distinct indexed words of a query. */
  function queryTerms(query) {
    var terms = []
    for (var token of wordTokens(query)) if (isIndexable(token.term) && terms.indexOf(token.term) < 0) terms.push(token.term)
    return terms
  }

  /* ---- The engine: which files a query needs, and the ranked documents ---- */

  /** A word shorter than this matches only itself; longer ones also match words they begin. */
  var MIN_PREFIX = 3
  /** At most this many words a query word expands to (the most frequent win). */
  var MAX_EXPANSIONS = 30
  /** At most this many term shards read for one query word. */
  var MAX_PREFIX_SHARDS = 3
  /** Ranking weight of each kind of document: topics, then sources, then sentences. */
  var KIND_WEIGHT = { topic: 3, source: 2, sentence: 1 }

  var hasOwn = Object.prototype.hasOwnProperty

  /** The last index i with sorted[i] <= value (0 when none). */
  function lastAtMost(sorted, value) {
    var low = 0
    var high = sorted.length - 1
    var found = 0
    while (low <= high) {
      var middle = (low + high) >> 1
      if (sorted[middle] <= value) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  /** Undoes the delta encoding of document numbers. */
  function deltaDecode(deltas) {
    var total = 0
    return deltas.map(function (delta) { return (total += delta) })
  }

  /** How many documents a postings entry holds. */
  function documentCount(entry) {
    return Array.isArray(entry) ? entry.length : entry.n
  }

  /**
   * A search engine over the index files; `load(name)` resolves to the data of file `name`.
   * `search(query)` resolves to { terms, matched, docs, all }; `records(docs)` to what to show.
   */
  function createEngine(load) {
    var manifest = null

    function getManifest() {
      if (!manifest) manifest = load('index')
      return manifest
    }

    /** The index words a query word stands for, with their documents. */
    function matchesOf(index, term) {
      var first = lastAtMost(index.terms, term)
      var last = first
      if (term.length >= MIN_PREFIX) {
        var end = term + '\uffff'
        while (last + 1 < index.terms.length && index.terms[last + 1] < end && last - first + 1 < MAX_PREFIX_SHARDS) last++
      }
      var names = []
      for (var i = first; i <= last; i++) names.push('t' + i)
      return Promise.all(names.map(load)).then(function (shards) {
        var found = []
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (key) {
            var exact = key === term
            if (exact || (term.length >= MIN_PREFIX && key.startsWith(term))) found.push({ term: key, exact: exact, entry: shard[key] })
          })
        })
        found.sort(function (a, b) { return (b.exact - a.exact) || (documentCount(b.entry) - documentCount(a.entry)) || (a.term < b.term ? -1 : 1) })
        found = found.slice(0, MAX_EXPANSIONS)
        return Promise.all(found.map(function (match) { return documentsOf(match.entry) })).then(function (lists) {
          return found.map(function (match, j) { return { term: match.term, exact: match.exact, docs: lists[j] } })
        })
      })
    }

    /** The document numbers of a postings entry, reading its part files when it has them. */
    function documentsOf(entry) {
      if (Array.isArray(entry)) return Promise.resolve(deltaDecode(entry))
      return Promise.all(entry.p.map(function (ref) { return load('p' + ref[0]) })).then(function (parts) {
        return [].concat.apply([], parts.map(deltaDecode))
      })
    }

    /** Ranks documents: those holding every query word (or, if none does, any), by rarity of the words and kind. */
    function search(query) {
      var terms = queryTerms(query)
      if (terms.length === 0) return Promise.resolve({ terms: terms, matched: [], docs: [], all: true, count: null })
      return getManifest().then(function (index) {
        return Promise.all(terms.map(function (term) { return matchesOf(index, term) })).then(function (perTerm) {
          return rank(index, terms, perTerm)
        })
      })
    }

    /** Scores each document: the sum over query words of the best weight among the words it matched. */
    function rank(index, terms, perTerm) {
      var scores = new Map()
      var hits = new Map()
      var matched = []
      perTerm.forEach(function (matches) {
        var best = new Map()
        matches.forEach(function (match) {
          matched.push(match.term)
          var weight = Math.log(1 + index.n / Math.max(1, match.docs.length)) * (match.exact ? 1 : 0.5)
          match.docs.forEach(function (doc) {
            if (!(best.get(doc) >= weight)) best.set(doc, weight)
          })
        })
        best.forEach(function (weight, doc) {
          scores.set(doc, (scores.get(doc) || 0) + weight)
          hits.set(doc, (hits.get(doc) || 0) + 1)
        })
      })
      var ranked = []
      scores.forEach(function (score, doc) {
        ranked.push({ doc: doc, hits: hits.get(doc), score: score * KIND_WEIGHT[kindOf(index, doc)] })
      })
      var complete = ranked.filter(function (entry) { return entry.hits === terms.length })
      var all = complete.length > 0 || terms.length === 1
      if (all) ranked = complete
      ranked.sort(function (a, b) { return (b.hits - a.hits) || (b.score - a.score) || (a.doc - b.doc) })
      var docs = ranked.map(function (entry) { return entry.doc })
      return { terms: terms, matched: matched, docs: docs, all: all, count: index.count }
    }

    /** What to show for each document: kind, page (with anchor), title, text, and where it comes from. */
    function records(docs) {
      return getManifest().then(function (index) {
        var chunks = docs.map(function (doc) { return lastAtMost(index.docs, doc) })
        var names = chunks.filter(function (chunk, i) { return chunks.indexOf(chunk) === i })
        return Promise.all(names.map(function (chunk) { return load('d' + chunk) })).then(function (loaded) {
          return docs.map(function (doc, i) {
            var chunk = loaded[names.indexOf(chunks[i])]
            return describe(chunk, chunk.d[doc - index.docs[chunks[i]]])
          })
        })
      })
    }

    return { search: search, records: records, manifest: getManifest }
  }

  /** The kind of document `doc` from its number: topics come first, then sources, then sentences. */
  function kindOf(index, doc) {
    if (doc < index.count.topics) return 'topic'
    if (doc < index.count.topics + index.count.sources) return 'source'
    return 'sentence'
  }

  var TOPIC_KINDS = { person: 'Person', place: 'Place', organization: 'Organisation', theme: 'Theme', other: 'Topic' }

  /** A document record as the page shows it. */
  function describe(chunk, record) {
    if (record[0] === 't') return { kind: 'topic', label: TOPIC_KINDS[record[3]] || 'Topic', href: record[1], title: record[2], text: record[4].join(' · '), context: '' }
    if (record[0] === 's') return { kind: 'source', label: 'Source', href: record[1], title: record[2], text: '', context: record[3] }
    var source = chunk.s[record[1]]
    return { kind: 'sentence', label: 'Sentence', href: source[0] + '#' + record[2], title: '', text: record[3], context: source[1] + ' · ' + source[2] }
  }

  /* ---- Snippets ---- */

  /** Offsets [start, end] of the words of `text` that are among the matched index words. */
  function matchRanges(text, matched) {
    var ranges = []
    for (var token of wordTokens(text)) if (matched.has(token.term)) ranges.push([token.start, token.end])
    return ranges
  }

  /** The part of a long text worth showing: about `length` characters from a little before the first match. */
  function snippetWindow(text, ranges, length) {
    if (text.length <= length) return [0, text.length]
    var first = ranges.length > 0 ? ranges[0][0] : 0
    var start = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length))
    var end = Math.min(text.length, start + length)
    if (start > 0) start = Math.max(start, text.indexOf(' ', start) + 1)
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1)
    return [start, end]
  }

  /** Text with its matched words in <mark> elements, built with DOM APIs (the text is never parsed as HTML). */
  function highlighted(text, matched, length) {
    var fragment = document.createDocumentFragment()
    var ranges = matchRanges(text, matched)
    var span = length ? snippetWindow(text, ranges, length) : [0, text.length]
    var at = span[0]
    if (at > 0) fragment.append('…')
    ranges.forEach(function (range) {
      if (range[0] < at || range[1] > span[1]) return
      fragment.append(text.slice(at, range[0]))
      var mark = document.createElement('mark')
      mark.textContent = text.slice(range[0], range[1])
      fragment.append(mark)
      at = range[1]
    })
    fragment.append(text.slice(at, span[1]))
    if (span[1] < text.length) fragment.append('…')
    return fragment
  }

  /* ---- Loading index files as classic scripts ---- */

  /** A loader of index files from the folder `base` (relative to the page), by <script src> elements. */
  function scriptLoader(base) {
    var waiting = new Map()
    var cache = new Map()
    var queue = (self.DOSSIER_SEARCH = self.DOSSIER_SEARCH || [])
    var deliver = function (entry) {
      var resolve = waiting.get(entry[0])
      if (resolve) {
        waiting.delete(entry[0])
        resolve(entry[1])
      }
    }
    queue.push = function () {
      for (var i = 0; i < arguments.length; i++) deliver(arguments[i])
      return 0
    }
    return function load(name) {
      if (!cache.has(name)) {
        cache.set(name, new Promise(function (resolve, reject) {
          var script = document.createElement('script')
          var fail = function () {
            waiting.delete(name)
            cache.delete(name)
            reject(new Error('could not read ' + base + name + '.js'))
          }
          waiting.set(name, resolve)
          script.src = base + name + '.js'
          script.async = true
          script.addEventListener('load', function () {
            script.remove()
            if (waiting.has(name)) fail()
          })
          script.addEventListener('error', function () {
            script.remove()
            fail()
          })
          document.head.append(script)
        }))
      }
      return cache.get(name)
    }
  }

  /* ---- The page ---- */

  var PAGE_SIZE = 20
  var SNIPPET_LENGTH = 240
  var DEBOUNCE_MS = 120

  /** Plural-aware count: "1 source", "3 sentences". */
  function count(n, one, many) {
    return n.toLocaleString('en') + ' ' + (n === 1 ? one : many)
  }

  /** Wires the search page: the form, the results list, keyboard moves and the status line. */
  function start(root) {
    var form = root.querySelector('form')
    var input = root.querySelector('input[type=search]')
    var status = root.querySelector('[role=status]')
    var list = root.querySelector('.search-results')
    var more = root.querySelector('.search-more')
    var engine = createEngine(scriptLoader(root.getAttribute('data-index') || 'search/'))
    var nojs = document.getElementById('search-nojs')
    if (nojs) nojs.hidden = true
    root.hidden = false

    var serial = 0
    var timer = 0
    var current = null
    var shown = 0

    /** Runs the query in the box; a newer query makes an older one's answer drop. */
    function run() {
      var query = input.value.trim()
      var mine = ++serial
      remember(query)
      if (!query) {
        list.replaceChildren()
        more.hidden = true
        status.textContent = ''
        current = null
        return Promise.resolve()
      }
      return engine.search(query).then(function (result) {
        if (mine !== serial) return
        current = result
        shown = 0
        list.replaceChildren()
        return showMore(mine).then(function () {
          if (mine === serial) status.textContent = summary(query, result)
        })
      }).catch(function (error) {
        if (mine === serial) status.textContent = 'The search index could not be loaded (' + error.message + ').'
      })
    }

    /** Appends the next page of results; resolves to the first link added. */
    function showMore(mine) {
      var batch = current.docs.slice(shown, shown + PAGE_SIZE)
      return engine.records(batch).then(function (records) {
        if (mine !== serial) return null
        var matched = new Set(current.matched)
        var firstLink = null
        records.forEach(function (record) {
          var item = resultItem(record, matched)
          if (!firstLink) firstLink = item.querySelector('a')
          list.append(item)
        })
        shown += batch.length
        var left = current.docs.length - shown
        more.hidden = left <= 0
        more.textContent = 'Show ' + Math.min(left, PAGE_SIZE) + ' more of ' + left.toLocaleString('en')
        return firstLink
      })
    }

    /** Keeps the query in the address, so Back from a result comes back to it. */
    function remember(query) {
      try {
        history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname.split('/').pop())
      } catch (_error) {
        // Some browsers refuse to change the address of a file:// page; searching works without it.
      }
    }

    /** Moves focus through the result links with the arrow keys, Home and End; Escape goes back to the box. */
    function move(event) {
      var links = Array.from(list.querySelectorAll('a'))
      var at = links.indexOf(document.activeElement)
      var target = null
      if (event.key === 'ArrowDown') target = at < 0 ? links[0] : links[at + 1] || (more.hidden ? null : more)
      else if (event.key === 'ArrowUp') target = at <= 0 ? input : links[at - 1]
      else if (event.key === 'Home' && at >= 0) target = links[0]
      else if (event.key === 'End' && at >= 0) target = links[links.length - 1]
      else if (event.key === 'Escape') target = input
      if (!target) return
      event.preventDefault()
      target.focus()
    }

    input.addEventListener('input', function () {
      clearTimeout(timer)
      timer = setTimeout(run, DEBOUNCE_MS)
    })
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') move(event)
    })
    list.addEventListener('keydown', move)
    more.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowUp' || event.key === 'Escape') move(event)
    })
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      clearTimeout(timer)
      run()
    })
    more.addEventListener('click', function () {
      var mine = serial
      showMore(mine).then(function (link) {
        if (link) link.focus()
      })
    })

    var initial = new URLSearchParams(location.search).get('q')
    if (initial) {
      input.value = initial
      run()
    }
  }

  /** The status line: how many results, of which kinds, or why there are none. */
  function summary(query, result) {
    if (result.terms.length === 0) return 'Type a more specific word: common words such as “the” are not indexed.'
    if (result.docs.length === 0) return 'No results for “' + query + '”.'
    var kinds = { topic: 0, source: 0, sentence: 0 }
    result.docs.forEach(function (doc) { kinds[kindOf(result, doc)]++ })
    var parts = []
    if (kinds.topic) parts.push(count(kinds.topic, 'topic', 'topics'))
    if (kinds.source) parts.push(count(kinds.source, 'source', 'sources'))
    if (kinds.sentence) parts.push(count(kinds.sentence, 'sentence', 'sentences'))
    var head = result.all ? count(result.docs.length, 'result', 'results') + ' for “' + query + '”' : 'No result has every word; ' + count(result.docs.length, 'result has', 'results have') + ' some of them'
    return head + ': ' + parts.join(', ') + '.'
  }

  /** One result: its kind, a link to the exact place, the matched words marked, and where it comes from. */
  function resultItem(record, matched) {
    var item = document.createElement('li')
    item.className = 'search-result search-result-' + record.kind
    var kind = document.createElement('span')
    kind.className = 'search-kind'
    kind.textContent = record.label
    var link = document.createElement('a')
    link.setAttribute('href', record.href)
    link.append(record.kind === 'sentence' ? highlighted(record.text, matched, SNIPPET_LENGTH) : highlighted(record.title, matched, 0))
    item.append(kind, link)
    var extra = record.kind === 'sentence' ? record.context : record.kind === 'topic' ? record.text : record.context
    if (extra) {
      var detail = document.createElement('span')
      detail.className = 'search-context'
      detail.append(record.kind === 'sentence' ? extra : highlighted(extra, matched, 0))
      item.append(detail)
    }
    return item
  }

  var api = {
    foldTerm: foldTerm,
    wordTokens: wordTokens,
    isIndexable: isIndexable,
    queryTerms: queryTerms,
    createEngine: createEngine,
    matchRanges: matchRanges,
    snippetWindow: snippetWindow,
  }
  self.DossierSearch = api

  if (typeof document !== 'undefined') {
    var root = document.getElementById('search')
    if (root) start(root)
  }
})()
