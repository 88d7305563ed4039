// Word lists that decide what a capitalised name is: a person, an organisation or a place.
// compromise's lexicon supplies countries, cities, regions, demonyms and given names; the lists here
// add what news copy needs beyond it (role nouns, organisation and place heads, news agencies).
import nlp from 'compromise';
import { wordKey } from './text.ts';

type LexiconTag = string | string[];

let lexiconCache: Record<string, LexiconTag> | null = null;
function lexicon(): Record<string, LexiconTag> {
  // The lexicon is built once per process; reading it is a plain object lookup afterwards.
  lexiconCache ??= (nlp.model() as { one: { lexicon: Record<string, LexiconTag> } }).one.lexicon;
  return lexiconCache;
}

function tagsOf(word: string): string[] {
  const tag = lexicon()[word.toLowerCase()];
  if (!tag) return [];
  return Array.isArray(tag) ? tag : [tag];
}


// Places compromise does not list but news copy names often; kept to regions, not tuned to any article.
const EXTRA_PLACES = new Set(
  [
    'gaza', 'gaza strip', 'west bank', 'middle east', 'east jerusalem', 'rafah', 'khan younis', 'jabalia', 'golan heights',
    'sinai', 'donbas', 'crimea', 'kharkiv', 'kherson', 'mariupol', 'zaporizhzhia', 'darfur', 'khartoum', 'tigray',
    'amhara', 'kashmir', 'punjab', 'sahel', 'balochistan', 'kurdistan', 'idlib', 'latakia', 'antakya', 'hatay',
    'derna', 'benghazi', 'tripoli', 'mosul', 'raqqa', 'homs', 'kabul', 'herat', 'kandahar', 'kathmandu', 'pokhara',
    'dhaka', 'yangon', 'mandalay', 'sagaing', 'goma', 'kinshasa', 'kampala', 'harare', 'lagos', 'abuja', 'maiduguri',
    'mogadishu', 'port-au-prince', 'haiti', 'gonaives', 'mindanao', 'visayas', 'luzon', 'cebu', 'bohol', 'leyte',
    'sumatra', 'java', 'sulawesi', 'lombok', 'bali', 'kyushu', 'hokkaido', 'honshu', 'maui', 'lahaina', 'hawaii',
    'africa', 'asia', 'europe', 'latin america', 'north america', 'south america', 'oceania', 'antarctica', 'arctic',
    'caribbean', 'mediterranean', 'atlantic', 'pacific', 'balkans', 'gulf', 'horn of africa', 'north kivu', 'south kivu',
  ],
);

// Acronyms that name countries or regions rather than organisations.
const PLACE_ACRONYMS = new Set(['us', 'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'drc', 'car', 'eu', 'e.u.']);
// Of those, the ones that are bodies rather than territories.
const ORG_PLACE_ACRONYMS = new Set(['eu', 'e.u.']);

// Organisations named without a telltale head word.
const KNOWN_ORGS = new Set(
  [
    'reuters', 'afp', 'ap', 'associated press', 'agence france-presse', 'bbc', 'cnn', 'efe', 'xinhua', 'al jazeera', 'tass',
    'ria novosti', 'interfax', 'anadolu', 'kyodo', 'yonhap', 'bernama', 'wafa', 'sana', 'irna', 'nbc', 'cbs', 'abc news',
    'fox news', 'sky news', 'hamas', 'hezbollah', 'houthis', 'taliban', 'isis', 'al-shabaab', 'al-qaeda', 'boko haram',
    'wagner', 'idf', 'nato', 'unicef', 'unhcr', 'unrwa', 'ocha', 'who', 'fema', 'usgs', 'interpol', 'europol',
    'united nations', 'u.n.', 'un', 'european union', 'african union', 'red cross', 'red crescent', 'pentagon', 'kremlin',
    'white house', 'downing street', 'congress', 'senate', 'parliament', 'knesset', 'duma', 'amnesty international',
    'human rights watch', 'oxfam', 'save the children', 'médecins sans frontières', 'doctors without borders', 'msf',
    'google', 'meta', 'facebook', 'twitter', 'youtube', 'tiktok', 'boeing', 'airbus',
  ],
);

// Capitalised words that make a sequence an organisation: "the State Department", "Yeti Airlines".
const ORG_HEADS = new Set(
  [
    'ministry', 'department', 'court', 'council', 'agency', 'organization', 'organisation', 'office', 'police',
    'army', 'forces', 'force', 'guard', 'guards', 'committee', 'commission', 'authority', 'union', 'nations', 'bank',
    'fund', 'programme', 'program', 'party', 'front', 'movement', 'group', 'institute', 'university', 'college',
    'school', 'hospital', 'clinic', 'airlines', 'airline', 'airways', 'air', 'company', 'corporation', 'corp', 'inc',
    'ltd', 'plc', 'llc', 'news', 'times', 'post', 'press', 'journal', 'herald', 'tribune', 'telegraph', 'guardian',
    'observatory', 'service', 'services', 'survey', 'cross', 'crescent', 'association', 'federation', 'foundation',
    'alliance', 'coalition', 'network', 'board', 'bureau', 'administration', 'senate', 'congress', 'parliament',
    'assembly', 'government', 'cabinet', 'directorate', 'secretariat', 'centre', 'center', 'centers', 'centres',
    'brigade', 'brigades', 'battalion', 'regiment', 'corps', 'navy', 'command', 'consultants', 'group', 'holdings',
    'society', 'league', 'club', 'team', 'watch', 'international', 'media', 'television', 'radio', 'broadcasting',
    'channel', 'daily', 'gazette', 'magazine', 'railways', 'railway', 'laboratory', 'laboratories', 'prison',
    'embassy', 'consulate', 'mission', 'taskforce', 'unit', 'squad', 'militia', 'directorate', 'tribunal',
    // Company names end in their trade: "Appalachian Ridge Energy", "Ocean Star Shipping Lines".
    'energy', 'mining', 'minerals', 'resources', 'petroleum', 'oil', 'gas', 'power', 'electric', 'utilities', 'shipping',
    'lines', 'logistics', 'motors', 'industries', 'construction', 'pharmaceuticals', 'llp', 'co', 'limited', 'enterprises',
  ],
);

// Lowercase nouns after a name that make it an organisation: "the Gran Grif gang", "the Wagner group".
export const ORG_TAIL_NOUNS = new Set(['gang', 'group', 'militia', 'party', 'company', 'movement', 'faction', 'cartel', 'network', 'airline', 'firm', 'newspaper', 'agency', 'organisation', 'organization', 'charity']);

// Capitalised words that make a sequence a place: "Siargao Island", "Seti River".
const PLACE_HEADS = new Set(
  [
    'city', 'province', 'island', 'islands', 'river', 'mountains', 'mountain', 'mount', 'valley', 'strip', 'bank',
    'coast', 'sea', 'ocean', 'gulf', 'bay', 'lake', 'county', 'state', 'republic', 'kingdom', 'region', 'district',
    'peninsula', 'desert', 'heights', 'gorge', 'canyon', 'plain', 'plains', 'delta', 'square', 'street', 'avenue',
    'road', 'bridge', 'airport', 'port', 'harbour', 'harbor', 'camp', 'village', 'town', 'highway', 'park', 'beach',
    'territory', 'territories', 'governorate', 'prefecture', 'oblast', 'emirate', 'archipelago', 'hills', 'forest',
  ],
);

// Lowercase nouns after a name that make it a place: "Herat city", "Sagaing region".
export const PLACE_TAIL_NOUNS = new Set(['city', 'province', 'region', 'state', 'district', 'village', 'town', 'county', 'island', 'river', 'valley', 'prefecture', 'governorate', 'neighbourhood', 'neighborhood', 'suburb', 'area', 'municipality', 'township', 'camp', 'refugee', 'border', 'coast', 'capital', 'port', 'oblast', 'department']);

// Role nouns: the head of a title or description of a person ("spokesman", "Secretary", "mayor").
const ROLE_HEADS = new Set(
  [
    'president', 'vice-president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head',
    'leader', 'mayor', 'governor', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'lawmaker',
    'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'ambassador', 'envoy', 'director',
    'director-general', 'commissioner', 'commander', 'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain',
    'capt.', 'major', 'sergeant', 'sgt.', 'officer', 'official', 'spokesperson', 'manager', 'chairman', 'chairwoman',
    'chair', 'chairperson', 'ceo', 'founder', 'coordinator', 'administrator', 'adviser', 'advisor', 'counsellor',
    'counselor', 'attorney', 'lawyer', 'judge', 'justice', 'prosecutor', 'sheriff', 'deputy', 'inspector', 'superintendent',
    'constable', 'detective', 'trooper', 'marshal', 'firefighter', 'doctor', 'dr.', 'nurse', 'surgeon', 'physician',
    'professor', 'prof.', 'researcher', 'scientist', 'expert', 'analyst', 'economist', 'seismologist', 'meteorologist',
    'epidemiologist', 'engineer', 'pilot', 'witness', 'survivor', 'resident', 'worker', 'volunteer', 'activist',
    'journalist', 'reporter', 'correspondent', 'editor', 'author', 'pastor', 'priest', 'bishop', 'archbishop', 'pope',
    'imam', 'rabbi', 'cleric', 'monk', 'teacher', 'student', 'farmer', 'fisherman', 'shopkeeper', 'owner', 'counterpart',
    'representative', 'delegate', 'negotiator', 'mediator', 'candidate', 'councillor', 'councilor', 'councilman',
    'councilwoman', 'alderman', 'speaker', 'whip', 'mp', 'mep', 'legislator', 'premier', 'monarch', 'dictator',
    'warlord', 'commandant', 'admiral', 'brigadier', 'marshal', 'head', 'boss', 'executive', 'president-elect',
    'rapporteur', 'coroner', 'paramedic', 'medic', 'rescuer', 'ranger', 'guard', 'diplomat', 'investigator',
    'specialist', 'consultant', 'vice', 'secretary-general', 'under-secretary', 'undersecretary', 'aide', 'staffer',
    'organiser', 'organizer', 'member', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife',
    'uncle', 'aunt', 'grandmother', 'grandfather', 'cousin', 'neighbour', 'neighbor', 'friend', 'victim', 'relative',
    'fighter', 'soldier', 'militant', 'rebel', 'refugee', 'evacuee', 'patient', 'mp', 'ombudsman', 'auditor', 'treasurer',
    'passenger', 'driver', 'tourist', 'climber', 'hiker', 'vendor', 'trader', 'shopkeeper', 'mechanic', 'labourer', 'laborer',
    'miner', 'sailor', 'fisherman', 'herder', 'nun', 'chaplain', 'principal', 'headteacher', 'dean', 'lecturer', 'master',
    'photographer', 'filmmaker', 'writer', 'poet', 'singer', 'actor', 'actress', 'athlete', 'coach', 'player', 'captain',
  ],
);

// Words that may qualify a role inside a title: "Defense Minister", "permanent secretary", "police chief".
const ROLE_MODIFIERS = new Set(
  [
    'prime', 'foreign', 'defense', 'defence', 'interior', 'health', 'finance', 'justice', 'deputy', 'acting', 'former',
    'senior', 'junior', 'permanent', 'chief', 'police', 'fire', 'army', 'military', 'state', 'assistant', 'associate',
    'executive', 'general', 'regional', 'provincial', 'local', 'national', 'federal', 'county', 'city', 'district',
    'top', 'head', 'lead', 'principal', 'vice', 'second', 'first', 'attorney', 'marketing', 'communications', 'press',
    'public', 'information', 'disaster', 'emergency', 'aid', 'rescue', 'relief', 'humanitarian', 'rights', 'human',
    'civil', 'election', 'electoral', 'medical', 'education', 'transport', 'energy', 'trade', 'economy', 'environment',
    'agriculture', 'culture', 'security', 'intelligence', 'media', 'opposition', 'party', 'opposition', 'cabinet',
    'presidential', 'government', 'ministry', 'department', 'hospital', 'village', 'community', 'tribal', 'religious',
    'communication', 'operations', 'field', 'country', 'programme', 'program', 'project', 'group', 'gang', 'rebel',
    'militia', 'union', 'team', 'crisis', 'safety', 'affairs', 'home', 'water', 'housing', 'labour', 'labor', 'of',
    'u.s.', 'us', 'u.n.', 'un', 'eu', 'uk', 'for', 'supreme', 'high', 'special', 'managing', 'elected', 'outgoing',
    'incoming', 'longtime', 'veteran', 'retired', 'independent', 'interim', 'lead', 'staff', 'sales', 'news',
  ],
);

// Honorifics that announce a person's name.
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'capt.', 'sgt.', 'rev.', 'fr.', 'sheikh', 'imam', 'rabbi', 'pastor', 'father', 'sister', 'brother', 'cardinal', 'bishop', 'archbishop', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'maj.', 'adm.', 'cpl.', 'pvt.', 'det.', 'insp.', 'supt.', 'judge', 'justice']);

// Capitalised words that are never a name by themselves.
const NOT_NAMES = new Set(
  [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
    'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'as', 'after', 'before',
    'but', 'and', 'or', 'if', 'when', 'while', 'since', 'during', 'despite', 'although', 'though', 'because', 'so',
    'yet', 'also', 'meanwhile', 'however', 'earlier', 'later', 'then', 'there', 'here', 'what', 'who', 'why', 'how',
    'where', 'which', 'some', 'many', 'most', 'more', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three',
    'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'about', 'around', 'nearly', 'almost', 'over', 'under',
    'according', 'among', 'amid', 'following', 'until', 'once', 'about', 'other', 'another', 'such', 'several', 'few',
    'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'new', 'breaking', 'update', 'updated', 'read',
    'photo', 'video', 'watch', 'see', 'editing', 'reporting', 'writing', 'additional', 'mr', 'mrs', 'ms', 'dr', 'is',
    'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do',
    'does', 'did', 'be', 'been', 'being', 'just', 'only', 'even', 'still', 'already', 'again', 'instead', 'thus',
    'ebola', 'covid', 'covid-19', 'cholera', 'typhoid', 'malaria', 'measles', 'dengue', 'mpox', 'anthrax', 'polio',
    'god', 'allah', 'christmas', 'easter', 'ramadan', 'eid', 'internet', 'online', 'x', 'ok',
  ],
);

const MONTHS_AND_DAYS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/;

export function isMonthOrDay(word: string): boolean {
  return MONTHS_AND_DAYS.test(word.toLowerCase());
}

export function isNotName(word: string): boolean {
  // "WHO", "IT": an all-capital word is an acronym, not the function word it spells.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  const key = wordKey(word);
  return NOT_NAMES.has(key) || isMonthOrDay(key);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(wordKey(word));
}

export function isRoleHead(word: string): boolean {
  const key = wordKey(word);
  return ROLE_HEADS.has(key) || ROLE_HEADS.has(key.replace(/s$/, ''));
}

export function isRoleWord(word: string): boolean {
  const key = wordKey(word);
  return isRoleHead(key) || ROLE_MODIFIERS.has(key);
}

export function isOrgHead(word: string): boolean {
  return ORG_HEADS.has(wordKey(word));
}

export function isPlaceHead(word: string): boolean {
  return PLACE_HEADS.has(wordKey(word));
}

/** "Israeli", "Jordanian", "Americans": adjectives and nouns of nationality, never people or places. */
export function isDemonym(word: string): boolean {
  const key = wordKey(word);
  if (tagsOf(key).includes('Demonym')) return true;
  const singular = key.replace(/s$/, '');
  return tagsOf(singular).includes('Demonym') || /^(?:palestinian|israeli|ukrainian|syrian|afghan|nepali|haitian|congolese|tigrayan|alawite|sunni|shia|shiite|kurdish|rohingya|yemeni|sudanese|somali|ethiopian|eritrean|lebanese|iraqi|iranian)s?$/.test(key);
}

export function isKnownPlace(phrase: string): boolean {
  const key = wordKey(phrase);
  if (EXTRA_PLACES.has(key)) return true;
  if (PLACE_ACRONYMS.has(key) && !ORG_PLACE_ACRONYMS.has(key)) return true;
  const tags = tagsOf(key);
  return tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place');
}

export function isKnownOrg(phrase: string): boolean {
  const key = wordKey(phrase);
  if (KNOWN_ORGS.has(key) || ORG_PLACE_ACRONYMS.has(key)) return true;
  return tagsOf(key).includes('Organization');
}

export function isPlaceAcronym(word: string): boolean {
  const key = wordKey(word);
  return PLACE_ACRONYMS.has(key) && !ORG_PLACE_ACRONYMS.has(key);
}

/** A given name in compromise's lexicon: "John", "Maria". */
export function isGivenName(word: string): boolean {
  const tags = tagsOf(word);
  return tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

export function isSurname(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** A word compromise knows as ordinary vocabulary (not a name): "Rescuers", "Officials", "Police". */
export function isCommonWord(word: string): boolean {
  const key = wordKey(word);
  const tags = [...tagsOf(key), ...tagsOf(key.replace(/s$/, ''))];
  if (!tags.length) return false;
  return !tags.some((t) => /Name|Person|Place|City|Country|Region|Organization|ProperNoun/.test(t));
}
