/** Words around and inside capitalised names that tell a person from an organisation or a place. */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word.length > 0));
}

/** Capitalised titles before a person's name (compared lower-cased, without a final period). */
export const PERSON_TITLES = words(`
  president vice-president prime minister secretary chancellor premier king queen prince princess emperor empress
  pope sheikh ayatollah senator sen rep representative congressman congresswoman governor gov mayor judge justice
  general gen admiral adm colonel col lieutenant lt captain capt sergeant sgt commander cmdr major maj chief
  director ambassador mr mrs ms dr prof professor sir dame lord lady rev reverend bishop cardinal archbishop father
  coach chairman chairwoman chairperson ceo spokesman spokeswoman spokesperson officer detective sheriff inspector
  superintendent leader speaker commissioner chancellor envoy presenter host star singer rapper actor actress
  striker quarterback pitcher manager founder
`);

/** Capitalised words that may stand between a place and a title (Foreign in `Foreign Minister`). */
export const TITLE_MODIFIERS = words(`
  foreign defense defence deputy former interior finance home attorney crown first head acting executive supreme
  opposition labour labor republican democratic democrat state of affairs trade commerce treasury education energy
  health press house white security national general assistant senior junior vice grand grand-duke
`);

/** Lower-case words before a name that mark a person: `coach Mike Tomlin`, `rapper Cardi B`. */
export const PERSON_ROLES = words(`
  president minister secretary chancellor senator governor mayor judge general leader spokesman spokeswoman
  spokesperson coach rapper singer actor actress star director officer chief executive founder chairman
  ambassador king queen prince princess player striker quarterback manager author writer reporter journalist
  astronaut scientist professor lawyer attorney father mother son daughter wife husband brother sister boss
  teammate defender midfielder goalkeeper pitcher comedian producer filmmaker musician model billionaire
  businessman businesswoman entrepreneur victim suspect
`);

/** Verbs right after a name that mark a person: `Lavrov said`. */
export const PERSON_VERBS = words(
  `said says told added wrote tweeted insisted explained argued claimed recalled`,
);

/** Last words of organisation names. */
export const ORGANISATION_TAILS = words(`
  inc inc. corp corp. corporation ltd ltd. llc plc co co. company companies group holdings bank ministry party
  university college school academy agency council commission committee department association institute
  foundation federation union court parliament congress senate police army navy force forces guard times news
  post journal herald tribune telegraph airlines airways club fc organization organisation office service board
  authority league network press church hospital museum zoo team administration assembly bureau reserve fund
  motors technologies technology systems labs studios records entertainment media broadcasting exchange
  alliance coalition movement front brigade cabinet government regime nations
`);

/** First words of organisation names followed by `of`: `Ministry of Defence`, `Bank of America`. */
export const ORGANISATION_HEADS = words(`
  ministry department university bank board council office church museum house bureau institute court federation
  association league organization organisation party commission committee academy college school
`);

/** Last words of place names: `Costa Rica`'s neighbours `Orange County`, `Hudson River`. */
export const PLACE_TAILS = words(`
  city county province state river island islands sea ocean mountains mountain valley bay street avenue road
  square park airport bridge station region district peninsula strait coast beach harbour harbor canyon desert
  lake village town borough prefecture
`);

/** First words of place names: `Mount Everest`, `Lake Como`, `Gulf of Mexico`. */
export const PLACE_HEADS = words(`mount mt lake cape fort port gulf sea bay isle republic kingdom`);

/** Lower-case prepositions before a name that point at a place: `in Croydon`, `from Pyongyang`. */
export const PLACE_PREPOSITIONS = words(`in at from near outside across throughout inside towards toward`);

/** Lower-case words that may join capitalised words into one name (`Bank of America`, `Ludwig van Beethoven`). */
export const NAME_CONNECTORS = words(`of de da del della der van von bin al la le du & y`);

/** Capitalised words that are not names on their own even mid-sentence (days, months, pronoun I). */
export const NOT_NAMES = words(`
  i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  photo video image getty ap afp reuters advertisement
`);
