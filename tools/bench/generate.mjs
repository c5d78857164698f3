// The large clinic, written set-based (generate_series, INSERT … SELECT): 20 coaches,
// 5,000 runners, 180 days of prescriptions with versions and phases, about 1.3 million
// session logs and their item logs, with a realistic spread of adherence.

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'Europe/Berlin',
];

/**
 * The steps, in order, after the API made the clinic, the coaches whose rosters are
 * timed (`timedCoaches`: user id and runner count) and the runners who sign in.
 */
export function generationSteps({ clinicId, timedCoaches, runners }) {
  const timedTotal = timedCoaches.reduce((n, c) => n + c.runners, 0);
  const otherCoaches = 20 - timedCoaches.length;
  const others = runners - timedTotal;
  return [
    {
      label: `${otherCoaches} more coaches`,
      sql: `
        WITH made AS (
          INSERT INTO app_user (id, name, email, email_verified)
          SELECT 'bench-coach-' || n, 'Coach ' || n, 'coach' || n || '@bench.example', true
          FROM generate_series(1, ${otherCoaches}) n
          RETURNING id)
        INSERT INTO clinic_member (id, organization_id, user_id, role)
        SELECT 'member-' || id, '${clinicId}', id, 'coach' FROM made`,
    },
    {
      label: 'runners',
      // The timed coaches get exactly their counts (their signed-in runners included);
      // the others share the rest.
      sql: `
        WITH counts AS (
          SELECT c.coach_id, c.wanted - (SELECT count(*) FROM runner r WHERE r.coach_id = c.coach_id) AS missing
          FROM (VALUES ${timedCoaches.map((c) => `('${c.userId}', ${c.runners})`).join(', ')}) AS c(coach_id, wanted)
          UNION ALL
          SELECT 'bench-coach-' || n, ${others} / ${otherCoaches} + (CASE WHEN n <= ${others % otherCoaches} THEN 1 ELSE 0 END)
          FROM generate_series(1, ${otherCoaches}) n)
        INSERT INTO runner (id, clinic_id, coach_id, name, email, time_zone, status)
        SELECT gen_random_uuid(), '${clinicId}', c.coach_id,
               'Runner ' || c.coach_id || '-' || i, 'runner-' || c.coach_id || '-' || i || '@bench.example',
               (ARRAY['${ZONES.join("','")}'])[1 + (i % ${ZONES.length})], 'ACTIVE'
        FROM counts c CROSS JOIN LATERAL generate_series(1, c.missing) i`,
    },
    {
      label: 'runner parameters',
      // Start 177–180 days ago; 17 in 20 stretch twice a day; adherence from about 32 %
      // to 97 %, most runners near 80 %.
      sql: `
        CREATE TABLE bench_runner AS
        SELECT r.id AS runner_id, r.coach_id, gen_random_uuid() AS prescription_id,
               (current_date - 180 + abs(hashtext(r.id::text)) % 4)::date AS start_date,
               CASE WHEN abs(hashtext(r.id::text || 't')) % 20 < 17 THEN 2 ELSE 1 END AS times_per_day,
               0.97 - power((abs(hashtext(r.id::text || 'p')) % 100) / 100.0, 2) * 0.65 AS p,
               abs(hashtext(r.id::text || 'v')) % 10 AS variant
        FROM runner r WHERE r.clinic_id = '${clinicId}'`,
    },
    {
      label: 'prescriptions',
      sql: `
        INSERT INTO prescription (id, clinic_id, runner_id, name, start_date, created_by_id)
        SELECT prescription_id, '${clinicId}', runner_id, 'Piriformis relief', start_date, coach_id
        FROM bench_runner`,
    },
    {
      label: 'prescription versions',
      // Half the runners had their hold raised after 60 days, a fifth again after 120.
      sql: `
        CREATE TABLE bench_version AS
        SELECT b.prescription_id, b.times_per_day, v.version, gen_random_uuid() AS version_id,
               b.start_date + v.after AS effective_from, v.hold, b.coach_id
        FROM bench_runner b
        CROSS JOIN (VALUES (1, 0, 30), (2, 60, 45), (3, 120, 60)) AS v(version, after, hold)
        WHERE v.version = 1 OR (v.version = 2 AND b.variant < 5) OR (v.version = 3 AND b.variant < 2);
        INSERT INTO prescription_version (id, prescription_id, version, effective_from, change_note, created_by_id)
        SELECT version_id, prescription_id, version, effective_from,
               CASE WHEN version > 1 THEN 'Longer holds' ELSE '' END, coach_id
        FROM bench_version`,
    },
    {
      label: 'phases',
      sql: `
        CREATE TABLE bench_phase AS
        SELECT v.*, p.position, gen_random_uuid() AS phase_id
        FROM bench_version v CROSS JOIN (VALUES (0), (1)) AS p(position);
        INSERT INTO prescription_phase (id, version_id, position, name, start_week, end_week)
        SELECT phase_id, version_id, position,
               CASE position WHEN 0 THEN 'Stretch' ELSE 'Stability' END,
               CASE position WHEN 0 THEN 1 ELSE 3 END,
               CASE position WHEN 0 THEN 2 END
        FROM bench_phase`,
    },
    {
      label: 'prescription items',
      // Stretches daily, as often as the runner's times a day; strength Mon/Wed/Fri.
      sql: `
        WITH exercises AS (
          SELECT built_in_key, id FROM exercise
          WHERE built_in_key IN ('supine-figure-four-stretch', 'figure-four-knee-pull', 'glute-bridge', 'clamshell'))
        INSERT INTO prescription_item (id, version_id, phase_id, position, exercise_id, hold_seconds,
          reps, sets, side, rest_seconds, times_per_day, days_of_week)
        SELECT gen_random_uuid(), p.version_id, p.phase_id, i.position, e.id,
               CASE WHEN i.held THEN p.hold + i.extra_hold END, i.reps, 3, i.side::"Side", i.rest,
               CASE WHEN i.daily THEN p.times_per_day ELSE 1 END,
               CASE WHEN i.daily THEN ARRAY[1,2,3,4,5,6,7] ELSE ARRAY[1,3,5] END
        FROM bench_phase p
        JOIN (VALUES
          (0, 0, 'supine-figure-four-stretch', true, 0, 1, 'EACH_SIDE', 15, true),
          (0, 1, 'figure-four-knee-pull', true, 0, 1, 'EACH_SIDE', 15, true),
          (1, 0, 'figure-four-knee-pull', true, 15, 1, 'EACH_SIDE', 15, true),
          (1, 1, 'glute-bridge', false, 0, 12, 'BILATERAL', 45, false),
          (1, 2, 'clamshell', false, 0, 15, 'EACH_SIDE', 30, false)
        ) AS i(phase_position, position, key, held, extra_hold, reps, side, rest, daily)
          ON i.phase_position = p.position
        JOIN exercises e ON e.built_in_key = i.key`,
    },
    {
      label: 'pauses and excused days',
      sql: `
        INSERT INTO prescription_pause (id, prescription_id, start_date, end_date, reason, created_by_id)
        SELECT gen_random_uuid(), prescription_id, start_date + 90, start_date + 96, 'Holiday', coach_id
        FROM bench_runner WHERE variant = 9;
        INSERT INTO excused_day (id, runner_id, date, reason, reported_by_id, confirmed_at, confirmed_by_id)
        SELECT gen_random_uuid(), runner_id, current_date - d, 'ILLNESS', coach_id, now(), coach_id
        FROM bench_runner CROSS JOIN generate_series(10, 12) d WHERE variant = 8`,
    },
    {
      label: 'session logs',
      sql: `
        SELECT setseed(0.42);
        INSERT INTO session_log (id, client_id, runner_id, prescription_id, local_date, slot, started_at,
          completed_at, pain_before, pain_after, effort, next_morning_pain, body_hash, created_at)
        SELECT gen_random_uuid(), gen_random_uuid(), b.runner_id, b.prescription_id, d::date, s.slot,
               d + interval '7 hours' + s.slot * interval '10 hours',
               d + interval '7 hours 14 minutes' + s.slot * interval '10 hours',
               2 + (random() * 3)::int, 1 + (random() * 3)::int, 3 + (random() * 3)::int,
               CASE WHEN random() < 0.3 THEN 1 + (random() * 3)::int END,
               'bench', d + interval '7 hours 14 minutes' + s.slot * interval '10 hours'
        FROM bench_runner b
        CROSS JOIN LATERAL generate_series(b.start_date, current_date - 1, interval '1 day') d
        CROSS JOIN LATERAL generate_series(1, b.times_per_day) s(slot)
        WHERE random() < b.p
          AND NOT EXISTS (SELECT 1 FROM prescription_pause pp
                          WHERE pp.prescription_id = b.prescription_id
                            AND d::date BETWEEN pp.start_date AND pp.end_date)`,
    },
    {
      label: 'session item logs',
      // What each session held (the version in force that day, the phases of that
      // week, the items of that weekday and slot); 15 % of them a set short.
      sql: `
        INSERT INTO session_item_log (id, session_log_id, prescription_item_id, sets_left, sets_right,
          sets_done, hold_seconds_achieved, reps)
        SELECT gen_random_uuid(), l.id, i.id,
               CASE WHEN i.side = 'EACH_SIDE' THEN i.sets - short ELSE 0 END,
               CASE WHEN i.side = 'EACH_SIDE' THEN i.sets - short ELSE 0 END,
               CASE WHEN i.side = 'BILATERAL' THEN i.sets - short ELSE 0 END,
               i.hold_seconds, CASE WHEN i.hold_seconds IS NULL THEN i.reps END
        FROM session_log l
        JOIN bench_runner b ON b.prescription_id = l.prescription_id
        CROSS JOIN LATERAL (
          SELECT pv.id FROM prescription_version pv
          WHERE pv.prescription_id = l.prescription_id AND pv.effective_from <= l.local_date
          ORDER BY pv.effective_from DESC, pv.version DESC LIMIT 1) v
        JOIN prescription_phase ph ON ph.version_id = v.id
          AND ph.start_week <= (l.local_date - b.start_date) / 7 + 1
          AND (ph.end_week IS NULL OR (l.local_date - b.start_date) / 7 + 1 <= ph.end_week)
        JOIN prescription_item i ON i.phase_id = ph.id
          AND EXTRACT(ISODOW FROM l.local_date)::int = ANY(i.days_of_week)
          AND i.times_per_day >= l.slot
        CROSS JOIN LATERAL (SELECT (random() < 0.15)::int AS short) s`,
    },
    {
      label: 'tidy and analyze',
      sql: `
        DROP TABLE bench_phase; DROP TABLE bench_version; DROP TABLE bench_runner;
        ANALYZE`,
    },
  ];
}
