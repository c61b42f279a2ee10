/*
 * Sidenotes: on a source page, a copy of each footnote is set beside its reference, where CSS shows
 * it in the margin on wide screens (and hides it elsewhere and in print). The copy is hidden from
 * assistive technology, which reads the footnote itself, and its links are out of the tab order.
 * Without JavaScript the notes are still there, as footnotes.
 */
'use strict'
;(function () {
  var references = document.querySelectorAll('sup.note-ref > a[data-footnote-ref]')
  for (var i = 0; i < references.length; i++) {
    var reference = references[i]
    var item = document.getElementById(decodeURIComponent(reference.getAttribute('href').slice(1)))
    if (!item) continue
    var note = document.createElement('span')
    note.className = 'sidenote ' + item.className
    note.setAttribute('aria-hidden', 'true')
    var number = document.createElement('span')
    number.className = 'sidenote-number'
    number.textContent = reference.textContent
    note.append(number, ' ')
    for (var child = item.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && child.classList.contains('footnote-back')) continue
      note.append(child.cloneNode(true))
    }
    var links = note.querySelectorAll('a')
    for (var k = 0; k < links.length; k++) links[k].tabIndex = -1
    reference.parentNode.after(note)
  }
})()
