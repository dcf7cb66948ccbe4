import type { Suggestion } from '../framework-schema'
import type { AiCompetencyId } from './ai-track'
import type { CoreCompetencyId } from './competencies'
import { AI_COMPETENCIES } from './ai-track'
import { CORE_COMPETENCIES } from './competencies'
import { LEVEL_IDS, type LevelId } from './levels'
import { cite } from './sources'

/**
 * A suggestion of the built-in framework: the schema's shape, tightened so the
 * compiler checks what the schema checks at run time (a known competency, known
 * target levels, and the rating step it builds).
 */
export type BuiltInSuggestion = Suggestion & {
  detail: string
  competencyId: CoreCompetencyId | AiCompetencyId
  levelIds: LevelId[]
  step?: { from: number; to: number }
  /** Ids of STARTING_POINT.backgrounds: whose way in it is (the career-path article's examples per background). */
  backgrounds?: ('engineering' | 'design' | 'marketing' | 'data' | 'customer-support' | 'other')[]
}

/*
 * Suggested actions for closing a gap, drawn from the seeds' checklists and
 * advice (version 2). How to read them:
 *   - step is the rating step the action builds: from value n to n + 1 of its
 *     competency's descriptors. The plan offers first the suggestions whose
 *     step starts at the user's own rating, whatever their target, so a PM with
 *     data rated 0 is handed the first step, not the target level's exercise;
 *     adding one pre-fills the action's expected effect with the step.
 *   - levelIds are the target levels the action fits: each of them expects at
 *     least the step's "to" value. Every level has at least one suggestion for
 *     every competency it expects anything of, and every step from 0 to a
 *     competency's highest expectation has at least one suggestion.
 *   - For leadership targets, the action is a stretch that someone one level
 *     below can do now ("A stretch for a Director: ..."), never the target job.
 *   - Titles are imperative and doable within a week or a sprint; the detail
 *     says how, and ends on what exists when it is done.
 *   - The starting point "Not a PM yet" gets the seeds' ways in: acting like
 *     a PM now, the internal transfer, the adjacent-role move and the APM
 *     programme's portfolio and interview preparation.
 *   - Every competency has a calibration suggestion: rating it with a mentor.
 * framework.test.ts checks coverage, steps, uniqueness, lengths and sources.
 */
const WRITTEN = [
  // ── Strategy and vision ─────────────────────────────────────────
  {
    id: 'trace-feature-to-company-goal',
    competencyId: 'strategy-vision',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: 'Trace your current feature back to the company goal it serves',
    detail:
      'Write three sentences linking the feature to the product strategy and to the company objective above it, then ask a senior PM whether the chain holds. Done when the reviewed link sits at the top of the feature spec.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Executes on a pre-defined strategy and roadmap.',
    }),
  },
  {
    id: 'app-teardown',
    competencyId: 'strategy-vision',
    levelIds: ['not-a-pm', 'apm'],
    backgrounds: ['design', 'other'],
    step: { from: 0, to: 1 },
    title: 'Write a teardown of an app you use: who it serves, its bet and what it leaves out',
    detail:
      'Pick a product you know as a user, describe its target users, the problem it bets on, how it makes money and one thing you would change, with the evidence for it. Done when the teardown is written and a PM has told you where the reasoning is weak.',
    source: cite({
      article: 'career-path',
      section: 'Path 3: The APM Program',
      quote: 'Do a teardown of your favorite app',
    }),
  },
  {
    id: 'problem-and-bet-one-pager',
    competencyId: 'strategy-vision',
    levelIds: ['pm'],
    step: { from: 1, to: 2 },
    title: 'Write a one-page problem-and-bet statement for your product',
    detail:
      'Name the target users, the outcome you are after, the bet you are making and what is deliberately out of scope, then review it with your engineering and design leads. Done when the page is linked from the roadmap and the leads have signed it off.',
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Owning a feature or small product',
      },
      {
        article: 'career-paths',
        section: 'Product Manager Role',
        quote: 'They are responsible for defining the product strategy',
      },
    ),
  },
  {
    id: 'area-strategy-tied-to-goals',
    competencyId: 'strategy-vision',
    levelIds: ['spm'],
    step: { from: 2, to: 3 },
    title: "Draft your product area's strategy and tie each bet to a company goal",
    detail:
      'Set out the two or three bets your area will make this year, the company objective each one serves and what you will stop doing, and ask a peer PM to critique it. Done when your manager has reviewed the draft and it is shared with the neighbouring PMs.',
    source: cite(
      {
        article: 'career-path',
        section: 'How PM Skills Evolve with Seniority',
        quote: 'Defines the roadmap for a specific product area, aligning it with company goals.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'Defining product strategy' },
    ),
  },
  {
    id: 'product-line-vision',
    competencyId: 'strategy-vision',
    levelIds: ['gpm', 'director'],
    step: { from: 3, to: 4 },
    title: "Write a product-line vision that each team's strategy can ladder up to",
    detail:
      "Draft a two-page vision for the product line, then have each team's PM map their current strategy onto it and mark where it does not fit. Done when the vision and a one-table map of team strategies against it are shared with every team.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'setting the vision for a product line',
      },
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'defining long-term product vision',
      },
    ),
  },
  {
    id: 'company-product-vision',
    competencyId: 'strategy-vision',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Draft a three-year vision for your part of the portfolio and test it with your VP',
    detail:
      'A stretch for a Director: write where your products will be in three years, the few bets that get them there and what you will not do, and show how it serves the company strategy; walk your VP and one executive peer through it. Done when a revised draft carries their feedback.',
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Setting company-wide product strategy',
      },
      {
        article: 'career-paths',
        section: 'VP of Product Role',
        quote: 'setting long-term goals and defining a cohesive product vision that guides the entire organization',
      },
    ),
  },
  {
    id: 'side-project',
    competencyId: 'strategy-vision',
    levelIds: ['not-a-pm'],
    backgrounds: ['engineering', 'design', 'other'],
    step: { from: 0, to: 1 },
    title: 'Build and launch a small side project and write down what it taught you',
    detail:
      'Pick a problem you have seen people struggle with, build the smallest thing that helps (no-code tools will do), put it in front of ten people and write what they did with it and what you would change. Done when it is live and the write-up is in your portfolio.',
    source: cite({
      article: 'career-path',
      section: 'Path 3: The APM Program',
      quote: 'build and launch a small side project',
    }),
  },
  // ── Roadmapping and prioritisation ──────────────────────────────
  {
    id: 'rank-sprint-with-mentor',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: "Rank next sprint's tickets yourself and compare your order with a senior PM's",
    detail:
      "Order the candidate tickets for the next sprint from the roadmap, write one line on why each sits where it does, then compare with a senior PM's order and note every difference. Done when the differences and their reasons are written down.",
    source: cite({
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'is correctly prioritized for the next sprint',
    }),
  },
  {
    id: 'rice-score-backlog',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['pm'],
    step: { from: 1, to: 2 },
    title: 'Score the top 15 backlog items with RICE and explain the cut line',
    detail:
      "Rate reach, impact, confidence and effort for each item, draw the line where next sprint's capacity runs out, and send the people who asked for the items below it a note on why. Done when the ranked list is in Jira and a senior PM has checked the scoring.",
    source: cite(
      {
        article: 'career-paths',
        section: 'Product Manager Role',
        quote: 'prioritizing tasks, making trade-offs, and balancing competing priorities',
      },
      { article: 'career-path', section: 'The Associate PM: The Execution Expert', quote: 'Run a Flawless Backlog' },
    ),
  },
  {
    id: 'multi-quarter-okr-roadmap',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Build a multi-quarter roadmap with every theme tied to a company OKR',
    detail:
      "Lay out the next three quarters as themes rather than features, link each theme to an OKR and write one line on how next quarter's work feeds the ARR goal. Done when your manager has reviewed it and every theme names its OKR and expected contribution.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Senior PM: The Strategic Influencer',
        quote: 'Build a multi-quarter roadmap that tells a story about where the product is going.',
      },
      {
        article: 'career-path',
        section: 'The Senior PM: The Strategic Influencer',
        quote: 'annual recurring revenue (ARR) goal',
      },
    ),
  },
  {
    id: 'cross-team-dependency-map',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['gpm', 'director', 'vp'],
    step: { from: 3, to: 4 },
    title: "Map the dependencies between your teams' roadmaps and settle the clashes",
    detail:
      "Put every team's next-quarter roadmap on one page, mark where one team waits on another, and agree with the leads which work moves and where capacity is traded. Done when the dependency map and the agreed trade-offs are published to all the teams.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'People management and multi-product strategy.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'resource allocation' },
    ),
  },
  {
    id: 'executive-roadmap-review',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: "Prepare the roadmap trade-offs for your VP's next executive review",
    detail:
      "A stretch for a Director: collect each executive's top priorities for your products, show them against the company roadmap, and propose what drops and what the company will not do. Done when your VP has taken your not-doing list into the review.",
    source: cite(
      {
        article: 'career-paths',
        section: 'VP of Product Role',
        quote: 'align the product roadmap with the overall business strategy',
      },
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'aligning with executive team',
      },
    ),
  },
  // ── Execution and delivery ──────────────────────────────────────
  {
    id: 'draft-stories-with-ai',
    competencyId: 'execution-delivery',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: 'Draft the user stories for one ticket with an AI assistant and have a PM mark them up',
    detail:
      "Give ChatGPT or Claude the feature requirement and ask for stories in the 'As a [user], I want [action] so that [benefit]' format with acceptance criteria, edit them yourself, then ask a PM to mark them up. Done when the marked-up stories are in the ticket.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Associate PM: The Execution Expert',
        quote: 'Use a tool like ChatGPT with this prompt',
      },
      {
        article: 'career-path',
        section: 'What Are the Most Important Tools for a Modern Product Manager?',
        quote: 'generate user stories',
      },
    ),
  },
  {
    id: 'user-stories-acceptance-criteria',
    competencyId: 'execution-delivery',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Write 5–7 user stories with acceptance criteria for your next feature',
    detail:
      "Draft them as 'As a [user], I want [action] so that [benefit]' (ChatGPT or Claude can produce a first pass) and tighten the acceptance criteria with your engineering lead. Done when the stories are in Jira and engineers estimate them without asking what done means.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Associate PM: The Execution Expert',
        quote: 'Write Pristine User Stories',
      },
      {
        article: 'career-path',
        section: 'What Are the Most Important Tools for a Modern Product Manager?',
        quote: 'Modern PMs are using tools like ChatGPT or Claude to draft PRDs',
      },
    ),
  },
  {
    id: 'backlog-hygiene',
    competencyId: 'execution-delivery',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Get every next-sprint ticket in Jira ready and clear blockers daily',
    detail:
      "Give each ticket a plain description, acceptance criteria and a priority, close or rewrite the rest, and check blockers with your engineering lead for ten minutes every day. Done when no next-sprint ticket lacks criteria and this week's blockers are logged as cleared.",
    source: cite({
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Work with your engineering lead daily to remove blockers.',
    }),
  },
  {
    id: 'figma-design-review',
    competencyId: 'execution-delivery',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Review the next design in Figma with the designer before engineering does',
    detail:
      'Go through the wireframes, prototype and user flow together, settle open questions in comments and bring in the engineering lead on feasibility. Done when every comment is resolved and design and engineering have both signed off.',
    source: cite(
      {
        article: 'career-path',
        section: 'What Are the Most Important Tools for a Modern Product Manager?',
        quote: "You'll live in it for reviewing wireframes, prototypes, and user flows.",
      },
      {
        article: 'career-paths',
        section: 'Product Manager Role',
        quote: 'creating intuitive and user-friendly products',
      },
    ),
  },
  {
    id: 'launch-checklist-review',
    competencyId: 'execution-delivery',
    levelIds: ['pm', 'spm'],
    step: { from: 2, to: 3 },
    title: 'Write a launch checklist for your next release and hold a launch review',
    detail:
      'Two weeks before release, list the delivery risks with an owner for each; a week after it, run a 30-minute review of what slipped and why. Done when the checklist and the review notes are in the team space for the next launch to reuse.',
    source: cite(
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'delivering on the roadmap' },
      {
        article: 'career-paths',
        section: 'Product Manager Role',
        quote: 'ensuring that development cycles are executed efficiently and within the defined timeline',
      },
    ),
  },
  {
    id: 'usability-bar',
    competencyId: 'execution-delivery',
    levelIds: ['pm', 'spm'],
    step: { from: 2, to: 3 },
    title: 'Agree a usability bar for your next release and test it with five users before launch',
    detail:
      'Write the three tasks a user must finish unaided, run them with five users on the Figma prototype or a staging build, and fix what stops two or more of them. Done when the results and the fixes are in the release notes.',
    source: cite({
      article: 'career-paths',
      section: 'Product Manager Role',
      quote: 'A background in UX design can help in creating intuitive and user-friendly products',
    }),
  },
  {
    id: 'shared-release-rhythm',
    competencyId: 'execution-delivery',
    levelIds: ['gpm', 'director', 'vp', 'cpo'],
    step: { from: 3, to: 4 },
    title: "Read two teams' plans for next quarter and name the commitments that will slip",
    detail:
      "Go through each team's plan with its lead, mark the commitments whose dependencies, staffing or estimates do not hold, and decide with them what to cut or move. Done when both plans carry the changes and a note of what you flagged.",
    source: cite(
      {
        article: 'career-path',
        section: 'The Senior PM: The Strategic Influencer',
        quote: 'Execution is table stakes.',
      },
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'People management and multi-product strategy.',
      },
    ),
  },
  {
    id: 'volunteer-small-project',
    competencyId: 'execution-delivery',
    levelIds: ['not-a-pm'],
    step: { from: 0, to: 1 },
    title: 'Volunteer to lead a small project that is bigger than your job description',
    detail:
      'Offer to run a small piece of cross-team work, write a one-page plan with the goal and the steps, keep a weekly log of decisions and blockers, and present the result. Done when the project has shipped or stopped and the log is in your portfolio.',
    source: cite(
      { article: 'career-path', section: 'Path 1: The Internal Transfer', quote: 'Volunteer to lead a small project.' },
      { article: 'career-path', section: 'Path 1: The Internal Transfer', quote: 'Document everything.' },
    ),
  },
  // ── Customer and market insight ─────────────────────────────────
  {
    id: 'talk-to-users-before-building',
    competencyId: 'customer-insight',
    levelIds: ['not-a-pm', 'apm'],
    backgrounds: ['engineering'],
    step: { from: 0, to: 1 },
    title: 'Talk to three users about the problem before your next build starts',
    detail:
      'Ask what they are trying to get done and where it hurts, then suggest an approach that solves that core problem rather than the request as written. Done when the conversation notes and a one-paragraph problem statement are attached to the ticket.',
    source: cite({
      article: 'career-path',
      section: 'How Can I Gain Product Experience Without Being a PM?',
      quote: 'talk to a few users to understand their pain points',
    }),
  },
  {
    id: 'feedback-log-30-days',
    competencyId: 'customer-insight',
    levelIds: ['not-a-pm', 'apm'],
    backgrounds: ['customer-support'],
    step: { from: 0, to: 1 },
    title: 'Start a 30-day customer feedback log and present a data-backed case',
    detail:
      'Record and tag every piece of customer feedback you meet in a spreadsheet for 30 days, then take the product team one change backed by the counts and the drop in support tickets you expect (say 15%). Done when the tagged log exists and the case has been presented.',
    source: cite({
      article: 'career-path',
      section: 'How Can I Gain Product Experience Without Being a PM?',
      quote: 'track and categorize customer feedback for 30 days',
    }),
  },
  {
    id: 'weekly-customer-interviews',
    competencyId: 'customer-insight',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Interview three customers this week and share the synthesis',
    detail:
      'With a designer, book two or three customers, record the calls and write a one-page synthesis of the main takeaways with one change you propose. Done when the recordings and the synthesis are shared and the team has discussed the change.',
    source: cite({
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Partner with a designer to talk to at least 2-3 customers every week.',
    }),
  },
  {
    id: 'competitor-teardown',
    competencyId: 'customer-insight',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Compare how three competitors solve the problem your feature solves',
    detail:
      'Sign up for or watch demos of three competing products, write how each handles the same job, where each is better than yours and what customers say about them. Done when the comparison table is shared with the team and linked from the spec.',
    source: cite({
      article: 'career-paths',
      section: 'Product Manager Role',
      quote: 'The ability to analyze market trends, customer feedback, and competitive landscape is vital',
    }),
  },
  {
    id: 'standing-research-habit',
    competencyId: 'customer-insight',
    levelIds: ['pm', 'spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Set a standing weekly interview slot and a feedback-tagging scheme',
    detail:
      'Book a recurring slot for two or three customer calls, agree a short list of tags for incoming feedback, and share your interview script with the other PMs. Done when the slot is on the calendar, new feedback is being tagged and another PM has the script.',
    source: cite({
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Record the sessions and synthesize key takeaways for the team.',
    }),
  },
  {
    id: 'area-market-analysis',
    competencyId: 'customer-insight',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Write a market and competitive analysis for your product area',
    detail:
      'Size the segments you serve, list the competitors and substitutes with their recent moves, and end with two implications for your roadmap. Done when the analysis has been reviewed by your manager and its implications are on the roadmap or explicitly declined.',
    source: cite(
      {
        article: 'career-path',
        section: 'How PM Skills Evolve with Seniority',
        quote: 'Conducts market analysis, defines KPIs',
      },
      { article: 'career-paths', section: 'VP of Product Role', quote: 'Market analysis and competitive intelligence' },
    ),
  },
  {
    id: 'cross-team-insight-review',
    competencyId: 'customer-insight',
    levelIds: ['director', 'vp', 'cpo'],
    step: { from: 3, to: 4 },
    title: 'Review market and customer findings across your teams each month and decide what changes',
    detail:
      'Have each team bring its strongest customer findings and one competitor or market move; decide which of them change a roadmap, which do not, and why. Done when the first review has run and its decisions are published with owners.',
    source: cite({
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'a deep understanding of market trends, customer needs, and competitive dynamics',
    }),
  },
  {
    id: 'new-market-research',
    competencyId: 'customer-insight',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: 'Research one new market opportunity yourself and take it to the executive team',
    detail:
      'A stretch for a VP: talk to prospective customers in a market the company does not serve, size it, map who competes there, and present the opportunity with what would make you drop it. Done when the executive team has discussed it and agreed a decision or a next test.',
    source: cite({
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'identifying new market opportunities, conducting market research',
    }),
  },
  // ── Data and analytics ──────────────────────────────────────────
  {
    id: 'answer-question-with-analytics',
    competencyId: 'data-analytics',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: 'Answer one product question in Amplitude or Mixpanel and share the chart',
    detail:
      'Pick a question such as the onboarding completion rate or which segment churned most this month, build the chart yourself and post a three-line answer with the link. Done when the chart is saved and the answer has been shared with the team.',
    source: cite({
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'What is the completion rate for our new user onboarding flow?',
    }),
  },
  {
    id: 'track-feature-adoption',
    competencyId: 'data-analytics',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: "Track your last launch's adoption and engagement and report what changed",
    detail:
      'Define the adoption and engagement measures for the feature, pull them in Amplitude, Mixpanel or Google Analytics for the weeks before and after launch, and write what changed and what you would do next. Done when the report is shared with the team.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Pulls usage data and tracks feature-level metrics (e.g., adoption, engagement).',
    }),
  },
  {
    id: 'funnel-ab-test',
    competencyId: 'data-analytics',
    levelIds: ['spm'],
    step: { from: 2, to: 3 },
    title: 'Find a funnel drop-off and design an A/B test to win those users back',
    detail:
      'Find the step in Mixpanel where most users leave, then write a one-page spec with the hypothesis, the variant, the success metric and the sample needed. Done when engineering has the spec, and once the test has run, the measured result is written up.',
    source: cite({
      article: 'career-path',
      section: 'How Can I Gain Product Experience Without Being a PM?',
      quote: 'Find a drop-off point in the conversion funnel, propose a simple A/B test to fix it',
    }),
  },
  {
    id: 'kpi-tree',
    competencyId: 'data-analytics',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: "Choose your area's KPIs and show the business outcome each one drives",
    detail:
      'Pick three to five KPIs, draw how each one feeds revenue or retention, and set a target for each. Done when the one-page KPI tree is approved by your manager and used in the next quarterly review.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'connects product metrics to business outcomes',
    }),
  },
  {
    id: 'metric-review-across-teams',
    competencyId: 'data-analytics',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: "Review another team's experiment results and write what the numbers do and do not support",
    detail:
      'Take a recent test from a neighbouring team, check its metric definition, sample size and duration, and write whether the conclusion holds. Done when your review is with the team and you have agreed with them what the data supports.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'uses data to make portfolio-level decisions',
    }),
  },
  {
    id: 'portfolio-metrics-dashboard',
    competencyId: 'data-analytics',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: 'Build one dashboard that compares every product on the same metrics',
    detail:
      'A stretch for a VP: agree shared definitions of adoption, retention and revenue with the analytics lead, then put every product side by side so the next portfolio review argues from one set of numbers. Done when the dashboard is live and that review uses it.',
    source: cite({
      article: 'career-paths',
      section: 'Skills for Chief Product Officers',
      quote: 'The ability to leverage data and analytics to make informed decisions and drive product strategy.',
    }),
  },
  {
    id: 'funnel-drop-off-proposal',
    competencyId: 'data-analytics',
    levelIds: ['not-a-pm'],
    backgrounds: ['marketing', 'data'],
    step: { from: 0, to: 1 },
    title: 'Find one drop-off in a conversion funnel and propose a simple A/B test',
    detail:
      'In Mixpanel or the analytics tool your team uses, follow users through a funnel, find the step where most leave, and write a one-page proposal with the test and the metric it should move. Done when the proposal is with the team that owns the funnel.',
    source: cite({
      article: 'career-path',
      section: 'How Can I Gain Product Experience Without Being a PM?',
      quote: 'Dive into user behavior data in Mixpanel.',
    }),
  },
  // ── Communication ───────────────────────────────────────────────
  {
    id: 'walk-team-through-sprint-goal',
    competencyId: 'communication',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: "Walk the team through next sprint's goal from an outline a PM has reviewed",
    detail:
      'Write a five-line outline of the sprint goal and the requirements behind it, have a PM review it, then present it at sprint planning and note every question you could not answer. Done when the goal is agreed and the open questions have owners.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Clearly communicates requirements and sprint goals to the immediate team.',
    }),
  },
  {
    id: 'feature-one-pager',
    competencyId: 'communication',
    levelIds: ['not-a-pm', 'apm'],
    step: { from: 0, to: 1 },
    title: 'Write a one-pager making the case for a feature you would build',
    detail:
      "Cover the problem, who has it, the evidence, the proposed solution and how success will be measured on a single page, and ask a PM to critique it. Done when the one-pager carries a PM's comments and sits in your portfolio of product work.",
    source: cite(
      {
        article: 'career-path',
        section: 'Path 1: The Internal Transfer',
        quote: 'Write a one-pager for a feature you believe in.',
      },
      {
        article: 'career-path',
        section: 'How Can I Gain Product Experience Without Being a PM?',
        quote: 'write a one-page spec for the engineering team',
      },
    ),
  },
  {
    id: 'spec-feedback',
    competencyId: 'communication',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Ask two engineers and your designer what in your last spec needed a follow-up',
    detail:
      'Ask each of them for the one question the spec left open and the one part they skipped, then rewrite those parts and keep the answers as a checklist for the next spec. Done when the feedback and the checklist are written down.',
    source: cite({
      article: 'career-paths',
      section: 'Key Skills for Product Managers:',
      quote:
        'Excellent verbal and written communication skills to collaborate with cross-functional teams and present product plans.',
    }),
  },
  {
    id: 'strategy-review-with-leadership',
    competencyId: 'communication',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: "Present your area's strategy to leadership and leave with decisions",
    detail:
      'Build a 20-minute review of where the area stands, the bet and the asks, close on the decisions you need, and send a written summary within a day. Done when the decisions are logged and the summary has gone out.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'presents product strategy to leadership',
    }),
  },
  {
    id: 'weekly-written-update',
    competencyId: 'communication',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Write a weekly update that keeps your teams and leadership on one plan',
    detail:
      'Each week, write what moved, what is at risk and which decisions are needed, send it to the teams and leaders together, and log the questions it raises to find where people read the plan differently. Done when four updates have gone out and the misreadings found are fixed.',
    source: cite({
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'articulate the product strategy to stakeholders at all levels, from the C-suite to individual teams',
    }),
  },
  {
    id: 'all-hands-vision',
    competencyId: 'communication',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Present one part of the product vision at an all-hands and check how it is retold',
    detail:
      'A stretch for a Director: give a ten-minute version of the vision, then a week later ask five people from different functions to retell it in one sentence and fix what drifted. Done when the talk is given and a note records how accurately it came back.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Communicates the product vision to the entire company, the board, and external partners.',
    }),
  },
  // ── Cross-functional influence ──────────────────────────────────
  {
    id: 'coffee-chats-with-pms',
    competencyId: 'cross-functional-influence',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: 'Meet the engineer, designer and marketer on your feature one-to-one and ask about their headaches',
    detail:
      'Book 20 minutes with each, ask what slows them down and what they need from product, and offer help with one of their problems. Done when you have met all three and followed up on one of the problems.',
    source: cite(
      {
        article: 'career-path',
        section: 'Path 1: The Internal Transfer',
        quote: 'Schedule coffee chats with the PMs on your team.',
      },
      {
        article: 'career-paths',
        section: 'Entry-Level Product Management Skills:',
        quote: 'Working effectively with cross-functional teams and stakeholders to achieve product goals',
      },
    ),
  },
  {
    id: 'settle-disagreement',
    competencyId: 'cross-functional-influence',
    levelIds: ['pm', 'spm'],
    step: { from: 1, to: 2 },
    title: 'Settle one open engineering or design disagreement yourself this sprint',
    detail:
      'Write both options with their trade-offs, meet the people involved, decide with the product goal as tie-breaker and record why. Done when the decision is in the ticket and the work has moved on without escalation.',
    source: cite({
      article: 'career-paths',
      section: 'Associate Product Manager Role',
      quote: 'They work closely with cross-functional teams, such as engineering, design, and marketing',
    }),
  },
  {
    id: 'stakeholder-prewiring',
    competencyId: 'cross-functional-influence',
    levelIds: ['spm', 'gpm', 'director'],
    step: { from: 2, to: 3 },
    title: 'Map the leads your plan needs and meet each one before the review',
    detail:
      'List the engineering, design, marketing and sales leads, what each cares about and where they stand, then meet them one-to-one to explain the why and hear objections. Done when the map is written and the plan review raises no objection you had not already heard.',
    source: cite({
      article: 'career-path',
      section: 'The Senior PM: The Strategic Influencer',
      quote: 'It\'s all about building strong relationships, communicating a clear "why," and mastering negotiation.',
    }),
  },
  {
    id: 'broker-team-conflict',
    competencyId: 'cross-functional-influence',
    levelIds: ['gpm', 'director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Broker one priority conflict between two teams before it reaches an executive',
    detail:
      "Lay out what each team needs, by when and why, propose a trade both leads can accept, and escalate only what they cannot settle. Done when the agreement is written down and both teams' plans reflect it.",
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote:
        'Building strong relationships and collaborating with cross-functional teams is essential for success in this role.',
    }),
  },
  {
    id: 'executive-partnerships',
    competencyId: 'cross-functional-influence',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: 'Set monthly one-to-ones with your engineering and marketing executives',
    detail:
      "A stretch for a VP: bring one product decision each time that needs their function, such as the CTO's or CMO's, agree what each side commits to and write it down. Done when the first meetings have happened and their commitments are recorded.",
    source: cite({
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote:
        'collaborates closely with other executives, including the Chief Technology Officer (CTO) and Chief Marketing Officer (CMO)',
    }),
  },
  {
    id: 'tell-product-leadership',
    competencyId: 'cross-functional-influence',
    levelIds: ['not-a-pm'],
    step: { from: 0, to: 1 },
    title: 'Have coffee with the PMs on your team and tell product leadership you want to switch',
    detail:
      'Ask each PM about their biggest headaches and offer help with one, and tell your manager and a product leader that you are serious about moving into product. Done when you have met the PMs, helped with one problem and had that conversation.',
    source: cite(
      {
        article: 'career-path',
        section: 'Path 1: The Internal Transfer',
        quote: 'Schedule coffee chats with the PMs on your team.',
      },
      {
        article: 'career-path',
        section: 'Path 1: The Internal Transfer',
        quote: "Let your manager and the product leadership know you're serious about making the switch.",
      },
    ),
  },
  // ── People leadership and mentoring ─────────────────────────────
  {
    id: 'onboard-new-teammate',
    competencyId: 'people-leadership',
    levelIds: ['spm'],
    step: { from: 0, to: 1 },
    title: 'Onboard the next new teammate or intern with a plan your manager has reviewed',
    detail:
      'Write what they need to learn in their first month and who can teach each part, review the plan with your manager, and meet them weekly to answer questions. Done when the month is over and they have told you what was missing.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: "You're now a multiplier, responsible for creating an environment where other PMs can thrive.",
    }),
  },
  {
    id: 'mentor-junior-pm',
    competencyId: 'people-leadership',
    levelIds: ['spm', 'gpm'],
    step: { from: 1, to: 2 },
    title: 'Start fortnightly one-to-ones with a junior PM and review their spec',
    detail:
      'Agree with a junior PM what they want to grow in, meet every two weeks, and give written feedback on the spec they are working on. Done when the first session has happened and they have your comments on the spec.',
    source: cite({
      article: 'career-path',
      section: 'The Senior PM: The Strategic Influencer',
      quote: "You're now expected to guide and coach more junior PMs.",
    }),
  },
  {
    id: 'mentee-feedback',
    competencyId: 'people-leadership',
    levelIds: ['spm', 'gpm'],
    step: { from: 1, to: 2 },
    title: 'Ask the PM you mentor for one thing to do differently in your sessions',
    detail:
      'After a few sessions, ask what helped, what did not and one thing to change, in writing if that is easier for them, and change it. Done when the feedback is written down and the next session uses it.',
    source: cite({
      article: 'career-paths',
      section: 'Senior Product Manager Role',
      quote: 'Leading and mentoring junior product managers to foster professional growth',
    }),
  },
  {
    id: 'team-growth-plans',
    competencyId: 'people-leadership',
    levelIds: ['gpm', 'director'],
    step: { from: 2, to: 3 },
    title: 'Write a growth plan with each PM who reports to you',
    detail:
      'For each PM, agree the next scope they are aiming for, two skills to build and how you will give feedback, and review it monthly. Done when every report has a written plan they helped write.',
    source: cite({
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Managing a team of PMs',
    }),
  },
  {
    id: 'pm-hiring-loop',
    competencyId: 'people-leadership',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Run the interview loop for one PM hire and write the scorecard for its level',
    detail:
      'A stretch for a Group PM: decide what each interview tests (product sense, analytical reasoning, behaviour), write the scorecard, brief the interviewers and lead the debrief. Done when the hiring decision is made against the scorecard.',
    source: cite(
      {
        article: 'career-path',
        section: 'How PM Skills Evolve with Seniority',
        quote: 'Builds and scales the product organization, hires talent',
      },
      {
        article: 'career-path',
        section: 'Path 3: The APM Program',
        quote: 'They grill you on product sense, analytical reasoning, and behavioral questions.',
      },
    ),
  },
  {
    id: 'performance-calibration',
    competencyId: 'people-leadership',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Bring evidence for each of your PMs to a calibration with another manager',
    detail:
      "Write one page per PM with the scope they held and the outcomes behind your rating, compare your ratings with another manager's for similar work, and change the ones you cannot defend. Done when both sets of ratings are agreed.",
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'hire the right talent, and set a vision that empowers your teams',
    }),
  },
  {
    id: 'experiment-showcase',
    competencyId: 'people-leadership',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Start a quarterly review where teams show experiments and what they learnt',
    detail:
      'A stretch for a Director: give each team ten minutes to show an experiment, what it learnt and what happens next, and fund one follow-up on the spot. Done when the first review has run and the funded follow-up has an owner.',
    source: cite({
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'creates a culture of innovation',
    }),
  },
  // ── Business acumen and P&L ─────────────────────────────────────
  {
    id: 'feature-business-metric',
    competencyId: 'business-acumen',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: 'Name the business metric your feature should move, and by how much',
    detail:
      'Pick the revenue, retention or other business metric the feature serves, estimate the change with your lead or an analyst, and put the estimate in the spec. Done when the spec states the metric, the expected change and how it will be checked after launch.',
    source: cite({
      article: 'career-path',
      section: 'What Is the Difference Between a Product Manager and a Project Manager?',
      quote: 'They are ultimately accountable for whether the product achieves its business goals',
    }),
  },
  {
    id: 'initiative-business-case',
    competencyId: 'business-acumen',
    levelIds: ['spm'],
    step: { from: 1, to: 2 },
    title: 'Write a business case for your next initiative before work starts',
    detail:
      'Estimate the revenue gained or cost saved, the cost to build and run, and the assumptions that would change the answer, then review it with a finance partner. Done when the case is attached to the roadmap item and finance has checked the numbers.',
    source: cite({
      article: 'career-paths',
      section: 'Senior Product Manager Role',
      quote: 'the ability to connect product metrics to business goals',
    }),
  },
  {
    id: 'quarterly-business-metrics',
    competencyId: 'business-acumen',
    levelIds: ['gpm'],
    step: { from: 2, to: 3 },
    title: "Report your area's revenue, retention or ARR against target this quarter",
    detail:
      'Take the two or three business metrics your area owns, show actuals against target with the reasons for any gap, and propose what changes next quarter. Done when the report has been presented at the quarterly review.',
    source: cite({
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'owning key business metrics',
    }),
  },
  {
    id: 'pl-levers',
    competencyId: 'business-acumen',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: "Walk through your product line's P&L with finance and name three levers",
    detail:
      'Go line by line through revenue and costs with the finance partner and list three levers you control, each with its estimated effect on the bottom line. Done when a one-page P&L summary with the three levers is with your manager.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'Taking full responsibility for the revenue and costs tied to your product lines.',
    }),
  },
  {
    id: 'product-budget-returns',
    competencyId: 'business-acumen',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: "Review last year's product investments against the business impact each promised",
    detail:
      'A stretch for a VP: list the main investments, the outcome each was funded for and what it delivered, and recommend what to double, keep or stop; review it with the CFO or finance lead. Done when the review is with the CEO.',
    source: cite(
      {
        article: 'career-paths',
        section: 'Chief Product Officer Role',
        quote: 'driving business impact through product innovation and growth',
      },
      {
        article: 'career-paths',
        section: 'VP of Product Role',
        quote: 'driving return on investment for the product portfolio',
      },
    ),
  },
  // ── Technical literacy ──────────────────────────────────────────
  {
    id: 'architecture-walkthrough',
    competencyId: 'technical-literacy',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: "Ask an engineer to walk you through your feature's architecture",
    detail:
      'Sketch the components, the APIs between them and the known constraints as they explain, then play the sketch back to check it. Done when the reviewed diagram is in the feature spec.',
    source: cite({
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'system architecture, APIs, and technical trade-offs',
    }),
  },
  {
    id: 'two-ways-to-build',
    competencyId: 'technical-literacy',
    levelIds: ['pm'],
    step: { from: 1, to: 2 },
    title: 'Ask engineers for two ways to build your next feature and choose between them together',
    detail:
      'Have them sketch each approach with its effort, risk and what it rules out later, ask until you can explain the difference yourself, then decide together. Done when the choice and its reasons are in the spec.',
    source: cite({
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'It’s about earning the respect of your engineering counterparts, deeply understanding constraints',
    }),
  },
  {
    id: 'build-buy-debt-call',
    competencyId: 'technical-literacy',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Make one build, buy or tech-debt call together with your engineering lead',
    detail:
      "Write the options with their effort, risk and what each means for the roadmap, decide together and record the reasoning. Done when the decision is logged and reflected in next quarter's plan.",
    source: cite({
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'making strategically sound decisions',
    }),
  },
  {
    id: 'platform-choice-review',
    competencyId: 'technical-literacy',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Weigh one platform or architecture choice with engineering leadership',
    detail:
      'Take a pending choice such as a shared service or a re-platforming, write its cost, risk and consequence for the products that depend on it, and test your reading with the architects. Done when your written view is part of the decision record.',
    source: cite({
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'Proficiency in understanding technical concepts and leveraging technology to drive business outcomes',
    }),
  },
  {
    id: 'emerging-tech-briefing',
    competencyId: 'technical-literacy',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: "Brief the executive team on one emerging technology's product impact",
    detail:
      'A stretch for a VP: with the CTO, pick one technology, explain what it changes for customers, costs and competition, and recommend a next step. Done when the briefing is given and the recommendation has a decision.',
    source: cite({
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'emerging technologies to stay ahead in a competitive landscape',
    }),
  },
  // ── Decision-making and problem-solving ─────────────────────────
  {
    id: 'bring-problem-with-recommendation',
    competencyId: 'decision-making',
    levelIds: ['apm'],
    step: { from: 0, to: 1 },
    title: 'Bring your lead one problem with data, user feedback and a recommendation',
    detail:
      'Write the problem, the evidence from usage data and user feedback, two options and the one you recommend, before the decision is taken. Done when the lead has decided and your recommendation and the outcome are noted side by side.',
    source: cite({
      article: 'career-paths',
      section: 'Associate Product Manager Role',
      quote: 'They are responsible for analyzing data, gathering user feedback, and making informed decisions',
    }),
  },
  {
    id: 'apm-interview-practice',
    competencyId: 'decision-making',
    levelIds: ['not-a-pm', 'apm'],
    step: { from: 0, to: 1 },
    title: 'Practise one product design, one metrics and one strategy question out loud this week',
    detail:
      "Answer a question such as 'How would you design a toaster for kids?' in 20 minutes, record yourself or ask a PM to play interviewer, and write down where the reasoning wandered. Done when three answers are recorded with notes on each.",
    source: cite({
      article: 'career-path',
      section: 'Path 3: The APM Program',
      quote:
        'Practice frameworks for product design ("How would you design a toaster for kids?"), metrics, and strategy questions',
    }),
  },
  {
    id: 'decision-log',
    competencyId: 'decision-making',
    levelIds: ['apm', 'pm'],
    step: { from: 1, to: 2 },
    title: 'Decide one feature trade-off yourself and write down the reasoning',
    detail:
      'Pick a trade-off in your feature, weigh the usage data, the user feedback and the product goal, decide, and record why in the ticket with what would change your mind. Done when the decision and its reasoning are in the ticket.',
    source: cite({
      article: 'career-paths',
      section: 'Entry-Level Product Management Skills:',
      quote: 'Making informed decisions based on data, user feedback, and product objectives',
    }),
  },
  {
    id: 'decide-by-a-date',
    competencyId: 'decision-making',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Turn one ambiguous problem into three options and decide by a set date',
    detail:
      'Frame the problem, set out three options with the evidence for each, and fix both the decision date and what would make you revisit the call. Done when the decision and its revisit trigger are written down on that date.',
    source: cite({
      article: 'career-paths',
      section: 'Skills for Senior Product Managers',
      quote: 'Decision-making and problem-solving',
    }),
  },
  {
    id: 'decision-rights',
    competencyId: 'decision-making',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Decide one call that crosses two teams and write down why for both',
    detail:
      'Set out the options with their evidence and how reversible each is, hear both teams, decide by a set date and send both teams the reasoning. Done when the decision record is shared and both plans reflect it.',
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'make informed decisions, and effectively allocate resources',
    }),
  },
  {
    id: 'hard-call-memo',
    competencyId: 'decision-making',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: 'Write the options memo for one company-level call before it is made',
    detail:
      'A stretch for a VP: pick a pending call such as entering or leaving a market, set out the options, the evidence and the principle that decides it, and give the memo to the CEO. Done when the call is made and your memo is on record beside it.',
    source: cite({
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'make tough decisions, and navigate through complex challenges',
    }),
  },
  // ── Process and organisation design ─────────────────────────────
  {
    id: 'ritual-experiment',
    competencyId: 'process-org-design',
    levelIds: ['spm', 'gpm'],
    step: { from: 0, to: 1 },
    title: 'Change one team ritual and measure the effect over two sprints',
    detail:
      'Pick the stand-up, refinement or retrospective, state what should improve and how you will tell, and run the change for two sprints. Done when the before-and-after measure is shared with a keep-or-drop decision.',
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'streamlining workflows, and implementing best practices',
    }),
  },
  {
    id: 'intake-fix',
    competencyId: 'process-org-design',
    levelIds: ['gpm'],
    step: { from: 1, to: 2 },
    title: "Fix one step of your team's intake or refinement and measure whether it helped",
    detail:
      'Pick the step people complain about most, change it for a month, and compare the time from request to decision before and after. Done when the comparison is shared with a keep-or-drop decision.',
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'identifying areas for efficiency gains',
    }),
  },
  {
    id: 'group-way-of-working',
    competencyId: 'process-org-design',
    levelIds: ['gpm'],
    step: { from: 2, to: 3 },
    title: 'Write down how your group of PMs plans, reviews and hands off work',
    detail:
      'Describe the planning cycle, the review each spec goes through and the templates in use, ask each PM where it wastes their time, and cut one step. Done when the page is agreed by the PMs and the cut step is gone.',
    source: cite({
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Managing a team of PMs',
    }),
  },
  {
    id: 'workflow-bottleneck',
    competencyId: 'process-org-design',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Trace how work flows from idea to launch and remove one bottleneck',
    detail:
      'Follow three recent initiatives from idea to launch, find where they waited longest, and change that step of the process. Done when the change is in place and the wait on the next initiative is measured against the old one.',
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'optimize and improve product management processes',
    }),
  },
  {
    id: 'pm-roles-and-ladder',
    competencyId: 'process-org-design',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Draft the PM roles and career ladder for your organisation',
    detail:
      'A stretch for a Director: define what each PM level owns and is expected to do and where each role hands off to its neighbours, then test the draft with two managers. Done when a reviewed draft exists and the next promotion discussion uses it.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'creating career ladders that attract and retain the very best talent',
    }),
  },
  {
    id: 'org-design-18-months',
    competencyId: 'process-org-design',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Sketch the product organisation you need in 18 months and the gap to today',
    detail:
      "A stretch for a Director: draw the teams, leaders and roles the strategy will need, compare them with today's structure, and list the hires and moves that close the gap. Done when the sketch and the list have been reviewed with the CEO or your peers.",
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'Structuring the product team effectively, defining clear roles and responsibilities',
    }),
  },
  // ── Portfolio management ────────────────────────────────────────
  {
    id: 'prepare-initiative-data',
    competencyId: 'portfolio-management',
    levelIds: ['spm'],
    step: { from: 0, to: 1 },
    title: "Prepare usage and cost data on three initiatives for your lead's investment review",
    detail:
      'Collect usage, cost to run and the goal each initiative serves on one page, with the same measures for all three, and hand it to the leader deciding. Done when the page has been used in the review.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'which products or initiatives to fund, which to scale, and which to sunset',
    }),
  },
  {
    id: 'continue-expand-stop',
    competencyId: 'portfolio-management',
    levelIds: ['gpm'],
    step: { from: 1, to: 2 },
    title: 'Recommend whether to continue, expand or stop one feature, with evidence',
    detail:
      'Put its usage, cost to run and strategic fit on one page and end with a clear recommendation. Done when the recommendation is with the leader who owns the investment decision.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'which products or initiatives to fund, which to scale, and which to sunset',
    }),
  },
  {
    id: 'plan-an-exit',
    competencyId: 'portfolio-management',
    levelIds: ['gpm', 'director'],
    step: { from: 2, to: 3 },
    title: 'Pick one initiative that is not earning its place and plan its exit',
    detail:
      'Compare the initiatives in your product line on usage, cost and fit, choose the weakest, and write how it will be retired and where its people go next. Done when the exit plan is approved and the freed capacity is assigned.',
    source: cite({
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote: 'Making the tough strategic calls',
    }),
  },
  {
    id: 'fund-scale-sunset-review',
    competencyId: 'portfolio-management',
    levelIds: ['director', 'vp'],
    step: { from: 3, to: 4 },
    title: 'Run a fund, scale or sunset review across your portfolio',
    detail:
      'Give each product one page of metrics, cost and strategic fit, make the fund, scale or sunset call for each against the business strategy, and note the budget effect. Done when the decisions and their budget effect are published to the product organisation.',
    source: cite({
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Organizational leadership and portfolio management.',
    }),
  },
  {
    id: 'new-market-case',
    competencyId: 'portfolio-management',
    levelIds: ['vp', 'cpo'],
    step: { from: 4, to: 5 },
    title: 'Write the investment case for one new market or acquisition',
    detail:
      'A stretch for a Director: size the market, its fit with current products, the cost to enter and the signals that would make you stop, and take it to the CEO. Done when the case has been discussed and a decision or a next test is agreed.',
    source: cite({
      article: 'career-path',
      section: 'What Is The Product Management Career Path?',
      quote: 'deciding which new global markets the entire Google Workspace suite should enter',
    }),
  },
  // ── Innovation and new opportunities ────────────────────────────
  {
    id: 'usage-data-opportunity',
    competencyId: 'innovation-opportunities',
    levelIds: ['pm', 'spm', 'gpm'],
    step: { from: 0, to: 1 },
    title: 'Pull usage data to find one hidden opportunity and write it up',
    detail:
      'Look for a feature that one segment uses far more or far less than expected, size the opportunity in users affected, and write a half-page note on what you would try. Done when the note, numbers included, is with a PM or your manager.',
    source: cite({
      article: 'career-path',
      section: 'Path 1: The Internal Transfer',
      quote: 'Pull some usage data to find a hidden opportunity.',
    }),
  },
  {
    id: 'fake-door-test',
    competencyId: 'innovation-opportunities',
    levelIds: ['director', 'vp'],
    step: { from: 1, to: 2 },
    title: 'Test one new idea with a prototype or a fake-door test and decide from the result',
    detail:
      'Write the assumption the idea rests on, the cheapest test that could prove it wrong and the result that would make you pursue it, then run it for two weeks. Done when the result and a pursue-or-drop decision are written down.',
    source: cite({
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'identify opportunities for innovation and market expansion',
    }),
  },
  {
    id: 'opportunity-list',
    competencyId: 'innovation-opportunities',
    levelIds: ['vp'],
    step: { from: 2, to: 3 },
    title: 'Keep a list of new opportunities for your organisation and size each against the market',
    detail:
      'Collect ideas from customer findings, usage data and competitors, estimate the market each could reach and the cost of a first test, and fund the top one. Done when the sized list exists and one experiment is running.',
    source: cite({
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'fostering a collaborative culture that facilitates innovation',
    }),
  },
  {
    id: 'innovation-evidence-bar',
    competencyId: 'innovation-opportunities',
    levelIds: ['cpo'],
    step: { from: 3, to: 4 },
    title: 'Set the evidence a new idea must show before it gets a team',
    detail:
      'A stretch for a VP: write the stages an idea passes, from test to team to product line, and the evidence each stage needs, and apply them to the ideas in flight. Done when the stages are agreed with your peers and every idea in flight has a stage.',
    source: cite({
      article: 'career-paths',
      section: 'Skills for Chief Product Officers',
      quote: 'The capacity to drive innovation and identify new opportunities that will fuel growth',
    }),
  },
  {
    id: 'next-growth-bet',
    competencyId: 'innovation-opportunities',
    levelIds: ['cpo'],
    step: { from: 4, to: 5 },
    title: 'Write the case for where the company should innovate next',
    detail:
      'A stretch for a VP: name one new product line or market, the growth it could bring, the first test and what would stop it, and take it to the CEO. Done when the CEO has discussed it and a decision or a next test is agreed.',
    source: cite({
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: "Driving the company's overall product innovation and vision",
    }),
  },
  // ── ML fundamentals ─────────────────────────────────────────────
  {
    id: 'ai-for-everyone',
    competencyId: 'ml-fundamentals',
    levelIds: ['apm', 'pm', 'spm'],
    step: { from: 0, to: 1 },
    title: "Start Coursera's 'AI for Everyone' and finish the first module this week",
    detail:
      "Work through the first module of Andrew Ng's course and write a half-page note, with examples from your product, on supervised versus unsupervised learning and classification versus regression. Done when the module is complete and a data scientist has checked the note.",
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'I recommend Andrew Ng\'s "AI for Everyone" course on Coursera',
    }),
  },
  {
    id: 'frame-ml-problem',
    competencyId: 'ml-fundamentals',
    levelIds: ['spm', 'gpm', 'director', 'vp'],
    step: { from: 1, to: 2 },
    title: 'Frame one product problem as an ML task with a data scientist',
    detail:
      'State what the model predicts, whether it is classification or regression, the training data it needs and how it could fail users. Done when the framing is agreed with the data scientist and the training-data request is filed.',
    source: cite({
      article: 'career-path',
      section: 'What an AI PM Actually Does',
      quote: 'frame the problem the model needs to solve',
    }),
  },
  {
    id: 'model-lifecycle-walkthrough',
    competencyId: 'ml-fundamentals',
    levelIds: ['gpm', 'director', 'vp'],
    step: { from: 2, to: 3 },
    title: 'Walk one model through its lifecycle with data scientists and list where it will fail',
    detail:
      'Go through framing, training data, evaluation and retraining for a model in your product, and for each stage write the way it could fail users and the early sign of it. Done when the data scientists have checked the list.',
    source: cite({
      article: 'career-path',
      section: 'What an AI PM Actually Does',
      quote: "An AI PM's world is built around the Machine Learning (ML) model lifecycle.",
    }),
  },
  {
    id: 'when-to-use-ml',
    competencyId: 'ml-fundamentals',
    levelIds: ['cpo'],
    step: { from: 3, to: 4 },
    title: 'Write a one-page test for when ML is the right approach in your products',
    detail:
      'List product problems where a model would beat rules, ones where it would not, and the questions teams should ask to tell them apart. Done when product and engineering leaders use the page to review the next ML proposal.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'You have to get the core concepts down.',
    }),
  },
  // ── Data literacy and SQL ───────────────────────────────────────
  {
    id: 'rerun-sql-query',
    competencyId: 'data-literacy-sql',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: 'Rerun a saved SQL query with your own filter and date range',
    detail:
      'Take a query an analyst already uses, change one filter and the date range to answer a question of yours, and ask the analyst to check the result. Done when the query and the checked answer are saved where the team can find them.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'You need to be good enough with SQL to pull from databases',
    }),
  },
  {
    id: 'sql-bias-check',
    competencyId: 'data-literacy-sql',
    levelIds: ['pm', 'spm', 'gpm'],
    step: { from: 1, to: 2 },
    title: "Write a SQL bias check on your model's training data",
    detail:
      'Join the training set to user attributes and compare row counts and label rates by segment, such as region or device, with the live user base. Done when a table of under-represented segments is shared with the data scientists.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'check datasets for bias',
    }),
  },
  {
    id: 'scheduled-data-checks',
    competencyId: 'data-literacy-sql',
    levelIds: ['spm', 'gpm', 'director', 'vp', 'cpo'],
    step: { from: 2, to: 3 },
    title: 'Check one training dataset for leakage, skew and bias with SQL before training',
    detail:
      "Write queries that compare the training set with live data by segment, look for labels that leak the answer and for rows duplicated across training and test, and explain each finding's effect on the model. Done when the data scientists have your findings.",
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'understand the quality of the data your team is using to train models',
    }),
  },
  // ── APIs and systems thinking ───────────────────────────────────
  {
    id: 'call-api-endpoint',
    competencyId: 'apis-systems-thinking',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: "Call one of your product's API endpoints and read the response",
    detail:
      'With an engineer nearby, send a request with a tool such as Postman, then note what each field in the response means and what happens on an error. Done when the annotated request and response are saved next to the API docs.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'AI models are often delivered through APIs.',
    }),
  },
  {
    id: 'spec-api-and-system-map',
    competencyId: 'apis-systems-thinking',
    levelIds: ['pm', 'spm', 'gpm'],
    step: { from: 1, to: 2 },
    title: 'Spec the API for a feature: inputs, outputs, errors, latency and callers',
    detail:
      'Write the request and response, the error cases and the latency budget, and draw which services call it and which it calls. Done when engineering has reviewed the spec and the system map is in the design doc.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'how your model fits into the bigger picture',
    }),
  },
  {
    id: 'api-developer-experience',
    competencyId: 'apis-systems-thinking',
    levelIds: ['gpm', 'director'],
    step: { from: 2, to: 3 },
    title: "Interview three of your API's consumers about their developer experience",
    detail:
      'Ask internal or partner developers where they got stuck, time how long a first successful call takes, and turn the worst friction into backlog items. Done when the findings are shared and the new items are in the backlog.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'what makes for a good developer experience',
    }),
  },
  {
    id: 'public-api-pilot',
    competencyId: 'apis-systems-thinking',
    levelIds: ['vp', 'cpo'],
    step: { from: 3, to: 4 },
    title: 'Choose one capability to open to partners as a public API',
    detail:
      'List candidate capabilities, the partners who would build on each and the risk of exposing it, and pick one to pilot. Done when the pilot is agreed with a partner and has an owner.',
    source: cite({
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'you need to know how microservices communicate',
    }),
  },
  // ── Defining algorithmic success ────────────────────────────────
  {
    id: 'read-precision-recall',
    competencyId: 'algorithmic-success',
    levelIds: ['apm', 'pm'],
    step: { from: 0, to: 1 },
    title: "Go through your model's precision, recall and F1 with a data scientist",
    detail:
      'For each metric, write in plain words what a false alarm and a missed case mean for a user of your product. Done when that one-page glossary is checked by the data scientist and shared with the team.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'model-specific metrics like precision, recall, and F1 score',
    }),
  },
  {
    id: 'set-error-margin',
    competencyId: 'algorithmic-success',
    levelIds: ['pm', 'spm', 'gpm'],
    step: { from: 1, to: 2 },
    title: 'Set a precision or recall target and the error margin users can live with',
    detail:
      'Decide which mistake hurts users more, agree the target and the acceptable margin with the data scientist, and link the metric to one user outcome on your dashboard. Done when the target, the margin and the reasoning are in the spec.',
    source: cite({
      article: 'career-path',
      section: 'What an AI PM Actually Does',
      quote: 'what’s an acceptable margin of error for our users?',
    }),
  },
  {
    id: 'model-eval-suite',
    competencyId: 'algorithmic-success',
    levelIds: ['spm', 'gpm'],
    step: { from: 2, to: 3 },
    title: 'Build an evaluation suite that links model metrics to user outcomes',
    detail:
      'Pick the offline metrics, the user outcome each predicts and the threshold a launch must meet, and run the suite on the current model. Done when the suite runs and its results are in the launch checklist.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'connecting them back to real value for the user',
    }),
  },
  {
    id: 'model-launch-rollback-rules',
    competencyId: 'algorithmic-success',
    levelIds: ['director', 'vp', 'cpo'],
    step: { from: 3, to: 4 },
    title: "Write the evaluation and rollback rules for your teams' model launches",
    detail:
      'Set the offline metrics a model must pass before launch, the live metrics watched after it and the thresholds that trigger a rollback. Done when the ML leads have agreed the rules and the next launch applies them.',
    source: cite({
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'define success with metrics that go beyond the usual business KPIs',
    }),
  },
] as const satisfies readonly BuiltInSuggestion[]

/**
 * Calibration, for every competency: ratings are self-assessed, and the seed's advice is to know
 * "when you're ready for more responsibility"; a mentor's rating of the same descriptors (the share
 * link's mentor round trip) is the check. For any target and any rating, so it carries no step.
 */
const CALIBRATION: readonly BuiltInSuggestion[] = [...CORE_COMPETENCIES, ...AI_COMPETENCIES].map((c) => ({
  id: `calibrate-${c.id}`,
  competencyId: c.id,
  // Every level that expects something of the competency, the starting point included.
  levelIds: LEVEL_IDS.filter((l) => c.expectations[l] > 0),
  title: `Rate ${/^.[a-z]/.test(c.name) ? c.name.charAt(0).toLowerCase() + c.name.slice(1) : c.name} with a mentor and compare the reasons`,
  detail:
    'Create a share link in Settings, ask a mentor or your manager to rate this competency against the same descriptors, and talk through every difference of two or more. Done when you have re-rated it, or kept your rating, with their reasons in your check-in notes.',
  source: cite({
    article: 'career-path',
    section: 'Charting Your Own Trajectory',
    quote: 'It helps you pinpoint the skills you need to develop for that next promotion',
  }),
}))

export const SUGGESTIONS: readonly BuiltInSuggestion[] = [...WRITTEN, ...CALIBRATION]
