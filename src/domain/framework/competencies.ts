import type { Competency, Rating } from '../framework-schema'
import type { AreaId } from './areas'
import type { LevelId } from './levels'

/**
 * A competency of the built-in framework as the first screen and the store need it: its place and
 * what each level expects. Its texts (summary, descriptors, signals, sources) are in
 * competency-texts.ts, which loads with the screens that show them (texts.ts joins the two).
 */
export type BuiltInCompetencyStructure = Pick<Competency, 'id' | 'name' | 'shortName' | 'track'> & {
  areaId: AreaId
  expectations: Record<LevelId, Rating>
}

/*
 * Expectations (apm → cpo) never fall as the level rises and follow the seeds: execution, customer
 * insight and data are expected early; strategy climbs from "executes a given strategy" to setting
 * the company's; people leadership starts with mentoring at Senior PM; P&L, portfolio and org design
 * arrive with Group PM and Director. The VP owns the product function company-wide (strategy,
 * roadmap, people, organisation, portfolio at 5); the CPO adds what only its seed facts give:
 * the company's innovation, new markets, tough calls, emerging technology and the C-suite.
 * What each value means for a competency is in competency-texts.ts.
 */
export const CORE_COMPETENCIES = [
  {
    id: 'strategy-vision',
    name: 'Strategy and vision',
    shortName: 'Strategy',
    areaId: 'strategy',
    track: 'core',
    // APM executes a given strategy; Senior PM defines a product area's; Group PM a product line's;
    // VP and CPO the company's. No rise at Director, on purpose: the Director's strategic facts (a
    // larger organisation's long-term vision) are the same cross-product judgement as the Group PM's
    // value 4, and value 5 is company-wide, the VP's; the Director's own rise is in innovation
    // ("opportunities for innovation and market expansion"), process and portfolio.
    expectations: { 'not-a-pm': 1, apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'roadmapping-prioritisation',
    name: 'Roadmapping and prioritisation',
    shortName: 'Roadmapping',
    areaId: 'strategy',
    track: 'core',
    // the career-path article: the Senior PM's signature skill is the multi-quarter, OKR-tied roadmap; the career-paths article has the
    // VP align the product roadmap with the overall business strategy, hence 5 from VP.
    expectations: { 'not-a-pm': 0, apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'execution-delivery',
    name: 'Execution and delivery',
    shortName: 'Execution',
    areaId: 'execution',
    track: 'core',
    // the career-path article: execution is the APM's currency and "table stakes" from Senior PM on; leaders keep the
    // bar but spend their time elsewhere, so it tops out at 4. UX and product quality (the career-paths article, PM
    // role; the career-path article's Figma) and AI-assisted drafting (the career-path article: "no longer a nice to have") are how
    // the work is done here, so they sit in this competency's descriptors and suggestions.
    expectations: { 'not-a-pm': 1, apm: 2, pm: 3, spm: 3, gpm: 4, director: 4, vp: 4, cpo: 4 },
  },
  {
    id: 'customer-insight',
    name: 'Customer and market insight',
    shortName: 'Customer & market',
    areaId: 'customer-data',
    track: 'core',
    // the career-path article's APM checklist expects weekly interviews; the career-paths article asks PMs to analyse the market and the
    // competitive landscape, VPs for market analysis and competitive intelligence, and gives the CPO
    // "identifying new market opportunities, conducting market research": the CPO's rise.
    expectations: { 'not-a-pm': 1, apm: 2, pm: 3, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'data-analytics',
    name: 'Data and analytics',
    shortName: 'Data & analytics',
    areaId: 'customer-data',
    track: 'core',
    // the career-path article table (Data & Analytics): APM pulls usage data, Senior PM defines KPIs, Director/VP decide
    // at portfolio level from data; the career-paths article lists data-driven decision making among the CPO's skills.
    expectations: { 'not-a-pm': 1, apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'communication',
    name: 'Communication',
    shortName: 'Communication',
    areaId: 'leadership',
    track: 'core',
    // the career-path article table (Communication): immediate team → leadership → company, board and partners.
    expectations: { 'not-a-pm': 1, apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'cross-functional-influence',
    name: 'Cross-functional influence',
    shortName: 'Influence',
    areaId: 'leadership',
    track: 'core',
    // the career-paths article: collaboration is essential from APM; the career-path article: influence without authority is the Senior
    // PM's skill; Directors work with executive leadership and VPs align with the executive team, while
    // the CPO reports to the CEO and works with the CTO and CMO as one of them: the CPO's 5.
    expectations: { 'not-a-pm': 1, apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'people-leadership',
    name: 'People leadership and mentoring',
    shortName: 'People',
    areaId: 'leadership',
    track: 'core',
    // the career-path article: mentoring starts at Senior PM, managing a team of PMs at Group PM, building and scaling
    // the organisation at Director/VP/CPO; the VP manages the entire product function.
    expectations: { 'not-a-pm': 0, apm: 0, pm: 0, spm: 2, gpm: 3, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'business-acumen',
    name: 'Business acumen and P&L',
    shortName: 'Business & P&L',
    areaId: 'business',
    track: 'core',
    // the career-paths article: an APM already affects the allocation of resources (1); the career-path article: Group PMs own key
    // business metrics, Directors and VPs the P&L of a product line and VPs budget the portfolio (4);
    // the CPO drives the company's business impact (5).
    expectations: { 'not-a-pm': 0, apm: 1, pm: 1, spm: 2, gpm: 3, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'technical-literacy',
    name: 'Technical literacy',
    shortName: 'Technical literacy',
    areaId: 'technical',
    track: 'core',
    // the career-path article: technical literacy is non-negotiable at every level, but no PM writes the code; the career-paths article
    // asks VPs for technical acumen (Directors, who weigh the same platform choices, as much) and CPOs
    // for an understanding of emerging technologies, with the CTO as a peer.
    expectations: { 'not-a-pm': 0, apm: 1, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'decision-making',
    name: 'Decision-making and problem-solving',
    shortName: 'Decision-making',
    areaId: 'execution',
    track: 'core',
    // the career-paths article lists decision-making and problem-solving as essential from APM on, and tough decisions
    // through complex challenges as part of the CPO's job: the CPO's rise.
    expectations: { 'not-a-pm': 1, apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 5 },
  },
  {
    id: 'process-org-design',
    name: 'Process and organisation design',
    shortName: 'Org design',
    areaId: 'leadership',
    track: 'core',
    // the career-path article: a Group PM manages a team of PMs, so designs how that team works (3, no jump from 2 to 4);
    // the career-paths article: Directors turn to team effectiveness and process improvement; the career-path article: product leaders
    // design the organisation and its career ladders.
    expectations: { 'not-a-pm': 0, apm: 0, pm: 0, spm: 1, gpm: 3, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'portfolio-management',
    name: 'Portfolio management',
    shortName: 'Portfolio',
    areaId: 'business',
    track: 'core',
    // the career-path article: portfolio management is the Director's key focus and a critical competency of product
    // leaders; the career-paths article: the VP is responsible for the entire product portfolio.
    expectations: { 'not-a-pm': 0, apm: 0, pm: 0, spm: 1, gpm: 3, director: 4, vp: 5, cpo: 5 },
  },
  {
    id: 'innovation-opportunities',
    name: 'Innovation and new opportunities',
    shortName: 'Innovation',
    areaId: 'business',
    track: 'core',
    // The CPO's own row in the career-path article's ladder ("Driving the company's overall product innovation") and
    // the career-paths article's CPO skill "Innovation"; Directors identify opportunities for innovation and market
    // expansion and VPs foster a culture of innovation (the career-paths article). A PM meets it as a hidden
    // opportunity in the data (the career-path article). It rises at every step from Group PM, most at CPO.
    expectations: { 'not-a-pm': 0, apm: 0, pm: 1, spm: 1, gpm: 1, director: 2, vp: 3, cpo: 5 },
  },
] as const satisfies readonly BuiltInCompetencyStructure[]

export type CoreCompetencyId = (typeof CORE_COMPETENCIES)[number]['id']
