// `npm run clinical-packet`: writes dist/clinical-packet.md, one document with every visitor-facing clinical text
// (English and Spanish side by side, each with its source) for the release gates' reviewers: the clinician
// (context questions, result text, severity map, crisis and safety text), the Spanish reviewers (every Spanish
// string, instrument items included) and legal (the sources the table names).
//
// It reads the source itself (bundled on the fly with esbuild, no build needed), so the packet is always the text
// that ships. Usage: `npm run clinical-packet [-- --out path]`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const outFile = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'dist/clinical-packet.md');

const entry = `
export { crisisStrings } from './src/translations/crisis.ts';
export * from './src/translations/en.ts';
export * from './src/translations/es.ts';
export { careLevels } from './src/core/levels.ts';
export { quizPath } from './src/core/flow.ts';
export { INSTRUMENT_IDS, getInstrument } from './src/core/instruments.ts';
export * as family from './src/core/family.ts';
export * as familyContent from './src/core/family-content.ts';
`;
const work = mkdtempSync(join(tmpdir(), 'carepath-packet-'));
const bundle = join(work, 'packet-data.mjs');
let data;
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'packet-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
  });
  data = await import(pathToFileURL(bundle).href);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ——— Sources, by key. Every visitor-facing key must match one (the script fails otherwise). ———
const CRISIS_988 = '988 Suicide & Crisis Lifeline (988lifeline.org; SAMHSA): call or text 988, chat at 988lifeline.org; Spanish: call and press 2, text AYUDA (since July 2023). The LGBTQ+ youth option ended July 17, 2025 and is never offered.';
const SOURCES = [
  [/^carepath\.quiz\.crisis\.(line|call|callDetail|text|chat|heading|lead|goOn|continue)$/, CRISIS_988],
  [/^carepath\.help\.(line|danger)$/, `Every widget's own help line. ${CRISIS_988}`],
  [/^carepath\.help\.center/, 'Product wording (crisis rules): a center may add its own 24/7 line after 988, labelled as the center\'s, inside fixed text.'],
  [/^carepath\.quiz\.crisis\.nobodyWatches$/, 'Product wording (crisis rules): the widget sends nothing, so the visitor must reach out.'],
  [/^carepath\.quiz\.crisis\.(textLine|textLineDetail|whatsapp)$/, 'Crisis Text Line: text HOME to 741741; Spanish: AYUDA to 741741 or WhatsApp 442-AYUDAME.'],
  [/^carepath\.quiz\.crisis\.veterans/, 'Veterans Crisis Line: 988 then press 1, text 838255, chat at VeteransCrisisLine.net.'],
  [/^carepath\.quiz\.crisis\.asl/, 'ASL Now on 988lifeline.org (since September 2023).'],
  [/^carepath\.quiz\.crisis\.emergency/, '911 for immediate danger (988 Lifeline guidance).'],
  [/^carepath\.quiz\.announceCrisis$/, CRISIS_988],
  [/^carepath\.quiz\.withdrawal\./, 'Withdrawal caution: stopping alcohol, benzodiazepines or other sedatives suddenly after heavy daily use can be dangerous; IOP suits "minimal risk of acute intoxication/withdrawal" (SAMHSA Advisory 2021, TIP 47). 911 for seizure, hallucinations, severe confusion or chest pain.'],
  [/^carepath\.quiz\.skipped\./, 'Product rule: a skipped withdrawal or health question never reads as "no need"; the withdrawal caution stays.'],
  [/^carepath\.quiz\.overdose\./, 'Overdose after time away: Strang et al., BMJ 2003; Binswanger et al., NEJM 2007 (the same after jail or prison).'],
  [/^carepath\.quiz\.naloxone\./, 'Naloxone (Narcan) without a prescription: FDA, March 29, 2023. Steps: call 911, give naloxone, stay with them.'],
  [/^carepath\.quiz\.dv\./, 'National Domestic Violence Hotline: 1-800-799-7233, text START to 88788. Shown after home "Not safe" only.'],
  [/^carepath\.quiz\.samhsa$/, 'SAMHSA National Helpline (treatment referral, not a crisis line): 1-800-662-HELP (4357), TTY 1-800-487-4889.'],
  [/^carepath\.quiz\.band\.phq-9/, 'PHQ-9 band words: Kroenke, Spitzer, Williams, J Gen Intern Med 2001.'],
  [/^carepath\.quiz\.band\.gad-7/, 'GAD-7 band words: Spitzer et al., Arch Intern Med 2006.'],
  [/^carepath\.quiz\.band\.audit/, 'AUDIT risk zones: Babor et al., WHO 2001 (WHO/MSD/MSB/01.6a).'],
  [/^carepath\.quiz\.band\.(positive|negative)$/, 'Two-level screens (PHQ-2, GAD-2, AUDIT-C, CAGE-AID): "worth a full assessment with a professional" at or above the cut-off.'],
  [/^carepath\.quiz\.reason\./, 'recommendLevel reasons (product rules after ASAM\'s six dimensions; a screen, not a placement). Gate 1.'],
  [/^carepath\.quiz\.(levelSentence|levelLater|level\.)/, 'Level names and sentences: generic labels, no ASAM level numbers (ASAM fair-use terms). Gate 1.'],
  [/^carepath\.quiz\.drink/, 'US standard drink: 14 g of alcohol; 12 oz beer (about 5%), 5 oz wine (about 12%), 1.5 oz spirits (40%) (NIAAA).'],
  [/^carepath\.quiz\.(disclaimer|notDiagnosis)$/, 'Not-a-diagnosis disclaimer in the spirit of Mental Health America\'s screening disclaimer.'],
  [/^carepath\.common\.notDiagnosis$/, 'Not-a-diagnosis disclaimer in the spirit of Mental Health America\'s screening disclaimer.'],
  [/^carepath\.quiz\.(forAdults|privacy|privacySession|noSpanish)$/, 'Product rules: the scored quiz is for adults about themselves; privacy wording ("does not send your answers anywhere"); CAGE-AID has no published Spanish version.'],
  [/^carepath\.quiz\./, 'Product UI wording (plain language, grade 8 or below).'],
  [/^carepath\.cost\.(disclaimer|assume|balanceNote|cap|hint\.rate\.allowed|label\.allowedRate|hint\.billedRate|label\.billedRate)/, 'Costs: Healthcare.gov glossary order of operations (deductible, coinsurance, out-of-pocket maximum; out of network the balance bill is added after the cap). Never "use the center\'s price" as the allowed amount.'],
  [/^carepath\.cost\.hint\.rate\.typical$/, 'IOP per diem $250–$350 a day (American Addiction Centers); PHP $450–$1,200 (secondary source).'],
  [/^carepath\.cost\./, 'Product UI wording for the estimator (Healthcare.gov glossary terms).'],
  [/^carepath\.schedule\.intensity/, 'Hours ranges: IOP 9–19 hours a week for adults, 6–19 for adolescents; 20 or more is PHP (ASAM 3rd ed. as quoted by Aetna; 77 Ill. Adm. Code 2060.410). Hours describe a level; they do not decide it.'],
  [/^carepath\.schedule\.kind\./, 'IOP core services (SAMHSA TIP 47): group therapy, individual counseling, psychoeducation, family involvement.'],
  [/^carepath\.schedule\./, 'Product UI wording for the sample week.'],
  [/^carepath\.levels\./, 'Product UI wording for the comparison table.'],
  [/^carepath\.common\./, 'Product UI wording shared by every widget.'],
];
const sourceOf = (key) => {
  const found = SOURCES.find(([pattern]) => pattern.test(key));
  if (!found) throw new Error(`clinical-packet: no source for ${key}`);
  return found[1];
};

// ——— Markdown helpers ———
const cell = (text) => String(text ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/<(\w+)>(.*?)<\/\1>/g, '$2');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const section = (title, intro, body) => [`## ${title}`, '', intro, '', body, ''].join('\n');

const { crisisStrings, careLevels, quizPath, INSTRUMENT_IDS, getInstrument } = data;
const stringSections = [
  ['Crisis and safety text (fixed; ships in both languages in every bundle)', crisisStrings.en, crisisStrings.es],
  ['The quiz', data.enQuiz, data.esQuiz],
  ['Shared by every widget', data.enCommon, data.esCommon],
  ['The comparison table', data.enLevels, data.esLevels],
  ['The cost estimator', data.enCost, data.esCost],
  ['The sample week', data.enSchedule, data.esSchedule],
];

const parts = [];
parts.push(`# carepath: clinical review packet

Every visitor-facing clinical text, English and Spanish side by side, each with its source. Generated by
\`npm run clinical-packet\` from the source that ships; do not edit by hand. Link markers such as \`<tel988>…</tel988>\`
are shown as their words (the link targets are fixed in code).

## Release gates

Each stays open until a named reviewer signs it off.

1. A licensed clinician reviews the context questions (and their Spanish), the result text (reasons, level
   sentences, crisis and safety text) and the severity map below.
2. The Spanish PHQ-9, GAD-7 and AUDIT text is checked character by character against the official PDFs
   (phqscreeners.com "Spanish for the USA"; WHO/MSD/MSB/01.6a Spanish edition), and a US Spanish-speaking clinician
   reviews the WHO AUDIT text (it is Spain's Spanish).
3. Legal review of any use of ASAM names; DAST-10 stays out unless a partner holds permission.
4. Spanish reviewed by a native speaker for register and US usage (every Spanish string in this packet).

| gate | reviewer | date | signed off |
|---|---|---|---|
| 1 | | | |
| 2 | | | |
| 3 | | | |
| 4 | | | |
`);

// Context questions.
const answered = { safety: 'no', withdrawal: 'none', medical: 'stable', home: 'supportive', functioning: 'managing', history: 'none', availability: 'yes' };
const context = quizPath({ askSex: true }, answered).steps.filter((step) => step.kind === 'context');
const contextRows = [];
for (const step of context) {
  contextRows.push([`**${step.key}**${step.required ? ' (required)' : ''}`, step.question.en, step.question.es, 'Product wording (gate 1), in the spirit of NIMH ASQ for safety; inspired by ASAM\'s six dimensions.']);
  if (step.hint) contextRows.push([`${step.key} hint`, step.hint.en, step.hint.es, '']);
  for (const option of step.options) contextRows.push([`${step.key} = ${option.value}${option.crisis ? ' (crisis answer)' : ''}`, option.label.en, option.label.es, '']);
}
parts.push(section('Context questions', 'Asked before the screens; they feed `recommendLevel`. Crisis answers show the crisis screen at once.', table(['question / answer', 'English', 'Spanish', 'source'], contextRows)));

// Severity map and level rule (the result's logic, for gate 1).
parts.push(
  section(
    'Severity map and level rule',
    'How `recommendLevel` turns scored screens and context answers into a level to discuss (a screen, not a placement).',
    [
      table(
        ['screen', 'severity 0', '1', '2', '3'],
        [
          ['PHQ-9', 'minimal', 'mild', 'moderate', 'moderately severe, severe'],
          ['GAD-7', 'minimal', 'mild', 'moderate', 'severe'],
          ['AUDIT', 'zone I', 'zone II', 'zone III', 'zone IV'],
          ['AUDIT-C', 'negative', 'positive', 'positive with total ≥ 8', '—'],
          ['CAGE-AID', '0', '1–3', '4', '—'],
          ['PHQ-2, GAD-2 (not expanded)', 'negative', 'positive', '—', '—'],
        ],
      ),
      '',
      'S = the highest severity; F (functioning) = managing 0, struggling 1, unable 2.',
      '',
      '1. Crisis: safety "yes" or "rather not say", a crisis answer given earlier in the visit and taken back, or PHQ-9 item 9 ≥ 1. Home "others there drink or use heavily" counts as unsafe for the level (the DV hotline is for "not safe" only).',
      '2. Level, first match: withdrawal severe → inpatient; medical unstable → inpatient; unsafe home and (S ≥ 1 or F ≥ 1) → residential; (S = 3 and F ≥ 1) or (S ≥ 2 and F = 2) → PHP; S ≥ 2, F = 2, (S ≥ 1 and F = 1), or a step-up / step-down history → IOP; otherwise outpatient.',
      '3. In a crisis the level is never below IOP, the result shows help only (no call to action), and the level is mentioned only as what a clinician may talk about later.',
    ].join('\n'),
  ),
);

// UI strings, section by section.
for (const [title, en, es] of stringSections) {
  const rows = Object.keys(en).map((key) => [`\`${key}\``, en[key], es?.[key], sourceOf(key)]);
  parts.push(section(title, `${rows.length} strings.`, table(['key', 'English', 'Spanish', 'source'], rows)));
}

// Levels of care.
const levelRows = [];
for (const level of careLevels) {
  for (const field of ['label', 'setting', 'hours', 'supervision', 'length', 'fit']) {
    levelRows.push([`${level.id} ${field}`, level[field].en, level[field].es, field === 'length' ? 'Secondary sources (treatment centers, billing guides); never credited to ASAM or TIP 47.' : level.sources.map((source) => source.en).join(' ')]);
  }
  if (level.dailyRate) levelRows.push([`${level.id} daily rate`, `$${level.dailyRate.low}–$${level.dailyRate.high} a day (default $${level.dailyRate.typical})`, '', level.dailyRate.source]);
  level.sources.forEach((source, index) => levelRows.push([`${level.id} source ${index + 1}`, source.en, source.es, '(shown in the table\'s Sources footnote, in the visitor\'s language)']));
}
parts.push(section('Levels of care (the comparison table)', 'Generic labels; no ASAM level numbers or placement claims.', table(['level / field', 'English', 'Spanish', 'source'], levelRows)));

// The path for family and friends (nothing scored): every { en, es } pair, with the source of its block.
const FAMILY_SOURCES = {
  WHO_QUESTION: 'Product wording: the screens are self-report only (proxy answers disagree most on mood items: J Neuro-Oncol 2013; Donovan 2004).',
  FAMILY_INTRO: 'Product wording (synthesis of NIDA and SAMHSA family guidance); why nothing is scored: J Neuro-Oncol 2013, Donovan 2004.',
  FAMILY_SAFETY_QUESTION: 'Asked directly, in the spirit of NIMH\'s Ask Suicide-Screening Questions (ASQ). Yes and "not sure" are crisis answers.',
  FAMILY_CRISIS: `${CRISIS_988} 988 also helps people worried about someone else; 911 for immediate danger. #BeThe1To steps (bethe1to.com; asking does not plant the idea: Dazzi et al., Psychol Med 2014).`,
  FAMILY_OVERDOSE: 'CDC "Preventing Opioid Overdose"; SAMHSA Opioid Overdose Prevention Toolkit; naloxone over the counter: FDA, March 29, 2023; Good Samaritan laws vary by state (NCSL; GAO-21-248).',
  FAMILY_UI: 'Product wording.',
  FAMILY_CHECKLIST: 'NIAAA "Understanding Alcohol Use Disorder"; NIDA and SAMHSA family guides; NIMH depression and anxiety signs; 988 warning signs; NIAAA and MedlinePlus alcohol withdrawal; CDC overdose signs; NHTSA; NIAAA "Harmful Interactions"; SAMHSA overdose toolkit; Strang 2003, Binswanger 2007; Harvard "Means Matter"; National Domestic Violence Hotline.',
  FAMILY_NOTES: 'As the checklist; each note carries its source in src/core/family-content.ts.',
  FAMILY_SEEN_HEADING: 'Product wording.',
  FAMILY_HELP: 'CRAFT: Miller, Meyers & Tonigan, JCCP 1999 (64% vs 13% vs 30%); Meyers 1999; Roozen et al., Addiction 2010.',
  FAMILY_TALK: 'CRAFT positive communication (Smith & Meyers 2004); SAMHSA family guidance.',
  FAMILY_SUPPORT: 'Al-Anon (al-anon.org; no phone printed, none verified), Nar-Anon (nar-anon.org), SMART Recovery Family & Friends (smartrecovery.org), NAMI HelpLine (800-950-6264, text "helpline" to 62640, Mon–Fri 10 a.m.–10 p.m. ET), SAMHSA National Helpline (1-800-662-4357, 24/7).',
  FAMILY_TEEN: 'AAP, "Substance Use Screening, Brief Intervention, and Referral to Treatment", Pediatrics 2016; CRAFFT 2.1 needs permission, so none is embedded.',
  FAMILY_LEVELS: 'Product wording; the levels\' own facts are in the Levels of care section.',
};
const familyRows = [];
const walkFamily = (value, where, source) => {
  if (value === null || typeof value !== 'object') return;
  if (typeof value.en === 'string' && typeof value.es === 'string') {
    familyRows.push([where, value.en, value.es, source]);
    return;
  }
  for (const [key, child] of Object.entries(value)) walkFamily(child, `${where} ${key}`, source);
};
for (const [name, source] of Object.entries(FAMILY_SOURCES)) walkFamily({ ...data.family, ...data.familyContent }[name], name, source);
parts.push(section('The path for family and friends', 'Unscored: no screen is scored and no level is suggested. Reviewed with the rest (gate 1).', table(['where', 'English', 'Spanish', 'source'], familyRows)));

// Instruments: verbatim items (gate 2 for the Spanish).
for (const id of INSTRUMENT_IDS) {
  const def = getInstrument(id);
  const rows = [];
  if (def.stem) rows.push(['stem', def.stem.en, def.stem.es, '']);
  def.items.forEach((item, index) => {
    rows.push([`item ${index + 1}`, item.text.en, item.text.es, '']);
    rows.push([`item ${index + 1} options`, item.options.map((option) => `${option.label.en} (${option.points})`).join(' · '), item.options.every((option) => option.label.es) ? item.options.map((option) => option.label.es).join(' · ') : '(no Spanish)', '']);
  });
  if (def.attribution) rows.push(['attribution', def.attribution.en, def.attribution.es, '']);
  parts.push(section(`Instrument: ${def.name.en} — ${def.title.en}`, `Verbatim; never edited. Source: ${def.source ?? '—'}`, table(['part', 'English', 'Spanish', 'note'], rows)));
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, parts.join('\n'));
console.log(`clinical-packet: wrote ${relative(root, outFile)} (${parts.length} sections)`);
