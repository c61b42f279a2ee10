/**
 * General knowledge the rules cannot infer from one corpus: the short forms of countries
 * ("US", "UK", "DRC") and well-known organisations and news agencies ("AP", "AFP", "NATO"),
 * whose bare letters say nothing about their kind. Folded keys (lower case, no dots or accents).
 * compromise's lexicon covers most full country and city names; this fills what it does not.
 */
import type { TopicKind } from '../model.ts'

/** Builds a key → kind table from space-separated lists ("_" joins the words of one name). */
function table(lists: Partial<Record<TopicKind, string>>): ReadonlyMap<string, TopicKind> {
  const map = new Map<string, TopicKind>()
  for (const [kind, names] of Object.entries(lists) as [TopicKind, string][]) {
    for (const name of names.split(/\s+/).filter(Boolean)) map.set(name.replace(/_/g, ' '), kind)
  }
  return map
}

const KNOWN = table({
  place: `
    us usa uk gb uae drc prc dprk ussr
    united_states united_kingdom great_britain britain america england scotland wales northern_ireland
    russia ukraine belarus china taiwan japan india pakistan afghanistan iran iraq syria lebanon israel
    jordan egypt libya tunisia algeria morocco sudan south_sudan ethiopia eritrea somalia kenya uganda
    nigeria niger mali chad ghana senegal cameroon congo angola mozambique zimbabwe zambia south_africa
    turkey greece cyprus germany france spain portugal italy netherlands belgium poland hungary romania
    bulgaria serbia croatia bosnia kosovo albania austria switzerland sweden norway denmark finland
    ireland iceland estonia latvia lithuania moldova georgia armenia azerbaijan kazakhstan uzbekistan
    saudi_arabia yemen oman qatar bahrain kuwait palestine gaza west_bank brazil argentina chile peru
    colombia venezuela mexico canada cuba haiti australia new_zealand indonesia malaysia philippines
    vietnam thailand myanmar cambodia laos bangladesh nepal sri_lanka north_korea south_korea mongolia
  `,
  organization: `
    ap afp reuters upi dpa efe ansa xinhua tass ria interfax itar-tass kyodo yonhap anadolu pti bbc cnn
    nbc cbs abc pbs npr aljazeera al_jazeera trt
    un nato who imf wto opec icc icj iaea unicef unhcr unesco wfp osce asean au ecb fbi cia nsa kgb fsb
    gru mi5 mi6 hrw amnesty_international red_cross icrc msf
    european_union united_nations world_health_organization world_bank security_council
  `,
})

/** The kind general knowledge gives a folded name, or null when it has none. */
export function knownKind(key: string): TopicKind | null {
  return KNOWN.get(key) ?? null
}
