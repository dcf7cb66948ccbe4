import type { Competency, Rating } from '../framework-schema'
import type { AreaId } from './areas'
import type { LevelId } from './levels'

/**
 * A competency of the built-in framework: the schema's shape, tightened so the
 * compiler checks what the schema test checks at run time (a known area, one
 * expectation per level, one descriptor per value of the 0..5 scale).
 */
export type BuiltInCompetency = Competency & {
  areaId: AreaId
  expectations: Record<LevelId, Rating>
  descriptors: [string, string, string, string, string, string]
}

/*
 * How to read the descriptors: index = rating value, and every competency
 * follows the same thread (PRODUCT.md, "Writing the framework well"):
 *   0 not yet · 1 with guidance, on a feature · 2 independently, on a feature
 *   or small product · 3 owns it for a product area, others learn from it ·
 *   4 sets how it is done across several teams or products · 5 shapes it for
 *   the whole company and beyond.
 *
 * Expectations (apm → cpo) never fall as the level rises and follow the seeds:
 * execution, customer insight and data are expected early; strategy climbs
 * from "executes a given strategy" to "sets the company's"; people leadership
 * starts with mentoring at Senior PM; P&L, portfolio and org design arrive with
 * Group PM and Director and only reach 5 at VP and CPO.
 */
export const CORE_COMPETENCIES = [
  {
    id: 'strategy-vision',
    name: 'Strategy and vision',
    shortName: 'Strategy',
    areaId: 'strategy',
    track: 'core',
    summary: 'Deciding where the product should go and why, clearly enough that others can act on it.',
    descriptors: [
      'Has not yet shaped a product strategy or explained why a product exists beyond its list of features.',
      'Traces an assigned feature back to the product strategy and names the goal it serves, with a senior PM checking the reasoning.',
      'Writes a problem-and-bet statement for a feature or small product naming the target users, the outcome sought and what is out of scope.',
      'Defines the strategy for a product area, tied to company goals, and other PMs reuse its structure and reasoning in their own plans.',
      "Writes the vision for a product line spanning several teams, so that each team's own strategy visibly ladders up to it.",
      "Sets the company's product vision, makes the investment calls that follow from it, and is sought out beyond the company for that thinking.",
    ],
    // APM executes a given strategy; Senior PM defines a product area's; Group PM
    // a product line's; Director a portfolio's; VP and CPO the company's.
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, 'How PM skills evolve with seniority' table (Product Strategy) and career ladder table; seed 000, Product Manager, VP of Product and Chief Product Officer roles",
  },
  {
    id: 'roadmapping-prioritisation',
    name: 'Roadmapping and prioritisation',
    shortName: 'Roadmapping',
    areaId: 'strategy',
    track: 'core',
    summary: 'Turning strategy into a sequenced plan and choosing what to build next, and what not to build.',
    descriptors: [
      'Has not yet built or maintained a roadmap, or ranked competing requests against each other.',
      'Orders the tickets for the next sprint from a roadmap someone else wrote, checking the ranking with a mentor.',
      'Prioritises the backlog of a feature or small product with a stated method such as RICE and explains every cut to stakeholders.',
      'Builds a multi-quarter roadmap for a product area that ties each theme to an OKR and shows how it moves the ARR goal.',
      'Runs one roadmapping and prioritisation practice across several teams, resolving cross-team dependencies and trading capacity between them in the open.',
      'Owns the company-wide product roadmap, aligns it with the executive team each planning cycle and turns down work that misses the vision.',
    ],
    // Seed 001: the Senior PM's signature skill is the multi-quarter, OKR-tied
    // roadmap; seed 000 gives the CPO the product roadmap that guides development.
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 4, cpo: 5 },
    source:
      "seed 001, Senior PM 'Strategic Roadmapping' and career ladder table (PM: delivering on the roadmap); seed 000, Product Manager role (roadmap, feature prioritization) and Chief Product Officer role",
  },
  {
    id: 'execution-delivery',
    name: 'Execution and delivery',
    shortName: 'Execution',
    areaId: 'execution',
    track: 'core',
    summary: 'Getting the right thing built and shipped: requirements, backlog, sprints and launches.',
    descriptors: [
      'Has not yet written requirements for engineers or followed a piece of work from ticket to release.',
      'Drafts user stories for a feature that a senior PM reviews and tightens before engineers pick them up.',
      'Writes user stories with acceptance criteria that engineers build from without rework, keeps the Jira backlog groomed and clears blockers daily.',
      "Ships a product area's roadmap release after release, flags delivery risks early and keeps launch habits that other PMs copy.",
      'Sets the planning, release and launch-review rhythm across several teams and steps in where a team keeps missing its commitments.',
      'Defines how the whole company plans, ships and launches product, and the cadence holds as teams and products are added.',
    ],
    // Seed 001: execution is the APM's currency and "table stakes" from Senior
    // PM on; leaders keep the bar but spend their time elsewhere, so it tops out at 4.
    expectations: { apm: 2, pm: 3, spm: 3, gpm: 4, director: 4, vp: 4, cpo: 4 },
    source:
      "seed 001, 'The Associate PM: The Execution Expert' checklist (user stories, Jira backlog), 'The Senior PM' (execution is table stakes) and career ladder table; seed 000, Product Manager role (project management)",
  },
  {
    id: 'customer-insight',
    name: 'Customer insight',
    shortName: 'Customer insight',
    areaId: 'customer-data',
    track: 'core',
    summary: 'Learning first-hand and continuously what customers need, and letting it change the product.',
    descriptors: [
      'Has not yet interviewed a customer or turned customer feedback into a product decision.',
      'Joins customer interviews run by a designer or researcher, takes notes and drafts the takeaways for review.',
      'Runs two or three customer interviews every week for a feature, records them and shares a synthesis the team acts on.',
      "Keeps a product area's research habit running through interviews, feedback tagging and usability tests, and other PMs borrow its scripts.",
      'Sets how customer research and feedback flow across several teams, so that a discovery in one product reaches the others.',
      'Makes customer evidence a standing input to company-level bets such as new markets, and is invited outside the company to explain how.',
    ],
    // Seed 001's APM checklist expects weekly interviews; seed 000 names customer
    // understanding for Senior PMs and market and customer insight for VP and CPO.
    expectations: { apm: 2, pm: 3, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 4 },
    source:
      "seed 001, APM checklist 'Conduct User Interviews' and career ladder table (conducting user research); seed 000, entry-level skills table (Customer-Centricity), Senior PM skills (customer understanding), VP skills (market analysis)",
  },
  {
    id: 'data-analytics',
    name: 'Data and analytics',
    shortName: 'Data & analytics',
    areaId: 'customer-data',
    track: 'core',
    summary: 'Measuring what the product does and deciding from the numbers.',
    descriptors: [
      'Has not yet pulled product usage data or tracked a metric for work that shipped.',
      'Answers a set question, such as onboarding completion rate, from an Amplitude or Mixpanel dashboard someone else built.',
      "Pulls usage data in Amplitude, Mixpanel or Google Analytics, tracks a feature's adoption and engagement, and reports what changed after launch.",
      'Chooses the KPIs for a product area, shows which business outcome each one drives and runs A/B tests that others use as templates.',
      'Sets the metric definitions and experiment standards shared by several teams, so that results compare across products.',
      "Owns the company's measurement system, so every product bet carries a defined metric and results decide portfolio moves.",
    ],
    // Seed 001 table (Data & Analytics): APM pulls usage data, Senior PM defines
    // KPIs, Director/VP decide at portfolio level from data.
    expectations: { apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 4 },
    source:
      "seed 001, 'How PM skills evolve with seniority' table (Data & Analytics) and APM checklist 'Master Data Analysis'; seed 000, entry-level skills table (Analytical Thinking) and CPO skills (Data-Driven Decision Making)",
  },
  {
    id: 'communication',
    name: 'Communication',
    shortName: 'Communication',
    areaId: 'leadership',
    track: 'core',
    summary: 'Making requirements, plans and vision understood by the people who need them, in writing and in the room.',
    descriptors: [
      'Has not yet presented product work or written requirements that other people depend on.',
      "Walks engineers and the designer through a feature's requirements and sprint goal, using an outline a senior PM has reviewed.",
      'Writes a one-page spec for a feature that engineering, design and marketing read and act on without a follow-up meeting.',
      "Takes a product area's strategy to leadership reviews, adapts the message to each audience and leaves the room with clear decisions.",
      'Keeps several teams and senior leadership aligned through regular written updates and reviews that other leaders adopt as the model.',
      'Carries the product vision to all-hands meetings, the board and key partners, and people who were not in the room retell it accurately.',
    ],
    // Seed 001 table (Communication): immediate team → leadership → company, board and partners.
    expectations: { apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, 'How PM skills evolve with seniority' table (Communication); seed 000, Product Manager role, VP skills (communication at all organizational levels) and CPO skills",
  },
  {
    id: 'cross-functional-influence',
    name: 'Cross-functional influence',
    shortName: 'Influence',
    areaId: 'leadership',
    track: 'core',
    summary: 'Bringing engineering, design, marketing and sales behind a direction without being their manager.',
    descriptors: [
      'Has not yet worked with engineering, design or marketing toward a shared product goal.',
      'Works with engineers and a designer on a feature and takes disagreements to a senior PM to settle.',
      'Settles day-to-day disagreements with engineering and design on a feature directly, keeping the work moving without escalation.',
      "Wins buy-in for a product area's plan from engineering, design, marketing and sales leads without any line authority over them.",
      'Negotiates priorities and shared commitments among several teams and their senior leaders, settling conflicts before they reach executives.',
      'Aligns the executive team, including the CEO, CTO and CMO, on product direction and keeps lasting partnerships with functions and outside partners.',
    ],
    // Seed 000: collaboration is essential from APM; seed 001: influence without
    // authority is the Senior PM's skill; Directors work with executive leadership.
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 4, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, Senior PM 'Cross-Functional Leadership', 'How PM skills evolve with seniority' table (Leadership) and career ladder table (cross-team influence); seed 000, entry-level skills table (Collaboration), Director skills (Collaboration and Influence), CPO role",
  },
  {
    id: 'people-leadership',
    name: 'People leadership and mentoring',
    shortName: 'People leadership',
    areaId: 'leadership',
    track: 'core',
    summary: 'Growing other PMs: mentoring, managing, hiring and building the product team.',
    descriptors: [
      'Has not yet mentored, coached or managed another product manager, formally or informally.',
      "Onboards a new teammate or intern and answers their questions, with a manager guiding the approach.",
      'Mentors one or two junior PMs through regular one-to-ones, reviews their specs and coaches them through their first launches.',
      'Manages a team of PMs: sets their goals, gives feedback, writes reviews and grows them into larger scopes.',
      'Leads a product organisation of several teams through its managers, hiring and developing PM leaders and handling performance across it.',
      "Grows the company's product organisation as the business scales, hires its senior leaders and builds a culture of experimentation others learn from.",
    ],
    // Seed 001: mentoring starts at Senior PM, managing a team of PMs at Group PM,
    // building and scaling the organisation at Director/VP/CPO.
    expectations: { apm: 0, pm: 0, spm: 2, gpm: 3, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, career ladder table (mentoring junior PMs, managing a team of PMs), Senior PM 'Mentorship' and 'How PM skills evolve with seniority' table (Leadership); seed 000, Senior PM and Director roles",
  },
  {
    id: 'business-acumen',
    name: 'Business acumen and P&L',
    shortName: 'Business & P&L',
    areaId: 'business',
    track: 'core',
    summary: 'Understanding how the product makes and spends money, and owning the results.',
    descriptors: [
      'Has not yet connected product work to revenue, cost or any other business metric.',
      'Explains, with help, which business metric an assigned feature should move and roughly by how much.',
      'Builds a business case for a feature or small product, estimating its revenue or cost impact before work starts.',
      'Owns key business metrics for a product area, such as revenue, retention or ARR, and reports progress against them every quarter.',
      'Carries the P&L of a product line spanning several teams, balancing revenue against costs and setting budgets within it.',
      "Owns the budget and business results of the whole product function and makes calls that move the company's bottom line.",
    ],
    // Seed 001: Group PMs own key business metrics, Directors/VPs the P&L; seed 000:
    // VPs budget for the portfolio and CPOs drive business impact.
    expectations: { apm: 0, pm: 1, spm: 2, gpm: 3, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, career ladder table (owning key business metrics; business impact), 'P&L Ownership' and 'How PM skills evolve with seniority' table (Data & Analytics, Director/VP); seed 000, Senior PM skills (business acumen) and VP skills (budgeting and resource allocation)",
  },
  {
    id: 'technical-literacy',
    name: 'Technical literacy',
    shortName: 'Technical literacy',
    areaId: 'technical',
    track: 'core',
    summary: 'Understanding how the product is built, well enough to weigh technical trade-offs with engineers.',
    descriptors: [
      'Has not yet discussed how a feature is built, its architecture or its constraints with engineers.',
      'Follows engineering discussions about a feature and asks about APIs and constraints, with an engineer explaining the details.',
      "Talks through a feature's architecture, its APIs and the trade-offs with engineers, and weighs their estimates in scope decisions.",
      'Makes build, buy and technical-debt trade-offs for a product area with the engineering lead, and other PMs seek out that view.',
      'Works with engineering leadership on platform and architecture choices spanning several products, judging their product and cost consequences.',
      "Shapes the company's technology bets with the CTO and explains the product impact of emerging technology to executives and outside audiences.",
    ],
    // Seed 001: technical literacy is non-negotiable at every level, but no PM
    // writes the code; seed 000 asks VPs and CPOs for technical acumen, not mastery.
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 3, director: 3, vp: 4, cpo: 4 },
    source:
      "seed 001, 'Do I Need a Technical Background for a Product Management Career?'; seed 000, key skills for product managers (Technical proficiency), VP skills (technical acumen) and CPO skills",
  },
  {
    id: 'decision-making',
    name: 'Decision-making and problem-solving',
    shortName: 'Decision-making',
    areaId: 'execution',
    track: 'core',
    summary: 'Framing problems clearly and making sound calls on incomplete evidence.',
    descriptors: [
      'Has not yet made a product decision and been accountable for how it turned out.',
      'Brings a problem with supporting data and user feedback to a senior PM and proposes an option before the decision is made.',
      'Decides feature-level trade-offs alone, from data, user feedback and the product goal, and writes down the reasoning.',
      'Turns ambiguous problems in a product area into clear options, decides by a set date and revisits the call when evidence changes.',
      'Sets how decisions are made across several teams: who decides, on what evidence, and how choices are recorded and reviewed.',
      "Makes the company's hardest product calls, such as entering or leaving a market, and sets decision principles other leaders apply.",
    ],
    // Seed 000 lists decision-making and problem-solving as essential from APM on
    // and tough decisions as part of the CPO's job.
    expectations: { apm: 2, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 5 },
    source:
      'seed 000, Associate PM role and entry-level skills table (Decision-Making, Problem-Solving), Senior PM skills and CPO role; seed 001, career ladder table',
  },
  {
    id: 'process-org-design',
    name: 'Process and organisation design',
    shortName: 'Org design',
    areaId: 'leadership',
    track: 'core',
    summary: 'Designing how product work gets done and how the product team is structured.',
    descriptors: [
      'Has not yet changed how a team works or how the team is organised.',
      "Suggests a change to a team ritual, such as the stand-up or retrospective, and tries it with a lead's support.",
      "Improves a team's working process, such as intake, refinement or release notes, and measures whether the change helped.",
      'Designs the way of working for a group of PMs, including planning, reviews and templates, and other groups adopt it.',
      'Redesigns how PMs across several teams plan, review and hand off work, and defines their roles so that nothing falls between them.',
      "Sets the product organisation's structure, roles and career ladder for the whole company and reshapes them as the company grows.",
    ],
    // Seed 000: Directors move from product work to team effectiveness and process
    // improvement; seed 001: product leaders design the organisation and ladders.
    expectations: { apm: 0, pm: 0, spm: 1, gpm: 2, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 000, Director of Product role and skills table (Process improvement); seed 001, 'The Product Leader' (Organizational Design) and career ladder table (managing the entire product function)",
  },
  {
    id: 'portfolio-management',
    name: 'Portfolio management',
    shortName: 'Portfolio',
    areaId: 'business',
    track: 'core',
    summary: 'Choosing which products and initiatives to fund, scale or sunset.',
    descriptors: [
      'Has not yet weighed one product or initiative against another for investment.',
      'Prepares performance data on several features or initiatives for a leader who is deciding where to invest.',
      'Recommends whether to continue, expand or stop a feature or small product, backed by usage and cost evidence.',
      'Balances investment across the initiatives of a product line and retires the ones that do not earn their place.',
      'Allocates people and budget across several products and makes the fund, scale or sunset call for each against the business strategy.',
      "Decides the company's product portfolio, including new markets and acquisitions, and defends the mix to the CEO and board.",
    ],
    // Seed 001: portfolio management is the Director's key focus and a critical
    // competency of product leaders; seed 000: the VP and CPO oversee the whole portfolio.
    expectations: { apm: 0, pm: 0, spm: 1, gpm: 3, director: 4, vp: 5, cpo: 5 },
    source:
      "seed 001, career ladder table (Director: portfolio management; resource allocation) and 'The Product Leader' (Portfolio Management); seed 000, VP of Product and Chief Product Officer roles",
  },
] as const satisfies readonly BuiltInCompetency[]

export type CoreCompetencyId = (typeof CORE_COMPETENCIES)[number]['id']
