import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { toAnalysisExport } from '../../../pipeline/export.ts';
import { textReport } from '../text-report.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'analyse files, directories, JSONL, feeds or URLs without storing them; print the export or a report',
    )
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--format <format>', 'json (the analysis export) or text (a report)', 'text')
    .option('--reference-date <iso>', 'resolve year-less dates against this date (default: now)')
    .action(async (inputs: string[], opts: { format: string; referenceDate?: string }) => {
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw program.error(`--format: expected json or text, got ${JSON.stringify(opts.format)}`);
      }
      const config = loadConfig(opts.referenceDate ? { referenceDate: opts.referenceDate } : {});
      const [{ loadAliasTable }, { analyzeInputs }] = await Promise.all([
        import('../../../enrich/entities/index.ts'),
        import('../../../pipeline/analyze.ts'),
      ]);
      const result = await analyzeInputs(inputs, {
        referenceDate: config.referenceDate,
        ingest: config.ingest,
        aliases: loadAliasTable(config.aliasesPath),
      });
      for (const r of result.rejected) process.stderr.write(`warta: ${r.message}\n`);
      process.stdout.write(
        opts.format === 'json'
          ? `${JSON.stringify(toAnalysisExport(result), null, 2)}\n`
          : textReport(result),
      );
      if (result.documents.length === 0) process.exitCode = 1;
    });
}
