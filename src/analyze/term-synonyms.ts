/**
 * News wording that says the same thing with different words: "killed" / "died" / "death toll",
 * "jets" / "warplanes", "troops" / "soldiers". Folding them into one term lets reworded reports
 * of one claim meet. General newsroom vocabulary only; nothing about any one story.
 */

/** Builds the synonym table from groups: every word maps to the group's first word. */
function table(groups: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  for (const group of groups) {
    const [head, ...rest] = group.split(/\s+/).filter(Boolean)
    for (const word of [head!, ...rest]) map.set(word, head!)
  }
  return map
}

const SYNONYMS = table([
  'die died dies dead death deaths toll killed kill kills killing fatalities fatality perished',
  'injure injured wounded wounding injuries injury hurt',
  'strike strikes struck bombed bombing bombs bomb airstrike airstrikes raid raids attacked attack attacks shelled shelling hit hits crashed crash crashes slammed slam slams rammed collided',
  'aircraft jets jet warplanes warplane planes plane fighter fighters bombers',
  'soldier soldiers troops troop servicemen personnel',
  'launch launched launches fired', // not "fire": a fire that burns is no launch
  'missile missiles rocket rockets projectile projectiles',
  'meet met meeting meetings talks',
  'accuse accused accuses accusing blamed blame blames',
  'campaign offensive operation operations',
  'begin began begun started start starts beginning',
  'help aid assist assistance support',
  'rain rainfall downpour downpours',
  'flood floods flooding flooded',
  'say said says told tell stated announced reported claimed claims added',
  'protest protests demonstration demonstrations rally rallies',
  'arrest arrested arrests detained detain detention',
  'election elections vote votes ballot poll polls',
  'government administration cabinet',
  'agency agencies',
  'warn warned warns warning threatened threaten threatens',
  'cooperation co-operation collaboration',
  'big large largest biggest major',
  'send sent deployed deploy dispatched',
  // Office and courts: how reporters vary the same act.
  'resign resigned resigns resigning resignation quit quits quitting',
  'convict convicted convicts conviction guilty',
  'jail jailed jails prison imprisoned imprisonment',
  'ban banned bans banning barred barring',
  'deny denied denies denying denial innocence innocent',
  'prosecutor prosecutors prosecution',
  'lawyer lawyers attorney attorneys',
  'investigation investigations inquiry inquiries probe probes',
  'bribe bribes bribery kickback kickbacks',
  'corruption graft',
  'ceo boss',
  // People and things: the same referent in other words.
  'company companies firm firms',
  'ship ships vessel vessels freighter freighters',
  'car cars vehicle vehicles',
  'truck trucks lorry lorries hgv',
  'fire fires blaze blazes flames inferno',
  'escape escaped escapes escaping fled flee flees fleeing',
  'closed closes closure shut shuts shutting', // not bare "close": close to, at close range
  'house houses home homes',
  'money cash funds',
  'receive received receives receiving pocketed pocketing accepted',
  'missing unaccounted',
  'rescue rescued rescues rescuing rescuer rescuers',
  'distress mayday',
  'hospital hospitalised hospitalized hospitalisation hospitalization',
  // Movements of numbers.
  'fall fell falls falling plunged plunge slumped slump tumbled',
  'rise rose risen rises rising climbed climb increased',
  'halt halted halts suspend suspended suspends suspension',
])

/** Two-word verbs that mean one of the words above ("stepped down" = resigned). */
const PHRASES = new Map(Object.entries({
  'step down': 'resign', 'steps down': 'resign', 'stepped down': 'resign', 'stepping down': 'resign',
  'stand down': 'resign', 'stands down': 'resign', 'stood down': 'resign',
  'chief executive': 'ceo', 'found guilty': 'convict', 'behind bars': 'jail',
  'got out': 'escape', 'get out': 'escape', 'pulled from': 'rescue', 'plucked from': 'rescue',
  'caught fire': 'fire',
}))
const PHRASE_STARTS = new Set([...PHRASES.keys()].map((phrase) => phrase.split(' ')[0]!))

/** Whether some two-word phrase starts with this folded word (canonicalPhrase is undefined for any other). */
export function startsPhrase(first: string): boolean {
  return PHRASE_STARTS.has(first)
}

/** The canonical word for two folded words read as one ("stepped down" → "resign"), or undefined. */
export function canonicalPhrase(first: string, second: string): string | undefined {
  return PHRASE_STARTS.has(first) ? PHRASES.get(`${first} ${second}`) : undefined
}

/** The canonical word for a folded, unstemmed word (itself when it has no synonym). */
export function canonicalWord(word: string): string {
  return SYNONYMS.get(word) ?? word
}
