import { DateTime } from 'luxon';
import type { BoundaryNotice } from '../../../shared/domain/boundaries.ts';
import type { WindowKind } from '../../../shared/domain/focus-windows.ts';
import type { LimitTarget } from '../../../shared/domain/profiles.ts';

type Language = 'en' | 'nl' | 'sv';

const KIND: Record<Language, Record<WindowKind, string>> = {
  en: { 'office-hours': 'Office hours', focus: 'Focus', downtime: 'Downtime', 'family-time': 'Family time' },
  nl: { 'office-hours': 'Kantooruren', focus: 'Focus', downtime: 'Rusttijd', 'family-time': 'Gezinstijd' },
  sv: { 'office-hours': 'Kontorstid', focus: 'Fokus', downtime: 'Vilotid', 'family-time': 'Familjetid' },
};

const TEXT: Record<Language, Record<string, string>> = {
  en: {
    until: '{kind} until {time}',
    officeOpen: 'Office hours are open',
    soon: '{kind} in 5 minutes',
    soonBody: '{name} starts at {time}.',
    restricted: '{app} is set as {category} in {kind}.',
    headsUp: '{minutes} min left today for {target}',
    reached: 'Daily limit reached for {target}',
    weekly: 'Your week in Balans',
    weeklyBody: 'See where last week’s time went.',
  },
  nl: {
    until: '{kind} tot {time}',
    officeOpen: 'De kantooruren zijn begonnen',
    soon: '{kind} over 5 minuten',
    soonBody: '{name} begint om {time}.',
    restricted: '{app} staat als {category} tijdens {kind}.',
    headsUp: 'Nog {minutes} min vandaag voor {target}',
    reached: 'Daglimiet bereikt voor {target}',
    weekly: 'Jouw week in Balans',
    weeklyBody: 'Bekijk waar de tijd vorige week heen ging.',
  },
  sv: {
    until: '{kind} till {time}',
    officeOpen: 'Kontorstiden har börjat',
    soon: '{kind} om 5 minuter',
    soonBody: '{name} börjar {time}.',
    restricted: '{app} räknas som {category} under {kind}.',
    headsUp: '{minutes} min kvar i dag för {target}',
    reached: 'Dagsgränsen nådd för {target}',
    weekly: 'Din vecka i Balans',
    weeklyBody: 'Se vart förra veckans tid tog vägen.',
  },
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const targetName = (target: LimitTarget) =>
  target.kind === 'category' ? target.category : target.kind === 'app' ? target.app : target.site;

/** The title and body of a native notification, in the user's language, with times in their zone. */
export function noticeText(
  notice: BoundaryNotice,
  locale: string,
  zone: string,
): { title: string; body: string } {
  const base = locale.toLowerCase().slice(0, 2);
  const language: Language = base === 'nl' || base === 'sv' ? base : 'en';
  const t = TEXT[language];
  const time = (ms: number) =>
    DateTime.fromMillis(ms, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
  switch (notice.key) {
    case 'window-started':
      return notice.kind === 'office-hours'
        ? {
            title: t.officeOpen!,
            body: fill(t.until!, { kind: KIND[language][notice.kind], time: time(notice.until) }),
          }
        : {
            title: fill(t.until!, { kind: KIND[language][notice.kind], time: time(notice.until) }),
            body: notice.windowName,
          };
    case 'window-soon':
      return {
        title: fill(t.soon!, { kind: KIND[language][notice.kind] }),
        body: fill(t.soonBody!, { name: notice.windowName, time: time(notice.at) }),
      };
    case 'restricted':
      return {
        title: notice.app,
        body: fill(t.restricted!, {
          app: notice.app,
          category: notice.category,
          kind: notice.kind ? KIND[language][notice.kind] : '',
        }),
      };
    case 'limit-heads-up':
      return {
        title: fill(t.headsUp!, { minutes: notice.minutesLeft, target: targetName(notice.target) }),
        body: '',
      };
    case 'limit-reached':
      return { title: fill(t.reached!, { target: targetName(notice.target) }), body: '' };
    case 'weekly-summary':
      return { title: t.weekly!, body: t.weeklyBody! };
  }
}
