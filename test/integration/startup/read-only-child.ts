// Run by read-only-folder.test.ts as an unprivileged user (setpriv), so file permissions really apply: starts the
// services on a data folder it cannot write and prints what the user would see, as JSON.
import { startFromFolder } from './start-from-folder.ts';

const [directory, date] = process.argv.slice(2) as [string, string];
const clock = { now: () => Date.parse(`${date}T18:00:00Z`) };
const app = startFromFolder(directory, clock);
const today = await app.dispatch('getDayTotals', { date });
const timeline = await app.dispatch('getDayTimeline', { date });
const save = await app.dispatch('setPreferences', { familyMessage: 'Phones away at dinner' });
console.log(
  JSON.stringify({
    startup: app.startup,
    notices: app.services.notices(),
    today,
    timelineOk: timeline.ok,
    tracking: await app.dispatch('getTrackingStatus', undefined),
    save,
  }),
);
app.store.close();
