import { expect } from '@open-wc/testing';
import {
  FAMILY_CRISIS,
  FAMILY_CHECK_GROUPS,
  FAMILY_INTRO,
  FAMILY_LINKS,
  FAMILY_OVERDOSE,
  FAMILY_QUESTION_SCREENS,
  FAMILY_SAFETY_ANSWERS,
  FAMILY_SAFETY_QUESTION,
  FAMILY_SCREENS,
  FAMILY_UI,
  WHO_QUESTION,
  isFamilyCrisis,
  nextFamilyScreen,
  sawOverdoseSigns,
  type FamilyScreen,
  type FamilyText,
} from '../../src/core/family.js';
import {
  FAMILY_CHECKLIST,
  FAMILY_FOLLOW_UPS,
  FAMILY_HELP,
  FAMILY_LEVELS,
  FAMILY_NOTES,
  FAMILY_SEEN_HEADING,
  FAMILY_SUPPORT,
  FAMILY_TALK,
  FAMILY_TEEN,
  familyCheckGroup,
  familyFollowUps,
} from '../../src/core/family-content.js';
import * as safetyModule from '../../src/core/family.js';
import * as contentModule from '../../src/core/family-content.js';
import { sentencesAbove } from '../helpers/readability.js';

/** Every `{ en, es }` pair anywhere under `value`, with its path. */
function texts(value: unknown, path = ''): { path: string; text: FamilyText }[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && 'es' in record) return [{ path, text: record as unknown as FamilyText }];
  return Object.entries(record).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
}

const ALL = [
  ...texts(
    { WHO_QUESTION, FAMILY_INTRO, FAMILY_SAFETY_QUESTION, FAMILY_CRISIS, FAMILY_OVERDOSE, FAMILY_UI },
  ),
  ...texts({ FAMILY_CHECKLIST, FAMILY_NOTES, FAMILY_SEEN_HEADING, FAMILY_HELP, FAMILY_TALK, FAMILY_SUPPORT, FAMILY_TEEN, FAMILY_LEVELS }),
];
const plain = (text: string) => text.replace(/<(\w+)>(.*?)<\/\1>/g, '$2');
/** Names are exempt from the grade (agencies, programs, a drug's brand name). */
const NAMES = ['988 Suicide & Crisis Lifeline', 'SAMHSA', 'NAMI', 'FDA', 'CRAFT', '#BeThe1To', 'Good Samaritan', 'National Domestic Violence Hotline', 'Narcan'];

describe('family path: structure', () => {
  it('asks the safety question with Yes, I\'m not sure and No, in that order', () => {
    expect(FAMILY_SAFETY_QUESTION.question.en).to.equal('Could they hurt themselves or someone else right now?');
    expect(FAMILY_SAFETY_QUESTION.options.map((option) => option.value)).to.deep.equal([...FAMILY_SAFETY_ANSWERS]);
    expect(FAMILY_SAFETY_QUESTION.options.map((option) => option.label.en)).to.deep.equal(['Yes', "I'm not sure", 'No']);
  });

  it('treats Yes and I\'m not sure as crisis answers, and No or no answer as not', () => {
    expect(isFamilyCrisis('yes')).to.equal(true);
    expect(isFamilyCrisis('unsure')).to.equal(true);
    expect(isFamilyCrisis('no')).to.equal(false);
    expect(isFamilyCrisis(null)).to.equal(false);
    expect(isFamilyCrisis(undefined)).to.equal(false);
  });

  it('asks "Who is this for?" with Me and Someone I care about', () => {
    expect(WHO_QUESTION.question.en).to.equal('Who is this for?');
    expect(WHO_QUESTION.options.map((option) => [option.value, option.label.en])).to.deep.equal([
      ['self', 'Me'],
      ['someone-else', 'Someone I care about'],
    ]);
  });

  it('shows 911 and 988 together on the "Yes" screen, 911 first', () => {
    const hrefs = FAMILY_CRISIS.yes.actions.map((action) => action.href);
    expect(hrefs[0]).to.equal('tel:911');
    expect(hrefs).to.include.members(['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org']);
  });

  it('leads the "not sure" screen with 988, says it also helps people worried about someone, and lists the five #BeThe1To steps', () => {
    const screen = FAMILY_CRISIS.unsure;
    expect(screen.actions[0]?.href).to.equal('tel:988');
    expect(screen.actions.map((action) => action.href)).to.include('tel:911');
    expect(screen.lead[0]?.en).to.match(/988/).and.match(/someone else/);
    expect(screen.steps?.heading.en).to.include('#BeThe1To');
    expect(screen.steps?.items.map((item) => item.name.en)).to.deep.equal(['Ask.', 'Be there.', 'Keep them safe.', 'Help them connect.', 'Follow up.']);
  });

  it('gives the overdose steps: 911, naloxone, rescue breathing, on their side, stay with them; naloxone without a prescription since March 29, 2023', () => {
    const steps = FAMILY_OVERDOSE.steps.map((step) => plain(step.en)).join(' ');
    for (const words of ['Call 911', 'naloxone', 'rescue breaths', 'on their side', 'Stay with them', 'wear off']) expect(steps).to.include(words);
    const notes = FAMILY_OVERDOSE.notes.map((note) => note.en).join(' ');
    expect(notes).to.include('without a prescription').and.include('March 29, 2023').and.include('Good Samaritan');
  });

  it('checks the five groups in order, each item id under its group', () => {
    expect(FAMILY_CHECKLIST.map((group) => group.id)).to.deep.equal([...FAMILY_CHECK_GROUPS]);
    const ids = new Set<string>();
    for (const group of FAMILY_CHECKLIST) {
      expect(familyCheckGroup(group.id)).to.equal(group);
      expect(group.items.length, group.id).to.be.within(3, 8);
      for (const item of group.items) {
        expect(item.id.startsWith(`${group.id}.`), item.id).to.equal(true);
        expect(ids.has(item.id), `${item.id} twice`).to.equal(false);
        ids.add(item.id);
      }
    }
    expect(() => familyCheckGroup('nope' as never)).to.throw();
  });

  it('goes safety → crisis on a crisis answer, else straight to the checklist', () => {
    expect(nextFamilyScreen('intro', { checked: [] })).to.equal('safety');
    expect(nextFamilyScreen('safety', { safety: 'yes', checked: [] })).to.equal('crisis');
    expect(nextFamilyScreen('safety', { safety: 'unsure', checked: [] })).to.equal('crisis');
    expect(nextFamilyScreen('safety', { safety: 'no', checked: [] })).to.equal('check-use');
    expect(nextFamilyScreen('crisis', { safety: 'yes', checked: [] })).to.equal('check-use');
  });

  it('goes straight from overdose signs to the overdose steps', () => {
    expect(sawOverdoseSigns(['use.more'])).to.equal(false);
    expect(sawOverdoseSigns(['use.more', 'overdose.breathing'])).to.equal(true);
    expect(nextFamilyScreen('check-overdose', { safety: 'no', checked: ['overdose.color'] })).to.equal('overdose');
    expect(nextFamilyScreen('check-overdose', { safety: 'no', checked: ['use.more'] })).to.equal('check-risk');
    expect(nextFamilyScreen('overdose', { safety: 'no', checked: ['overdose.color'] })).to.equal('check-risk');
  });

  it('walks every screen to the levels and stops, showing "What you checked" only when something was checked', () => {
    const walk = (safety: 'yes' | 'no', checked: string[]) => {
      const seen: FamilyScreen[] = ['intro'];
      for (let screen: FamilyScreen | null = 'intro'; screen; ) {
        screen = nextFamilyScreen(screen, { safety, checked });
        if (screen) seen.push(screen);
        expect(seen.length).to.be.below(30);
      }
      return seen;
    };
    expect(walk('no', [])).to.deep.equal(['intro', 'safety', 'check-use', 'check-mood', 'check-withdrawal', 'check-overdose', 'check-risk', 'help', 'talk', 'support', 'teen', 'levels']);
    expect(walk('yes', ['overdose.wake'])).to.deep.equal([...FAMILY_SCREENS]);
    expect(FAMILY_QUESTION_SCREENS).to.have.length(6);
  });

  it('picks notes by what was checked, in a fixed order, never a score', () => {
    expect(familyFollowUps([])).to.deep.equal([]);
    expect(familyFollowUps(['use.more'])).to.deep.equal(['general']);
    expect(familyFollowUps(['risk.time-away', 'mood.suicide'])).to.deep.equal(['suicide', 'time-away', 'naloxone', 'general']);
    expect(familyFollowUps(['withdrawal.severe'])).to.deep.equal(['withdrawal-severe', 'withdrawal', 'general']);
    expect(familyFollowUps(['overdose.wake', 'risk.driving', 'risk.guns', 'risk.violence'])).to.deep.equal([
      'overdose',
      'naloxone',
      'driving',
      'guns',
      'violence',
      'general',
    ]);
    for (const id of FAMILY_FOLLOW_UPS) expect(FAMILY_NOTES[id].text.length, id).to.be.above(0);
  });

  it('lists the five verified supports, with their verified contacts', () => {
    const names = FAMILY_SUPPORT.resources.map((resource) => resource.name);
    expect(names).to.deep.equal(['Al-Anon', 'Nar-Anon', 'SMART Recovery Family & Friends', 'NAMI HelpLine', 'SAMHSA National Helpline']);
    const text = FAMILY_SUPPORT.resources.map((resource) => resource.text.en).join(' ');
    for (const contact of ['al-anon.org', 'nar-anon.org', 'smartrecovery.org', '800-950-6264', '"helpline" to 62640', '10 in the morning to 10 at night, Eastern', '1-800-662-4357']) {
      expect(text).to.include(contact);
    }
  });

  it('tells a parent to ask a teen\'s doctor for a private check-up, and embeds no teen screen', () => {
    expect(FAMILY_TEEN.text[0]?.en).to.equal('Ask their doctor for a private check-up.');
    expect(JSON.stringify(contentModule)).to.not.match(/CRAFFT/);
  });

  it('exports no score, band or level anywhere in the path', () => {
    const keys = Object.keys({ ...safetyModule, ...contentModule });
    expect(keys.filter((key) => /score|band|level(?!s)|recommend/i.test(key))).to.deep.equal([]);
    expect(Object.isFrozen(FAMILY_CHECKLIST) && Object.isFrozen(FAMILY_CRISIS.yes.actions)).to.equal(true);
  });
});

describe('family path: text', () => {
  it('has English and Spanish for every text', () => {
    expect(ALL.length).to.be.above(100);
    for (const { path, text } of ALL) {
      expect(text.en, `${path}.en`).to.be.a('string').and.not.empty;
      expect(text.es, `${path}.es`).to.be.a('string').and.not.empty;
      if (!/\.(errorPrefix|no|label)$/.test(path) && text.en.length > 12) expect(text.es, `${path}: not translated`).to.not.equal(text.en);
    }
  });

  it('uses the same links in both languages, each with a fixed target', () => {
    const links = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((match) => match[1]).sort();
    for (const { path, text } of ALL) {
      expect(links(text.es), path).to.deep.equal(links(text.en));
      for (const name of links(text.en)) expect(FAMILY_LINKS[name ?? ''], `${path}: <${name}>`).to.be.a('string');
    }
  });

  it('prints no Al-Anon phone number and never the ended "press 3" option', () => {
    const all = JSON.stringify({ ...safetyModule, ...contentModule });
    expect(all).to.not.match(/press 3|marque 3/i);
    const alAnon = FAMILY_SUPPORT.resources.find((resource) => resource.name === 'Al-Anon');
    expect(`${alAnon?.text.en} ${alAnon?.text.es}`).to.not.match(/\d{3}[-. ]\d{4}|tel:/);
    expect(Object.values(FAMILY_LINKS).filter((href) => href.startsWith('tel:'))).to.deep.equal([
      'tel:911',
      'tel:988',
      'tel:18006624357',
      'tel:18009506264',
      'tel:18007997233',
    ]);
  });

  it('speaks Spanish with usted, not tú (quoted lines to a loved one aside)', () => {
    for (const { path, text } of ALL) {
      const unquoted = text.es.replace(/"[^"]*"/g, '');
      expect(unquoted, path).to.not.match(/\b(tú|tienes|puedes|quieres|estás|eres|haz)\b/i);
    }
  });

  it('keeps every English sentence at or below US grade 8 (Flesch-Kincaid, sentence by sentence)', () => {
    const over = ALL.flatMap(({ path, text }) => sentencesAbove(text.en, 8, { names: NAMES }).map(({ sentence, grade }) => `${path}: ${grade} "${sentence}"`));
    expect(over).to.deep.equal([]);
  });
});
