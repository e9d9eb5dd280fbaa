/**
 * The boundary policy: from the schedule, the app in front of the user, today's time, the pauses and the clock,
 * the list of things main must do now (as data). It remembers what it already did in a plain, serialisable
 * memory, so a step is always "where should things be now?" — a clock jump or a night asleep is just a step
 * with a later instant: missed transitions are not replayed, the present is shown.
 */
import { DateTime } from 'luxon';
import type {
  BoundaryNotice,
  BoundaryPreferences,
  NudgeView,
  OverlayView,
} from '../../shared/domain/boundaries.ts';
import type { ScheduleState } from '../../shared/domain/schedule-state.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { Observation, UsageEvent } from '../../shared/domain/usage.ts';
import type { Clock } from '../clock.ts';
import { categorise, type RuleMatcher } from '../rules/matcher.ts';
import { stateAt, transitions } from '../schedule/schedule.ts';
import type { PolicyAction } from './actions.ts';
import { familyTimeGaps } from './gaps.ts';
import { activePauses, graceKey, occurrenceKey, startDay } from './memory.ts';
import type { BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { mayNotify, noteNotified } from './rate-limit.ts';
import { clipToDay } from './limits.ts';
import { blockOverlay, nudgeView, restrictionFor } from './restrictions.ts';
import { weeklySummaryDue } from './weekly-summary.ts';

/** Family time and downtime are announced this long before they start. */
export const WARNING_MS = 5 * 60_000;

export interface PolicyInput {
  clock: Clock;
  settings: Settings;
  rules: RuleMatcher;
  preferences: BoundaryPreferences;
  /** The app or site in front of the user, or null when idle, locked or unknown. */
  observation: Observation | null;
  /** Today's window events, stored plus live. */
  today: readonly UsageEvent[];
  /** What is on screen now: an overlay or nudge that was closed or killed is shown again. */
  displayed: { overlay: boolean; nudge: boolean };
}

/** What the step decided, for the status the UI shows. */
export interface PolicyView {
  now: number;
  day: string;
  state: ScheduleState;
  overlay: OverlayView | null;
  nudge: NudgeView | null;
  upcoming: { kind: 'family-time' | 'downtime'; at: number } | null;
  /** The next instant at which something is due (a transition, a warning, a pause ending). */
  wakeAt: number | null;
}

export interface PolicyStep {
  memory: BoundaryMemory;
  actions: PolicyAction[];
  view: PolicyView;
}

/** One step of the policy at the clock's instant. */
export function step(previous: BoundaryMemory, input: PolicyInput): PolicyStep {
  const now = input.clock.now();
  const { settings } = input;
  const day = DateTime.fromMillis(now, { zone: settings.timeZone }).toISODate() ?? '';
  let memory = startDay(previous, day, now);
  const actions: PolicyAction[] = [];
  const notify = (notice: BoundaryNotice) => actions.push({ type: 'notify', notice });
  const nameOf = (windowId: string) => settings.windows.find((w) => w.id === windowId)?.name ?? windowId;

  if (memory.lastStep !== null && now > memory.lastStep) {
    for (const gap of familyTimeGaps(settings, memory.lastStep, now))
      memory = { ...memory, gaps: [...memory.gaps, gap] };
  }

  const state = stateAt(settings, now);

  const pauses = activePauses(memory, now);
  const everything = pauses.find((p) => p.kind === 'pause-everything');
  const trackingPaused = everything ?? pauses.find((p) => p.kind === 'pause-tracking');
  const winner = state.windows[0];
  const winnerKey = winner ? occurrenceKey(winner.windowId, winner.start) : '';
  // Family time is lifted only by a pause made with the PIN; other windows by any pause of theirs.
  const lifts = (p: { withPin: boolean }) => winner?.kind !== 'family-time' || p.withPin;
  const windowLifted =
    winner !== undefined &&
    (pauses.some((p) => p.windowKey === winnerKey && lifts(p)) ||
      (everything !== undefined && lifts(everything)));

  if (winner && winnerKey !== memory.windowKey && !everything)
    notify({
      key: 'window-started',
      kind: winner.kind,
      windowName: nameOf(winner.windowId),
      until: winner.end,
    });

  // Five minutes ahead of family time or downtime (looking a little further, to know when to wake up).
  const ahead = transitions(settings, now, now + WARNING_MS + 60_000).find(
    (t) => t.state.overlay && t.state.overlay.windowId !== state.overlay?.windowId,
  );
  const soon = ahead && ahead.at <= now + WARNING_MS ? ahead : undefined;
  let upcoming: PolicyView['upcoming'] = null;
  if (soon?.state.overlay) {
    const { kind, windowId } = soon.state.overlay;
    upcoming = { kind, at: soon.at };
    const key = occurrenceKey(windowId, soon.at);
    if (!memory.warned.includes(key)) {
      notify({ key: 'window-soon', kind, windowName: nameOf(windowId), at: soon.at });
      memory = { ...memory, warned: [...memory.warned, key] };
    }
  }

  let overlay: OverlayView | null = null;
  if (state.overlay && winner && !windowLifted) {
    overlay = {
      kind: state.overlay.kind,
      windowId: winner.windowId,
      windowName: nameOf(winner.windowId),
      until: state.overlay.until,
      message: input.preferences.familyMessage,
      oneMoreMinute: !memory.oneMoreMinuteUsed.includes(graceKey(winner.kind, winner.start)),
      pinRequired: state.overlay.pinRequired,
      category: null,
      subject: null,
    };
  }

  let wantedNudge: NudgeView | null = null;
  // The app in front of the user belongs to the profile active now, as the tracker records it.
  const observation =
    trackingPaused || !input.observation ? null : { ...input.observation, profileId: state.profileId };
  if (observation && !overlay) {
    const profile = settings.profiles.find((p) => p.id === state.profileId);
    const category = categorise(input.rules, observation);
    const dayStart = DateTime.fromMillis(now, { zone: settings.timeZone }).startOf('day').toMillis();
    const outcome = restrictionFor({
      observation,
      category,
      profile,
      // Today's earlier time is read with the rules of the profile it was recorded under.
      reader: { categoryOf: (o) => categorise(input.rules, o) },
      windowAction: windowLifted || !winner ? 'nothing' : (state.triggers[category] ?? 'nothing'),
      today: clipToDay(input.today, dayStart, now),
      announced: memory.limitsAnnounced,
    });
    outcome.notices.forEach(notify);
    memory = { ...memory, limitsAnnounced: outcome.announced };
    const { restriction } = outcome;
    const windowName = winner ? nameOf(winner.windowId) : null;
    if (restriction.action === 'block') overlay = blockOverlay(restriction, winner, windowName);
    if (restriction.action === 'nudge')
      wantedNudge = nudgeView(restriction, winner, windowName, state.profileId);
    const noticeKey = `restricted:${restriction.category}`;
    if (
      restriction.action === 'notify' &&
      restriction.reason === 'window' &&
      mayNotify(memory.notified, noticeKey, now)
    ) {
      notify({
        key: 'restricted',
        category: restriction.category,
        app: restriction.subject,
        kind: winner?.kind ?? null,
      });
      memory = { ...memory, notified: noteNotified(memory.notified, noticeKey, now) };
    }
  }

  // A nudge is remembered while the user stays in its category: the time past it is a boundary crossing.
  const sameNudge =
    memory.nudge &&
    wantedNudge &&
    memory.nudge.view.category === wantedNudge.category &&
    memory.nudge.view.subject === wantedNudge.subject;
  if (memory.nudge && !sameNudge) {
    const { view, shownAt } = memory.nudge;
    memory = {
      ...memory,
      nudge: null,
      crossings:
        now > shownAt
          ? [
              ...memory.crossings,
              { category: view.category, subject: view.subject, start: shownAt, end: now },
            ]
          : memory.crossings,
    };
  }
  if (wantedNudge && !sameNudge)
    memory = { ...memory, nudge: { view: wantedNudge, shownAt: now, hiddenUntil: null } };
  const nudgeHidden = memory.nudge?.hiddenUntil != null && now < memory.nudge.hiddenUntil;
  const nudge = memory.nudge && !nudgeHidden && !overlay ? memory.nudge.view : null;

  const overlayKey = overlay ? JSON.stringify(overlay) : null;
  if (overlay && (!input.displayed.overlay || overlayKey !== memory.overlayKey))
    actions.push({ type: 'show-overlay', overlay });
  if (!overlay && (input.displayed.overlay || memory.overlayKey !== null))
    actions.push({ type: 'hide-overlay' });
  const nudgeKey = nudge ? JSON.stringify(nudge) : null;
  if (nudge && (!input.displayed.nudge || nudgeKey !== memory.nudgeKey))
    actions.push({ type: 'show-nudge', nudge });
  if (!nudge && (input.displayed.nudge || memory.nudgeKey !== null)) actions.push({ type: 'hide-nudge' });

  const week = weeklySummaryDue(now, settings.timeZone, memory.weeklySummaryWeek);
  if (week) {
    notify({ key: 'weekly-summary' });
    memory = { ...memory, weeklySummaryWeek: week };
  }

  const dueTimes = [
    state.next?.at,
    ahead ? ahead.at - WARNING_MS : undefined,
    ...pauses.map((p) => p.end),
    memory.nudge?.hiddenUntil ?? undefined,
  ].filter((t): t is number => t !== undefined && t > now);
  memory = {
    ...memory,
    lastStep: now,
    profileId: state.profileId,
    windowKey: winnerKey,
    overlayKey,
    nudgeKey,
  };
  return {
    memory,
    actions,
    view: {
      now,
      day,
      state,
      overlay,
      nudge,
      upcoming,
      wakeAt: dueTimes.length ? Math.min(...dueTimes) : null,
    },
  };
}
