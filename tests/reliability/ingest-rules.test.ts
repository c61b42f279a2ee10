import { describe, expect, it } from 'vitest'
import { originalsByHash } from '../../src/ingest/articles-loader.ts'
import { textScript } from '../../src/ingest/text-script.ts'

describe('textScript: direction and language from the letters', () => {
  it('reads mostly-Arabic text right to left, as Arabic', () => {
    expect(textScript('قالت وزارة الدفاع الروسية إن طائراتها قصفت 24 هدفا (AFP).')).toEqual({ dir: 'rtl', lang: 'ar' })
  })

  it('gives no language for Persian or Urdu, which share the Arabic script', () => {
    expect(textScript('وزیر امور خارجه گفت که مذاکرات ادامه پیدا می‌کند')).toEqual({ dir: 'rtl', lang: null })
  })

  it('reads Hebrew right to left', () => {
    expect(textScript('שר החוץ הרוסי ייפגש עם השליח של האו"ם במוסקבה')).toEqual({ dir: 'rtl', lang: 'he' })
  })

  it('keeps English with an Arabic name left to right', () => {
    expect(textScript('The minister, quoted as saying محمد in the statement, left for Moscow on Tuesday.')).toEqual({ dir: 'ltr', lang: null })
  })

  it('tells Chinese, Japanese and Korean apart by their letters', () => {
    expect(textScript('俄罗斯外长拉夫罗夫将在莫斯科会见联合国特使。').lang).toBe('zh')
    expect(textScript('ロシア外相はモスクワで国連特使と会談する。').lang).toBe('ja')
    expect(textScript('러시아 외무장관은 모스크바에서 유엔 특사를 만난다.').lang).toBe('ko')
  })

  it('gives no language for Cyrillic or Latin text (several languages share them)', () => {
    expect(textScript('Министр иностранных дел России Сергей Лавров')).toEqual({ dir: 'ltr', lang: null })
    expect(textScript('Le ministre a quitté Paris mardi.')).toEqual({ dir: 'ltr', lang: null })
  })

  it('has nothing to say about text without letters', () => {
    expect(textScript('24 — 1,200 🔥')).toEqual({ dir: 'ltr', lang: null })
  })
})

describe('originalsByHash: which of identical files is read', () => {
  it('keeps the shortest path, then the first in code-point order, whatever the listing order', () => {
    const files = [
      { file: 'report copy.txt', hash: 'a' },
      { file: 'report.txt', hash: 'a' },
      { file: 'report (1).txt', hash: 'a' },
      { file: 'b.txt', hash: 'b' },
      { file: 'a.txt', hash: 'b' },
    ]
    const expected = new Map([['a', 'report.txt'], ['b', 'a.txt']])
    expect(originalsByHash(files)).toEqual(expected)
    expect(originalsByHash([...files].reverse())).toEqual(expected)
  })
})
