#!/usr/bin/env node
// The heavy profile of issue 14, for the bench (scripts/bench.mjs) and for trying screens by hand:
// a Product Manager aiming at Senior PM with the AI track on (all 18 competencies of the built-in
// ladder, framework version 2), five years of weekly check-ins (260, the last one in the week before `now`, so "Save
// check-in" adds a new one), a ~300-character evidence note per competency that changes now and
// then (each week each note is rewritten with a chance of 1 in 10), ratings that climb slowly with
// the odd dip, and 200 plan actions. Deterministic: the same arguments give the same text.
//
// It writes the stored shape v9 under the key `trajectory` exactly as the app does
// (src/persistence/persisted-state.ts): one JSON text, a check-in keeping only the ratings and notes
// that changed since the check-in before it, without its week or framework id
// (src/domain/check-in-changes.ts, checkInsForStorage).
// tests/scripts/heavy-profile.test.ts reads it through the app's own validate-and-migrate function.
//
//   node scripts/heavy-profile.mjs [--weeks 260] [--now 2026-11-30] [--out file.json]
//
// prints (or writes) {"trajectory": "<stored text>"}, the --seed format of scripts/screenshots.mjs.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built-in framework's competencies, core then the AI track (src/domain/framework/). */
export const COMPETENCY_IDS = [
  'strategy-vision',
  'roadmapping-prioritisation',
  'execution-delivery',
  'customer-insight',
  'data-analytics',
  'communication',
  'cross-functional-influence',
  'people-leadership',
  'business-acumen',
  'technical-literacy',
  'decision-making',
  'process-org-design',
  'portfolio-management',
  'innovation-opportunities',
  'ml-fundamentals',
  'data-literacy-sql',
  'apis-systems-thinking',
  'algorithmic-success',
]

const DAY_MS = 86_400_000
const pad = (n, width = 2) => String(n).padStart(width, '0')
const utcOf = (date) => new Date(`${date}T00:00:00Z`)
const dateOf = (instant) =>
  `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`
const addDays = (date, days) => dateOf(new Date(utcOf(date).getTime() + days * DAY_MS))

/** "2026-W48" for a "YYYY-MM-DD" date (the same rule as src/domain/dates.ts isoWeekKey). */
export function isoWeekKey(date) {
  const day = utcOf(date)
  const mondayBased = (day.getUTCDay() + 6) % 7
  const thursday = new Date(day.getTime() + (3 - mondayBased) * DAY_MS)
  const isoYear = thursday.getUTCFullYear()
  const jan1 = utcOf(`${pad(isoYear, 4)}-01-01`)
  return `${pad(isoYear, 4)}-W${pad(1 + Math.floor((thursday.getTime() - jan1.getTime()) / (7 * DAY_MS)), 2)}`
}

/** The Monday of a date's ISO week. */
const mondayOf = (date) => addDays(date, -((utcOf(date).getUTCDay() + 6) % 7))

/** A small seeded generator (mulberry32), so the profile is the same on every run. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const WORDS = (
  'ran five customer interviews for the onboarding redesign and shared the synthesis with design engineering ' +
  'wrote the one-pager for search ranking tied to the retention goal agreed the trade-offs with sales and support ' +
  'cut scope to ship the pilot on time measured activation weekly in the dashboard presented the quarterly review ' +
  'to the leadership team mentored a new associate product manager on discovery set up the experiment with data ' +
  'science for pricing reviewed the model evaluation with the machine learning team mapped the api dependencies ' +
  'of checkout wrote the sql for churn cohorts negotiated the roadmap with two partner teams after the incident'
).split(' ')

/** An evidence note of about `length` characters, varied so it compresses like real prose. */
function note(next, length) {
  const words = []
  let size = 0
  while (size < length - 12) {
    const word = WORDS[Math.floor(next() * WORDS.length)]
    words.push(word)
    size += word.length + 1
  }
  const text = words.join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

/**
 * The stored text (schema v9) of the heavy profile.
 * @param {{ weeks?: number, actions?: number, now?: Date, noteLength?: number, noteChangeChance?: number, seed?: number }} [options]
 * @returns {string}
 */
export function heavyProfileText(options = {}) {
  const {
    weeks = 260,
    actions: actionCount = 200,
    now = new Date(),
    noteLength = 300,
    noteChangeChance = 0.1,
    seed = 14,
  } = options
  const next = random(seed)
  const today = dateOf(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())))
  const firstMonday = addDays(mondayOf(today), -7 * weeks)

  // Ratings climb from about 1 to about 4 over the years, each competency at its own pace, with dips.
  const start = COMPETENCY_IDS.map(() => next() * 1.5)
  const pace = COMPETENCY_IDS.map(() => 2 + next() * 2)
  const ratingsAt = (week) =>
    Object.fromEntries(
      COMPETENCY_IDS.map((id, i) => {
        const trend = start[i] + (pace[i] * week) / weeks
        const dip = next() < 0.03 ? -1 : 0
        return [id, Math.max(0, Math.min(5, Math.floor(trend) + dip))]
      }),
    )

  let notes = Object.fromEntries(
    COMPETENCY_IDS.map((id) => [id, note(next, noteLength - 30 + Math.floor(next() * 60))]),
  )
  const checkIns = []
  let ratings = {}
  let previousRatings = {}
  for (let week = 0; week < weeks; week++) {
    const monday = addDays(firstMonday, 7 * week)
    // Saved on a weekday of that week, at noon UTC (the same local date in almost every time zone).
    const date = addDays(monday, Math.floor(next() * 5))
    const changed = {}
    if (week > 0) {
      for (const id of COMPETENCY_IDS) {
        if (next() < noteChangeChance) {
          const text = note(next, noteLength - 30 + Math.floor(next() * 60))
          notes = { ...notes, [id]: text }
          changed[id] = text
        }
      }
    }
    ratings = ratingsAt(week)
    // Stored since v9 (notes since v7): the first check-in holds every rating and note, later ones only
    // those that changed. Every competency is rated every week, so no rating is ever removed (null).
    const changedRatings = Object.fromEntries(Object.entries(ratings).filter(([id, r]) => previousRatings[id] !== r))
    previousRatings = ratings
    checkIns.push({
      date,
      savedAt: `${date}T12:${pad(Math.floor(next() * 60))}:00.000Z`,
      ratings: changedRatings,
      notes: week === 0 ? notes : changed,
      currentLevelId: week < weeks / 2 ? 'apm' : 'pm',
      targetLevelId: week < weeks / 2 ? 'pm' : 'spm',
      frameworkVersion: '2', // the built-in framework's current version (src/domain/framework/index.ts)
    })
  }

  const statuses = ['planned', 'doing', 'done']
  const actions = Array.from({ length: actionCount }, (_, i) => {
    const competencyId = COMPETENCY_IDS[i % COMPETENCY_IDS.length]
    const status = statuses[Math.floor(next() * 3)]
    const startWeek = Math.floor(next() * weeks)
    const startedOn = status === 'planned' ? null : addDays(firstMonday, 7 * startWeek + 1)
    const doneOn =
      status === 'done'
        ? addDays(firstMonday, 7 * Math.min(weeks - 1, startWeek + 2 + Math.floor(next() * 8)) + 3)
        : null
    const from = Math.floor(next() * 4)
    return {
      id: `heavy-action-${pad(i, 3)}`,
      competencyId,
      title: note(next, 40 + Math.floor(next() * 60)).slice(0, 200),
      status,
      targetWeek: isoWeekKey(addDays(firstMonday, 7 * Math.min(weeks + 8, startWeek + 4))),
      expectedEffect: next() < 0.7 ? { from, to: from + 1 } : null,
      startedOn,
      doneOn,
      suggestionId: null,
    }
  })

  const state = {
    activeFrameworkId: 'pm-ladder',
    frameworks: [],
    data: {
      'pm-ladder': {
        profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: { ai: true }, background: null },
        ratings,
        notes,
        checkIns,
        actions,
        focus: ['strategy-vision', 'people-leadership', 'business-acumen'],
        notRelevant: [],
        mentorReviews: [],
        shareIds: [],
      },
    },
    backup: { lastExportAt: now.toISOString(), reminderDismissedAt: null },
  }
  return JSON.stringify({ state, version: 9 })
}

/** localStorage entries of the heavy profile: { trajectory: text }. */
export function heavyProfileStorage(options = {}) {
  return { trajectory: heavyProfileText(options) }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const value = (name) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const weeks = value('--weeks') ? Number(value('--weeks')) : undefined
  const now = value('--now') ? new Date(`${value('--now')}T12:00:00`) : undefined
  const json = JSON.stringify(heavyProfileStorage({ ...(weeks ? { weeks } : {}), ...(now ? { now } : {}) }))
  const out = value('--out')
  if (out) {
    writeFileSync(out, json)
    console.error(`wrote ${out}: ${json.length.toLocaleString('en')} characters`)
  } else process.stdout.write(`${json}\n`)
}
