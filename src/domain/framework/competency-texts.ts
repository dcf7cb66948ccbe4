import type { Competency } from '../framework-schema'
import type { CoreCompetencyId } from './competencies'

/**
 * What a competency of the built-in framework says, by competency id: read only by the screens that
 * show it, so it stays out of the first load (texts.ts joins it to the structure in competencies.ts). Its
 * sources are in citations.ts.
 */
export type CompetencyTexts = Pick<Competency, 'signals'> & {
  summary: string
  descriptors: [string, string, string, string, string, string]
}

/*
 * How to read the descriptors (version 2): index = rating value, and each one says what the
 * person themself does, so that two people rate the same way and nobody needs to know what others
 * later did with the work. Every competency follows the same thread:
 *   0 not yet · 1 with guidance, on a feature · 2 independently, on a feature or small product ·
 *   3 owns it for a product area · 4 the person's own judgement in this domain across several teams
 *   or products (not "sets the process": the judgement itself) · 5 decides it for the whole company.
 * Craft skills (technical literacy, and the AI track) are anchored by depth of skill instead of
 * breadth of scope, so a leader with a wide scope and a senior PM with the same depth rate alike.
 * What others may do with the work (adopt it, ask for it) is an optional `signal` shown under a
 * descriptor as a hint, never a requirement: a company's only PM can reach every value.
 */
export const CORE_TEXTS = {
  'strategy-vision': {
    summary: 'Deciding where the product should go and why, clearly enough that others can act on it.',
    descriptors: [
      'Has not yet shaped a product strategy or explained why a product exists beyond its list of features.',
      'Traces an assigned feature back to the product strategy and names the goal it serves, with a senior PM checking the reasoning.',
      'Writes a problem-and-bet statement for a feature or small product naming the target users, the outcome sought and what is out of scope.',
      'Defines the strategy for a product area, ties each bet to a company goal and states what the area will stop doing.',
      "Judges strategy across several products: writes a product line's long-term vision and decides where a team's strategy conflicts with it.",
      "Sets the company's product strategy and vision, and makes the investment calls across the whole portfolio that follow from them.",
    ],
    signals: [
      null,
      null,
      null,
      'Other PMs reuse its structure and reasoning in their own plans.',
      "Each team's own strategy visibly ladders up to the vision.",
      'People outside the company ask for this thinking.',
    ],
  },
  'roadmapping-prioritisation': {
    summary: 'Turning strategy into a sequenced plan and choosing what to build next, and what not to build.',
    descriptors: [
      'Has not yet built or maintained a roadmap, or ranked competing requests against each other.',
      'Orders the tickets for the next sprint from a roadmap someone else wrote, checking the ranking with a mentor.',
      'Prioritises the backlog of a feature or small product with a stated method such as RICE and explains every cut to stakeholders.',
      'Builds a multi-quarter roadmap for a product area that ties each theme to an OKR and shows how it moves the ARR goal.',
      "Judges priorities across several teams' roadmaps: finds the dependencies between them and decides which work moves when capacity runs short.",
      'Owns the company-wide product roadmap, aligns it with the business strategy each planning cycle and turns down work that misses the vision.',
    ],
  },
  'execution-delivery': {
    summary:
      'Getting the right thing built and shipped at a quality users notice: requirements, design reviews, backlog, sprints and launches, with AI tools doing the first drafts.',
    descriptors: [
      'Has not yet written requirements for engineers or followed a piece of work from ticket to release.',
      'Drafts user stories for a feature, often with an AI assistant, that a senior PM reviews and tightens before engineers pick them up.',
      'Writes user stories with acceptance criteria that engineers build from without rework, reviews the Figma flows before build and clears blockers daily.',
      "Ships a product area's roadmap release after release, holds each release to a usability and quality bar, and flags delivery risks early.",
      'Judges delivery risk across several teams: reads their plans, names the commitments that will slip and decides what to cut or resequence.',
      'Decides how the whole company plans, ships and launches product, and the quality bar every release must clear.',
    ],
    signals: [null, null, null, 'Other PMs copy its launch habits.', null, null],
  },
  'customer-insight': {
    summary:
      'Learning first-hand what customers need and how the market and competitors move, and letting both change the product.',
    descriptors: [
      'Has not yet interviewed a customer, studied a competitor or turned either into a product decision.',
      'Joins customer interviews run by a designer or researcher, takes notes and drafts the takeaways for review.',
      'Runs two or three customer interviews every week for a feature, compares how competitors solve the same problem and shares a synthesis.',
      "Keeps a product area's research running through interviews, feedback tagging and usability tests, and writes its market and competitive analysis.",
      'Judges market trends and competitive moves across several products, and decides which findings change their roadmaps and which do not.',
      'Finds new market opportunities for the company from its own market research, customer evidence and competitive intelligence, and argues them to the CEO.',
    ],
    signals: [null, null, null, 'Other PMs borrow its interview scripts.', null, null],
  },
  'data-analytics': {
    summary: 'Measuring what the product does and deciding from the numbers.',
    descriptors: [
      'Has not yet pulled product usage data or tracked a metric for work that shipped.',
      'Answers a set question, such as onboarding completion rate, from an Amplitude or Mixpanel dashboard someone else built.',
      "Pulls usage data in Amplitude, Mixpanel or Google Analytics, tracks a feature's adoption and engagement, and reports what changed after launch.",
      'Chooses the KPIs for a product area, shows which business outcome each one drives and runs A/B tests to check the link.',
      "Judges evidence across several products: spots a flawed metric or an underpowered test in a team's results and decides what the numbers support.",
      "Decides the company's portfolio moves from data and defines the measures every product bet at the company is judged by.",
    ],
    signals: [
      null,
      null,
      null,
      'Other PMs use its A/B tests as templates.',
      'Teams compare their results with its definitions.',
      null,
    ],
  },
  communication: {
    summary:
      'Making requirements, plans and vision understood by the people who need them, in writing and in the room.',
    descriptors: [
      'Has not yet presented product work or written requirements that other people depend on.',
      "Walks engineers and the designer through a feature's requirements and sprint goal, using an outline a senior PM has reviewed.",
      'Writes a one-page spec for a feature that engineering, design and marketing read and act on without a follow-up meeting.',
      "Takes a product area's strategy to leadership reviews, adapts the message to each audience and leaves the room with clear decisions.",
      'Writes the updates and runs the reviews that keep several teams and senior leadership on one plan, and spots misalignment early.',
      'Carries the product vision to the whole company, the board and key partners, and answers their challenges to it in the room.',
    ],
    signals: [
      null,
      null,
      null,
      null,
      'Other leaders adopt its updates as the model.',
      'People who were not in the room retell the vision accurately.',
    ],
  },
  'cross-functional-influence': {
    summary: 'Bringing engineering, design, marketing and sales behind a direction without being their manager.',
    descriptors: [
      'Has not yet worked with engineering, design or marketing toward a shared product goal.',
      'Works with engineers and a designer on a feature and takes disagreements to a senior PM to settle.',
      'Settles day-to-day disagreements with engineering and design on a feature directly, keeping the work moving without escalation.',
      "Wins buy-in for a product area's plan from engineering, design, marketing and sales leads without any line authority over them.",
      'Negotiates priorities among several teams and their senior leaders, judging which conflicts to settle itself and which to take to executives.',
      "Works as a peer of the CEO's other executives, such as the CTO and CMO, and aligns the C-suite on product direction.",
    ],
  },
  'people-leadership': {
    summary: 'Growing other PMs: mentoring, managing, hiring and building the product team.',
    descriptors: [
      'Has not yet mentored, coached or managed another product manager, formally or informally.',
      'Onboards a new teammate or intern and answers their questions, with a manager guiding the approach.',
      'Mentors one or two junior PMs through regular one-to-ones, reviews their specs and coaches them through their first launches.',
      'Manages a team of PMs: sets their goals, gives feedback, writes reviews and grows them into larger scopes.',
      'Judges PM talent across several teams: calibrates performance between managers, decides promotions and hires the PM leaders the organisation lacks.',
      "Builds the company's product organisation as the business scales, hires its senior leaders and shapes a culture that keeps experimenting.",
    ],
    signals: [null, null, null, null, null, 'Leaders elsewhere in the company copy the culture it builds.'],
  },
  'business-acumen': {
    summary: 'Understanding how the product makes and spends money, and owning the results.',
    descriptors: [
      'Has not yet connected product work to revenue, cost or any other business metric.',
      'Explains, with help, which business metric an assigned feature should move and roughly by how much.',
      'Builds a business case for a feature or small product, estimating its revenue or cost impact before work starts.',
      'Owns key business metrics for a product area, such as revenue, retention or ARR, and reports progress against them every quarter.',
      'Carries the P&L of a product line or the budget of a product portfolio, judging where spending returns most across several teams.',
      "Answers to the CEO for the business impact of the company's products and makes the calls that move the company's bottom line.",
    ],
  },
  'technical-literacy': {
    summary: 'Understanding how the product is built, well enough to weigh technical trade-offs with engineers.',
    // A craft skill: the values measure depth of understanding, not the size of the scope.
    descriptors: [
      'Has not yet discussed how a feature is built, its architecture or its constraints with engineers.',
      'Follows engineering discussions about a feature and asks about APIs and constraints, with an engineer explaining the details.',
      "Talks through a feature's architecture, its APIs and the trade-offs with engineers, and weighs their estimates in scope decisions.",
      'Reads a technical design and names its risks, such as technical debt, scaling limits or a build-or-buy choice, before engineers raise them.',
      'Judges architecture and platform choices, such as a shared service or a re-platforming, by their cost, risk and consequence for the product.',
      'Judges what an emerging technology can and cannot do, and at what cost, deeply enough to set technology bets with the CTO.',
    ],
    signals: [null, null, null, 'Other PMs ask for this view on their designs.', null, null],
  },
  'decision-making': {
    summary: 'Framing problems clearly and making sound calls on incomplete evidence.',
    descriptors: [
      'Has not yet made a product decision and been accountable for how it turned out.',
      'Brings a problem with supporting data and user feedback to a senior PM and proposes an option before the decision is made.',
      'Decides feature-level trade-offs alone, from data, user feedback and the product goal, and writes down the reasoning.',
      'Turns ambiguous problems in a product area into clear options, decides by a set date and revisits the call when evidence changes.',
      "Decides the calls that cross several teams, weighing each option's evidence and reversibility, and records why for every team affected.",
      "Makes the company's hardest product calls, such as entering or leaving a market, and stands by them before the CEO and board.",
    ],
  },
  'process-org-design': {
    summary: 'Designing how product work gets done and how the product team is structured.',
    descriptors: [
      'Has not yet changed how a team works or how the team is organised.',
      "Suggests a change to a team ritual, such as the stand-up or retrospective, and tries it with a lead's support.",
      "Improves a team's working process, such as intake, refinement or release notes, and measures whether the change helped.",
      'Designs the way of working for a group of PMs, including planning, reviews and templates, and checks that it saves them time.',
      'Finds where work falls between several teams and redesigns how they plan, review and hand off work, with roles that close the gaps.',
      "Sets the product organisation's structure, roles and career ladder for the whole company and reshapes them as the company grows.",
    ],
    signals: [null, null, null, 'Other groups adopt the way of working.', null, null],
  },
  'portfolio-management': {
    summary: 'Choosing which products and initiatives to fund, scale or sunset.',
    descriptors: [
      'Has not yet weighed one product or initiative against another for investment.',
      'Prepares performance data on several features or initiatives for a leader who is deciding where to invest.',
      'Recommends whether to continue, expand or stop a feature or small product, backed by usage and cost evidence.',
      'Balances investment across the initiatives of a product line and retires the ones that do not earn their place.',
      'Allocates people and budget across several products and makes the fund, scale or sunset call for each against the business strategy.',
      "Decides the company's product portfolio, including new markets and acquisitions, and defends the mix to the CEO and board.",
    ],
  },
  'innovation-opportunities': {
    summary: 'Finding and testing what the product and the company could do next, beyond the current roadmap.',
    descriptors: [
      'Has not yet proposed a new product opportunity or tested an idea beyond the current roadmap.',
      'Spots an opportunity in usage data or customer feedback and writes it up as a one-page idea, with a PM shaping the pitch.',
      'Runs a small, time-boxed test of a new idea, such as a prototype or a fake-door test, and decides from the result whether to pursue it.',
      "Keeps a product area's list of new opportunities, sizes each against the market and funds the few worth a real experiment.",
      'Judges which new segments, markets or product ideas across several products deserve investment, and sets the evidence each must show to scale.',
      'Decides where the company innovates next, such as a new product line or market, and answers to the CEO for the growth it brings.',
    ],
  },
} as const satisfies Record<CoreCompetencyId, CompetencyTexts>
