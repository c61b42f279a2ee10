import { describe, expect, it } from 'vitest'
import { detectCandidates } from '../../src/analyze/detect-candidates.ts'
import { sentence } from './helpers.ts'

const never = (_key: string) => false
const common = (key: string) => ['according', 'last', 'thousands', 'north', 'forces'].includes(key)
const texts = (text: string, isCommon = never) => detectCandidates(sentence(text), isCommon).map((candidate) => candidate.text)

describe('detectCandidates', () => {
  it('cuts titles off names', () => {
    expect(texts('It said the Russian Foreign Minister Sergei Lavrov will go.')).toEqual(['Sergei Lavrov'])
    expect(texts('He quoted senior military official Andrei Kartapolov.')).toEqual(['Andrei Kartapolov'])
  })

  it('keeps particles and hyphenated parts inside names', () => {
    expect(texts('Forces of Bashar al-Assad and Kim Jong-un met Staffan de Mistura.', common)).toEqual(['Bashar al-Assad', 'Kim Jong-un', 'Staffan de Mistura'])
  })

  it('records an acronym defined in brackets', () => {
    const [candidate] = detectCandidates(sentence('the Syrian Observatory for Human Rights (SOHR) said'), never)
    expect(candidate!.text).toBe('Syrian Observatory for Human Rights')
    expect(candidate!.defines).toBe('SOHR')
    expect(candidate!.cues).toContain('organization')
  })

  it('drops weekdays, months, boilerplate and grammatical capitals', () => {
    expect(texts('According to Kartapolov, jets flew on Tuesday in September.', common)).toEqual(['Kartapolov'])
    expect(texts('Photo by AP (Archive)')).toEqual(['AP'])
  })

  it('gives places in a list the place cue of the list', () => {
    const candidates = detectCandidates(sentence('hit targets close to Palmyra, Deir Ezzor, Ithriya and eastern Aleppo'), never)
    expect(candidates.map((candidate) => candidate.cues.includes('place'))).toEqual([true, true, true, true])
  })

  it('ignores capitals in a Title Case headline', () => {
    expect(detectCandidates(sentence('Russia Claims Syrian Opposition Gave Coordinates For Strike', 'title'), never)).toEqual([])
  })
})

describe('names the rules used to miss', () => {
  const found = (text: string, isCommon = never) => detectCandidates(sentence(text), isCommon)
  it('reads a short month name opening a full name as a first name, not a date', () => {
    expect(texts('Its former chief operating officer Jan Marsalek was fired.')).toContain('Jan Marsalek')
    expect(texts('It happened on Jan 5 in Paris.')).not.toContain('Jan')
  })
  it('does not take a country for the plural of its demonym', () => {
    expect(texts('The central bank of the Philippines said so.')).toContain('Philippines')
    expect(texts('Syrians fled the town.')).not.toContain('Syrians')
  })
  it('drops a portfolio in ordinary words before a title', () => {
    const isCommon = (key: string) => key === 'transport'
    expect(texts('German Transport Minister Jonas Reiter promised money.', isCommon)).toEqual(['Jonas Reiter'])
  })
  it('cues compound bank names and appositions', () => {
    expect(found('The index dropped Commerzbank.').find((c) => c.text === 'Commerzbank')?.cues).toContain('organization')
    expect(found('Residents of Wilhelmsburg, the district nearby, wait.').find((c) => c.text === 'Wilhelmsburg')?.cues).toContain('place')
  })
  it('takes a bracketed acronym from another language, but not an agency credit', () => {
    expect(found('The Federal Bureau of Maritime Casualty Investigation (BSU) opened an inquiry.')[0]?.defines).toBe('BSU')
    expect(found('Vladimir Putin (AFP) said.')[0]?.defines).toBeNull()
  })
})
