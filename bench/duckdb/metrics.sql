-- The governance figures that SQL can state plainly, computed by DuckDB from the same NDJSON
-- file as golden-thread, for the window [$from, $to) and the window of the same length before.
-- Each column has the name of a figure in bench/stream.ts (subsetFigures).
WITH recs AS (
  SELECT * FROM read_json($file, format = 'newline_delimited', columns = {
    type: 'VARCHAR',
    settingId: 'VARCHAR',
    plan: 'STRUCT(personId VARCHAR, start DATE, "end" DATE,
      outcomes STRUCT(id VARCHAR, lifecycleStatus VARCHAR, achievementStatus VARCHAR,
        achievedOn DATE, timeframe STRUCT(start DATE))[],
      events STRUCT(id VARCHAR, kind VARCHAR, "on" DATE)[])',
    actions: 'STRUCT(id VARCHAR, dueOn DATE, status VARCHAR, completedOn DATE)[]',
    activities: 'STRUCT("on" DATE)[]',
    restrictions: 'STRUCT(id VARCHAR, uses STRUCT("at" TIMESTAMPTZ)[])[]'
  })
),
people AS (
  SELECT plan.personId AS pid, plan.start AS s, plan."end" AS e, plan.outcomes AS outcomes,
    plan.events AS events, actions, activities, restrictions,
    greatest(0, date_diff('day', greatest(plan.start, $from::DATE),
      least(coalesce(plan."end" + 1, $to::DATE), $to::DATE))) AS days,
    greatest(0, date_diff('day', greatest(plan.start, $before::DATE),
      least(coalesce(plan."end" + 1, $from::DATE), $from::DATE))) AS days_before
  FROM recs WHERE type = 'person'
),
goals AS (
  SELECT pid,
    list_filter(outcomes, o -> o.lifecycleStatus NOT IN ('proposed', 'rejected', 'entered-in-error')
      AND (o.timeframe.start IS NULL OR o.timeframe.start < $to::DATE)) AS agreed
  FROM people WHERE days > 0
),
goal_figures AS (
  SELECT
    count(*) FILTER (WHERE len(agreed) > 0) AS goal_people,
    count(*) FILTER (WHERE len(list_filter(agreed, o -> o.achievementStatus IN ('achieved', 'sustaining')
      AND o.achievedOn >= $from::DATE AND o.achievedOn < $to::DATE)) > 0) AS goal_achieving,
    coalesce(sum(len(list_filter(agreed, o -> o.achievementStatus IN ('achieved', 'sustaining')
      AND o.achievedOn >= $from::DATE AND o.achievedOn < $to::DATE))), 0) AS goal_outcomes_achieved,
    count(*) FILTER (WHERE len(agreed) = 0) AS goal_people_without_outcomes,
    coalesce(sum(len(list_filter(agreed, o -> o.achievementStatus IN ('achieved', 'sustaining')
      AND o.achievedOn IS NULL))), 0) AS goal_achieved_without_date
  FROM goals
),
actions AS (
  SELECT a.status, a.dueOn, a.completedOn
  FROM (SELECT unnest(actions) AS a FROM people WHERE actions IS NOT NULL)
  WHERE a.dueOn >= $from::DATE AND a.dueOn < $to::DATE
),
action_figures AS (
  SELECT
    count(*) FILTER (WHERE status <> 'dropped') AS actions_due,
    count(*) FILTER (WHERE status = 'done' AND completedOn <= dueOn) AS actions_on_time,
    count(*) FILTER (WHERE status = 'done' AND completedOn > dueOn) AS actions_late,
    count(*) FILTER (WHERE status = 'open' OR (status = 'done' AND completedOn IS NULL)) AS actions_open,
    count(*) FILTER (WHERE status = 'dropped') AS actions_dropped
  FROM actions
),
admission_figures AS (
  SELECT count(*) AS admissions FROM (
    SELECT DISTINCT p.pid, ev.id FROM people p, unnest(p.events) AS t(ev)
    WHERE p.days > 0 AND ev.kind = 'hospital_admission_unplanned'
      AND ev."on" >= $from::DATE AND ev."on" < $to::DATE
      AND ev."on" >= p.s AND (p.e IS NULL OR ev."on" <= p.e))
),
exposure AS (
  SELECT sum(days) AS person_days, count(*) FILTER (WHERE days > 0) AS people_in_window,
    sum(days_before) AS support_days_before
  FROM people
),
months AS (
  SELECT m::DATE AS first, least((m + INTERVAL 1 MONTH)::DATE, $to::DATE) AS next
  FROM range(date_trunc('month', $from::DATE), $to::DATE, INTERVAL 1 MONTH) AS t(m)
),
person_months AS (
  SELECT count(*) AS person_months FROM people p, months m
  WHERE p.s < m.next AND (p.e IS NULL OR p.e >= greatest(m.first, $from::DATE))
),
activity_figures AS (
  SELECT coalesce(sum(n), 0) AS activities, count(*) FILTER (WHERE n > 0) AS people_taking_part
  FROM (
    SELECT len(list_filter(activities, a -> a."on" >= $from::DATE AND a."on" < $to::DATE
      AND a."on" >= s AND (e IS NULL OR a."on" <= e))) AS n
    FROM people WHERE days > 0
  )
),
uses AS (
  SELECT (u."at" AT TIME ZONE 'Europe/London')::DATE AS day FROM (
    SELECT unnest(r.uses) AS u FROM (
      SELECT unnest(restrictions) AS r FROM recs WHERE restrictions IS NOT NULL))
),
use_figures AS (
  SELECT count(*) FILTER (WHERE day >= $from::DATE AND day < $to::DATE) AS restriction_uses,
    count(*) FILTER (WHERE day >= $before::DATE AND day < $from::DATE) AS restriction_uses_before
  FROM uses
)
SELECT
  (SELECT count(*) FROM recs WHERE type = 'person') AS people,
  (SELECT count(*) FROM recs WHERE type = 'setting') AS settings,
  goal_figures.*, action_figures.*, admission_figures.*,
  exposure.person_days, exposure.people_in_window,
  activity_figures.activities, person_months.person_months, activity_figures.people_taking_part,
  use_figures.*, exposure.support_days_before
FROM goal_figures, action_figures, admission_figures, exposure, person_months, activity_figures,
  use_figures
