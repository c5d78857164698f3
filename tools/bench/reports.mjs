// The reports against their floor: the same rows scanned by one bare SQL statement.
import { timeRuns } from './stats.mjs';

const ROSTER = `query ($range: ReportRangeInput) { rosterReport(range: $range) {
  rows { runnerId last7 { sessionAdherence } last28 { sessionAdherence doseAdherence }
         weeks signals { needsAttention } } } }`;
const CLINIC = `query ($range: ReportRangeInput) { clinicReport(range: $range) {
  overall { runners figures { sessionAdherence doseAdherence } } } }`;

/**
 * The floor: per runner in scope, the number of session logs and the sum of set-sides
 * done in the window, over the same rows (no schedule expansion, no GraphQL).
 */
const FLOOR = `
  SELECT l.runner_id, count(DISTINCT l.id) AS logs,
         sum(il.sets_left + il.sets_right + il.sets_done) AS set_sides
  FROM session_log l
  JOIN runner r ON r.id = l.runner_id
  LEFT JOIN session_item_log il ON il.session_log_id = l.id
  WHERE r.clinic_id = $1 AND ($2::text IS NULL OR r.coach_id = $2)
    AND l.local_date >= current_date - ($3::int - 1)
  GROUP BY l.runner_id`;

const isoDaysAgo = (days) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export async function timeRoster(api, pg, clinicId, coach, runs) {
  const report = await timeRuns(() => api.gql(ROSTER, {}, coach.cookie), {
    runs,
  });
  const floor = await timeRuns(
    () => pg.query(FLOOR, [clinicId, coach.userId, 28]),
    { runs },
  );
  return { report, floor };
}

export async function timeClinic(api, pg, clinicId, admin, runs) {
  const range = { from: isoDaysAgo(89), to: isoDaysAgo(0) };
  const report = await timeRuns(() => api.gql(CLINIC, { range }, admin), {
    runs,
  });
  const floor = await timeRuns(() => pg.query(FLOOR, [clinicId, null, 90]), {
    runs,
  });
  return { report, floor };
}
