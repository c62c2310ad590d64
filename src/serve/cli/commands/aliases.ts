import type { Command } from 'commander';
import { describeDb } from '../../../store/db-setting.ts';
import { ConfigError, loadConfig } from '../../../config/config.ts';
// The alias table modules themselves, not the entities index, which loads the whole resolver.
import { addAlias, listAliases, removeAlias } from '../../../enrich/entities/alias-table.ts';
import { loadAliasTable, saveAliasTable } from '../../../enrich/entities/alias-table-file.ts';
import type { AliasSource, EntityType } from '../../../model/entity.ts';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC']);
const SOURCES = new Set(['rule', 'text', 'curated', 'user']);

function entityType(value: string | undefined): EntityType | null {
  if (value === undefined) return null;
  const upper = value.toUpperCase();
  if (!TYPES.has(upper))
    throw new ConfigError(`--type: expected one of ${[...TYPES].join(', ')}, got ${JSON.stringify(value)}`);
  return upper as EntityType;
}

/** The table applies to documents ingested from now on; stored ones are resolved again only on request. */
function reprocessHint(): string {
  return (
    'stored documents keep their old entities until you run ' +
    `\`warta reprocess --db ${describeDb(loadConfig().dbPath)}\`\n`
  );
}

export function registerAliases(program: Command): void {
  const aliases = program
    .command('aliases')
    .description('read and edit the alias table (user rules win over the curated table)')
    .option('--file <path>', 'alias table file (TSV, or JSON for a .json path)');

  const tablePath = (): string => (aliases.opts() as { file?: string }).file ?? loadConfig().aliasesPath;

  aliases
    .command('list')
    .description('list alias rules, curated and user')
    .option('--name <name>', 'only rules naming this alias or canonical name')
    .option('--source <source>', 'only rules from rule | text | curated | user')
    .action((opts: { name?: string; source?: string }) => {
      if (opts.source && !SOURCES.has(opts.source)) {
        throw new ConfigError(
          `--source: expected one of ${[...SOURCES].join(', ')}, got ${JSON.stringify(opts.source)}`,
        );
      }
      const table = loadAliasTable(tablePath());
      const rules = listAliases(table, {
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.source ? { source: opts.source as AliasSource } : {}),
      });
      for (const rule of rules) {
        const arrow = rule.relation === 'distinct' ? '≠' : '→';
        process.stdout.write(
          `${rule.alias} ${arrow} ${rule.canonical}\t${rule.type ?? '-'}\t${rule.source}${rule.evidence ? `\t${rule.evidence}` : ''}\n`,
        );
      }
    });

  aliases
    .command('add')
    .description(
      'say that ALIAS is another name of CANONICAL (or, with --distinct, that they are never one entity)',
    )
    .argument('<alias>')
    .argument('<canonical>')
    .option('--type <type>', 'PER | ORG | LOC | EVT | PRD | MISC')
    .option('--distinct', 'never join the two names')
    .option('--evidence <text>', 'why (kept with the rule)')
    .action(
      (alias: string, canonical: string, opts: { type?: string; distinct?: boolean; evidence?: string }) => {
        const path = tablePath();
        const table = loadAliasTable(path);
        const rule = addAlias(table, {
          alias,
          canonical,
          type: entityType(opts.type),
          relation: opts.distinct ? 'distinct' : 'alias',
          source: 'user',
          ...(opts.evidence ? { evidence: opts.evidence } : {}),
        });
        saveAliasTable(table, path);
        process.stdout.write(
          `added ${rule.alias} ${rule.relation === 'distinct' ? '≠' : '→'} ${rule.canonical} to ${path}\n` +
            reprocessHint(),
        );
      },
    );

  aliases
    .command('remove')
    .description('remove user rules for ALIAS (optionally only towards CANONICAL)')
    .argument('<alias>')
    .argument('[canonical]')
    .action((alias: string, canonical: string | undefined) => {
      const path = tablePath();
      const table = loadAliasTable(path);
      const removed = removeAlias(table, alias, canonical);
      saveAliasTable(table, path);
      process.stdout.write(`removed ${removed} rule(s) from ${path}\n${removed > 0 ? reprocessHint() : ''}`);
      if (removed === 0) process.exitCode = 1;
    });
}
