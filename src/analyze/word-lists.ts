/**
 * Closed word lists the rules rely on: function words, titles, calendar words, boilerplate.
 * All entries are folded (lower case, no accents).
 */

/** Builds a set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean))
}

/** English function words and very common verbs: never content, never a name on their own. */
export const STOPWORDS = words(`
  a an the and or but nor so yet for of in on at to from by with without within into onto upon
  about above across after against along amid among around as before behind below beneath beside
  besides between beyond during except inside near off out outside over past since than through
  throughout till toward towards under underneath unlike until up via per
  i me my mine myself you your yours yourself he him his himself she her hers herself it its itself
  we us our ours ourselves they them their theirs themselves who whom whose which what that this
  these those there here where when why how whether if then else also too very just only even
  not no nor all any both each few more most other some such own same than
  is are was were be been being am do does did doing done have has had having will would shall
  should can could may might must ought
  said says say saying told tells tell added adding according
  one ones another every either neither much many several
  mr mrs ms dr
  s t don
  while although though because however moreover meanwhile furthermore therefore thus still
  last next first second new old now today yesterday tomorrow ago later earlier already again
  week weeks month months year years day days time times
`)

/** Words that, capitalised before a name, make it a person: titles, offices, ranks, roles. */
export const TITLE_WORDS = words(`
  president vice minister prime deputy secretary general spokesman spokeswoman spokesperson envoy
  ambassador chancellor king queen prince princess sheikh emir sultan senator sen governor gov mayor
  chief commander colonel col lieutenant lt major maj captain capt sergeant sgt admiral adm marshal
  brigadier officer official leader chairman chairwoman chair director head judge justice pope
  cardinal bishop archbishop rabbi imam ayatollah cleric mr mrs ms dr prof professor rep
  representative premier ceo founder coach analyst expert researcher correspondent reporter editor
  journalist activist inspector superintendent detective commissioner speaker mufti patriarch
  pastor father lawyer attorney prosecutor
`)

/** Qualifiers of a title: "Foreign" in "Foreign Minister", "senior" in "senior military official". */
export const TITLE_MODIFIERS = words(`
  foreign defence defense interior finance economy health justice home state military senior
  top former acting deputy vice junior chief first general supreme high army navy air force
  opposition government rebel regime police north south east west eastern western northern southern
  central regional
`)

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun')

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`)

/** Capitalised words that outlets' page furniture brings: never a topic. */
export const BOILERPLATE = words(`
  photo photos picture image images video archive file related story stories updated update read
  more share click subscribe copyright caption credit advertisement live watch follow listen
  agencies writer reporting editing breaking exclusive opinion analysis comment
`)

/** Pronouns and other words that open sentences but never name anything. */
export const NEVER_NAMES = words(`
  i he she it we they you me him her us them his its our their this that these those there here
  the a an mr mrs ms dr
`)

/** Lower-case particles that may sit inside a name: "Bashar al-Assad", "Staffan de Mistura". */
export const NAME_PARTICLES = words('al el ad ar as ash at az ibn bin bint abu de del della der di da das dos du la le van von den ter ten y')

/** Words that may join capitalised words into one name: "Bank of England", "Observatory for Human Rights". */
export const NAME_CONNECTORS = words('of for the')

/** Head nouns of organisations: "Syrian Observatory for Human Rights", "Interfax news agency". */
export const ORG_WORDS = words(`
  ministry ministries observatory council union nations organisation organization organisations
  organizations agency agencies party committee commission army forces force group coalition front
  bank university college court parliament assembly department office police news times post press
  institute foundation association federation league corporation company inc corp ltd plc
  brigade brigades movement alliance network service services guard guards bureau authority
  administration government regime congress senate cabinet church mission fund program programme
  centre center board club team airline airlines tribunal network channel radio television tv
  ministry's hezbollah taliban
`)

/** Head nouns of places: "Gulf of Aden", "Aleppo province". */
export const PLACE_WORDS = words(`
  city town village province region district state county river sea ocean gulf bay island islands
  mountain mountains valley desert border capital airport base port street square strait peninsula
  governorate oblast camp lake coast
`)

/** Prepositions after which a name is usually a place. */
export const PLACE_PREPOSITIONS = words('in near at from into across outside towards toward around throughout inside to')

/** Verbs that report speech. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states declared declares announced announces
  explained explains insisted insists claimed claims warned warns noted notes wrote writes
  asked asks replied replies continued continues argued argues urged urges stressed stresses
  remarked remarks commented comments confirmed confirms denied denies acknowledged admitted
  tweeted posted
`)

/** Verbs that frame a short quoted word: `X called it "useful"`. */
export const FRAMING_VERBS = words('called calls calling described describes describing termed terms dubbed dubs labelled labeled branded warned promised threatened vowed pledged ordered urged demanded')

/** Hedge words whose presence in one version of a claim and absence in another is worth noting. */
export const HEDGES = words('reportedly allegedly apparently believed purportedly unconfirmed possibly probably')
