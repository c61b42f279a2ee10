/**
 * The writing direction of a text, and its language where the script alone tells it. A source
 * written mostly in Arabic or Hebrew letters reads right to left (`dir="rtl"`); `lang` is given
 * only when the letters leave little doubt (kana → Japanese, Hangul → Korean, Han alone → Chinese,
 * Hebrew, Greek, Thai, Arabic without the letters Persian or Urdu add), never guessed from words.
 */

/** What the letters of a text say about how to set it. */
export interface TextScript {
  dir: 'ltr' | 'rtl'
  /** A BCP 47 language tag, or null when the script does not tell. */
  lang: string | null
}

/** Letters of the right-to-left scripts. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** Letters Persian and Urdu add to the Arabic alphabet (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ھ). */
const PERSIAN_URDU = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06d2\u06be]/u

/** Counts of each script that decides something, over the letters of a text. */
interface Counts {
  letters: number
  rtl: number
  arabic: number
  hebrew: number
  kana: number
  hangul: number
  han: number
  greek: number
  thai: number
}

/** Tests of each counted script. */
const SCRIPTS: [Exclude<keyof Counts, 'letters' | 'rtl'>, RegExp][] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['thai', /\p{Script=Thai}/u],
]

/** Any letter of a script counted here (Latin, Cyrillic and punctuation decide nothing). */
const DECISIVE_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Han}\p{Script=Greek}\p{Script=Thai}]/u

/** Counts the letters of a text by script. */
function countScripts(text: string): Counts {
  const counts: Counts = { letters: 0, rtl: 0, arabic: 0, hebrew: 0, kana: 0, hangul: 0, han: 0, greek: 0, thai: 0 }
  for (const [letter] of text.matchAll(/\p{L}/gu)) {
    counts.letters++
    if (letter.charCodeAt(0) < 0x250) continue // Latin: none of the scripts below (most text; keeps this fast)
    if (RTL_LETTER.test(letter)) counts.rtl++
    for (const [name, test] of SCRIPTS) {
      if (test.test(letter)) {
        counts[name]++
        break
      }
    }
  }
  return counts
}

/** More than half of the letters. */
function most(part: number, counts: Counts): boolean {
  return part * 2 > counts.letters
}

/** The direction and, when the script tells, the language of a text (the joined text of a source). */
export function textScript(text: string): TextScript {
  if (!DECISIVE_LETTER.test(text)) return { dir: 'ltr', lang: null } // no letter of a script that decides anything: the usual case, in one scan
  const counts = countScripts(text)
  const dir = most(counts.rtl, counts) ? 'rtl' : 'ltr'
  return { dir, lang: languageOf(counts, text) }
}

/** The language the letters point to, or null. */
function languageOf(counts: Counts, text: string): string | null {
  if (most(counts.arabic, counts)) return PERSIAN_URDU.test(text) ? null : 'ar'
  if (most(counts.hebrew, counts)) return 'he'
  if (counts.kana > 0 && most(counts.kana + counts.han, counts)) return 'ja'
  if (most(counts.hangul, counts)) return 'ko'
  if (most(counts.han, counts)) return 'zh'
  if (most(counts.greek, counts)) return 'el'
  if (most(counts.thai, counts)) return 'th'
  return null
}
