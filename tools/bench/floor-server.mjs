// The floor of a session-log write: a bare Node `http` server doing the same inserts
// (the log and its item logs, one transaction) with `pg`, and nothing else: no auth, no
// validation, no GraphQL, no audit row.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

export async function startFloorServer(databaseUrl, port) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const { runnerId, input } = JSON.parse(Buffer.concat(chunks).toString());
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const id = randomUUID();
        await client.query(
          `INSERT INTO session_log (id, client_id, runner_id, prescription_id, local_date, slot,
             started_at, completed_at, pain_before, pain_after, effort, note, body_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'floor')`,
          [
            id,
            input.clientId,
            runnerId,
            input.prescriptionId,
            input.localDate,
            input.slot,
            input.startedAt,
            input.completedAt,
            input.painBefore,
            input.painAfter,
            input.effort,
            input.note,
          ],
        );
        for (const item of input.items)
          await client.query(
            `INSERT INTO session_item_log (id, session_log_id, prescription_item_id, sets_left,
               sets_right, sets_done, hold_seconds_achieved, reps)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              randomUUID(),
              id,
              item.prescriptionItemId,
              item.setsLeft,
              item.setsRight,
              item.setsDone,
              item.holdSecondsAchieved,
              item.reps,
            ],
          );
        await client.query('COMMIT');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id }));
      } catch (error) {
        await client.query('ROLLBACK');
        res.writeHead(500);
        res.end(String(error));
      } finally {
        client.release();
      }
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
