import {
  ACRONYM_FUNCTION_WORDS,
  NOT_A_PLACE_AFTER,
  NOT_AN_ALIAS_IN_PARENTHESES,
  PLACE_MODIFIERS,
} from '../../lang/id/aliases.ts';
import { DEGREE_SUFFIXES, HONORIFICS, NAME_CLITICS, NAME_PARTICLES } from '../../lang/id/honorifics.ts';
import { ROLE_HEADS_WITH_PORTFOLIO, ROLE_MODIFIERS, ROLE_TITLES } from '../../lang/id/roles.ts';
import { nameKey } from './name-key.ts';

/** The language knowledge entity resolution needs; a language pack provides one. */
export interface EntityLexicon {
  /** `nameKey` of a role or honorific → the role reported (Menlu → Menteri Luar Negeri). */
  roles: ReadonlyMap<string, string>;
  /** Keys of `roles` that are forms of address or ranks, which may stack ("Prof. Dr."). */
  honorifics: ReadonlySet<string>;
  /** Keys of role heads that take a portfolio of capitalised words ("Menteri Koordinator Bidang …"). */
  portfolioHeads: ReadonlySet<string>;
  /** Keys of words before a role ("mantan") → how they are reported. */
  roleModifiers: ReadonlyMap<string, string>;
  /** Longest role, in tokens. */
  maxRoleTokens: number;
  degreeSuffixes: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  clitics: ReadonlySet<string>;
  acronymFunctionWords: ReadonlySet<string>;
  notAPlaceAfter: ReadonlySet<string>;
  placeModifiers: ReadonlySet<string>;
  /** `nameKey`s of words in parentheses that are never another name ("Persero", "Purn"). */
  notAnAlias: ReadonlySet<string>;
}

function keyed(record: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(record).map(([form, value]) => [nameKey(form), value]));
}

let indonesian: EntityLexicon | null = null;

export function indonesianEntityLexicon(): EntityLexicon {
  if (indonesian) return indonesian;
  const honorifics = keyed(HONORIFICS);
  const roles = new Map([...keyed(ROLE_TITLES), ...honorifics]);
  const portfolioHeads = new Set(ROLE_HEADS_WITH_PORTFOLIO.map(nameKey));
  indonesian = {
    roles,
    honorifics: new Set(honorifics.keys()),
    portfolioHeads,
    roleModifiers: keyed(ROLE_MODIFIERS),
    maxRoleTokens: Math.max(...[...roles.keys(), ...portfolioHeads].map((key) => key.split(' ').length)),
    degreeSuffixes: DEGREE_SUFFIXES,
    nameParticles: NAME_PARTICLES,
    clitics: new Set(NAME_CLITICS),
    acronymFunctionWords: ACRONYM_FUNCTION_WORDS,
    notAPlaceAfter: NOT_A_PLACE_AFTER,
    placeModifiers: PLACE_MODIFIERS,
    notAnAlias: NOT_AN_ALIAS_IN_PARENTHESES,
  };
  return indonesian;
}
