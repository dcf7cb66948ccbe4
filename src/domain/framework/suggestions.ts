import type { Suggestion } from '../framework-schema'
import type { AiCompetencyId } from './ai-track'
import type { CoreCompetencyId } from './competencies'
import type { LevelId } from './levels'

/**
 * A suggestion of the built-in framework: the schema's shape, tightened so the
 * compiler checks what the schema checks at run time (a known competency and
 * known target levels).
 */
export type BuiltInSuggestion = Suggestion & {
  detail: string
  competencyId: CoreCompetencyId | AiCompetencyId
  levelIds: LevelId[]
}

/*
 * Suggested actions for closing a gap, drawn from the seeds' checklists and
 * advice. How to read them:
 *   - levelIds are the *target* levels for which the action is the right next
 *     step: the behaviour it builds is what that level expects of the
 *     competency (see the descriptors in competencies.ts and ai-track.ts). An
 *     action is never offered for a level that expects 0 of its competency.
 *   - Every level has at least one suggestion for every competency it expects
 *     anything of, so any gap at any target has something to add to the plan.
 *   - Titles are imperative and doable within a week or a sprint; the detail
 *     says how, and ends on what exists when it is done.
 *   - The Associate PM suggestions include the seeds' "act like a PM now"
 *     moves for people who do not hold the title yet.
 * framework.test.ts checks coverage, uniqueness, lengths and sources.
 */
export const SUGGESTIONS = [
  // ── Strategy and vision ──────────────────────────────────────────────
  {
    id: 'trace-feature-to-company-goal',
    competencyId: 'strategy-vision',
    levelIds: ['apm'],
    title: 'Trace your current feature back to the company goal it serves',
    detail:
      'Write three sentences linking the feature to the product strategy and to the company objective above it, then ask a senior PM whether the chain holds. Done when the reviewed link sits at the top of the feature spec.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Product Strategy, Associate PM: executes a pre-defined strategy and roadmap)",
  },
  {
    id: 'problem-and-bet-one-pager',
    competencyId: 'strategy-vision',
    levelIds: ['pm'],
    title: 'Write a one-page problem-and-bet statement for your product',
    detail:
      'Name the target users, the outcome you are after, the bet you are making and what is deliberately out of scope, then review it with your engineering and design leads. Done when the page is linked from the roadmap and the leads have signed it off.',
    source:
      'seed 001, career ladder table (PM: owning a feature or small product); seed 000, Product Manager Role (defining the product strategy)',
  },
  {
    id: 'area-strategy-tied-to-goals',
    competencyId: 'strategy-vision',
    levelIds: ['spm'],
    title: "Draft your product area's strategy and tie each bet to a company goal",
    detail:
      'Set out the two or three bets your area will make this year, the company objective each one serves and what you will stop doing, and ask a peer PM to critique it. Done when your manager has reviewed the draft and it is shared with the neighbouring PMs.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Product Strategy, Senior PM: aligns a product area with company goals) and career ladder table (Senior PM: defining product strategy)",
  },
  {
    id: 'product-line-vision',
    competencyId: 'strategy-vision',
    levelIds: ['gpm', 'director'],
    title: "Write a product-line vision that each team's strategy can ladder up to",
    detail:
      "Draft a two-page vision for the product line, then have each team's PM map their current strategy onto it and mark where it does not fit. Done when the vision and a one-table map of team strategies against it are shared with every team.",
    source:
      'seed 001, career ladder table (Group PM: setting the vision for a product line; Director: defining long-term product vision)',
  },
  {
    id: 'company-product-vision',
    competencyId: 'strategy-vision',
    levelIds: ['vp', 'cpo'],
    title: "Draft the company's three-year product vision and test it with the CEO",
    detail:
      'Write where the product will be in three years, the few bets that get it there and what the company will not do, then walk the CEO and two executive peers through it. Done when a revised draft carries their feedback and a date for the company-wide launch.',
    source:
      "seed 001, career ladder table (VP: setting company-wide product strategy; CPO: the company's product innovation and vision, reporting to the CEO); seed 000, Chief Product Officer Role (long-term goals)",
  },

  // ── Roadmapping and prioritisation ───────────────────────────────────
  {
    id: 'rice-score-backlog',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['apm', 'pm'],
    title: 'Score the top 15 backlog items with RICE and explain the cut line',
    detail:
      "Rate reach, impact, confidence and effort for each item, draw the line where next sprint's capacity runs out, and send the people who asked for the items below it a note on why. Done when the ranked list is in Jira and a senior PM has checked the scoring.",
    source:
      "seed 000, Product Manager Role (feature prioritisation, balancing competing priorities); seed 001, Actionable Checklist for APMs (Run a Flawless Backlog: prioritised for the next sprint)",
  },
  {
    id: 'multi-quarter-okr-roadmap',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['spm', 'gpm'],
    title: 'Build a multi-quarter roadmap with every theme tied to a company OKR',
    detail:
      "Lay out the next three quarters as themes rather than features, link each theme to an OKR and write one line on how next quarter's work feeds the ARR goal. Done when your manager has reviewed it and every theme names its OKR and expected contribution.",
    source: 'seed 001, The Senior PM: The Strategic Influencer (Strategic Roadmapping)',
  },
  {
    id: 'cross-team-dependency-map',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['gpm', 'director', 'vp'],
    title: "Map the dependencies between your teams' roadmaps and settle the clashes",
    detail:
      "Put every team's next-quarter roadmap on one page, mark where one team waits on another, and agree with the leads which work moves and where capacity is traded. Done when the dependency map and the agreed trade-offs are published to all the teams.",
    source:
      'seed 001, career ladder table (Group PM: multi-product strategy; Director: resource allocation); seed 000, VP of Product Role (aligning the roadmap with the business strategy)',
  },
  {
    id: 'executive-roadmap-review',
    competencyId: 'roadmapping-prioritisation',
    levelIds: ['vp', 'cpo'],
    title: 'Run a roadmap review with the executive team and publish a not-doing list',
    detail:
      "Collect each executive's top three priorities beforehand, show them against the company roadmap and decide together what drops. Done when the agreed roadmap and the list of work the company will not do are shared company-wide.",
    source:
      'seed 001, career ladder table (VP: aligning with executive team); seed 000, Chief Product Officer Role (a product vision and roadmap that guides development)',
  },

  // ── Execution and delivery ───────────────────────────────────────────
  {
    id: 'user-stories-acceptance-criteria',
    competencyId: 'execution-delivery',
    levelIds: ['apm', 'pm'],
    title: 'Write 5–7 user stories with acceptance criteria for your next feature',
    detail:
      "Draft them as 'As a [user], I want [action] so that [benefit]' (ChatGPT or Claude can produce a first pass) and tighten the acceptance criteria with your engineering lead. Done when the stories are in Jira and engineers estimate them without asking what done means.",
    source:
      'seed 001, Actionable Checklist for APMs (Write Pristine User Stories) and What Are the Most Important Tools (AI & Productivity)',
  },
  {
    id: 'backlog-hygiene',
    competencyId: 'execution-delivery',
    levelIds: ['apm', 'pm'],
    title: 'Get every next-sprint ticket in Jira ready and clear blockers daily',
    detail:
      "Give each ticket a plain description, acceptance criteria and a priority, close or rewrite the rest, and check blockers with your engineering lead for ten minutes every day. Done when no next-sprint ticket lacks criteria and this week's blockers are logged as cleared.",
    source: 'seed 001, Actionable Checklist for APMs (Run a Flawless Backlog)',
  },
  {
    id: 'launch-checklist-review',
    competencyId: 'execution-delivery',
    levelIds: ['pm', 'spm'],
    title: 'Write a launch checklist for your next release and hold a launch review',
    detail:
      'Two weeks before release, list the delivery risks with an owner for each; a week after it, run a 30-minute review of what slipped and why. Done when the checklist and the review notes are in the team space for the next launch to reuse.',
    source:
      'seed 001, career ladder table (PM: delivering on the roadmap); seed 000, Product Manager Role (development cycles executed efficiently, within the timeline)',
  },
  {
    id: 'shared-release-rhythm',
    competencyId: 'execution-delivery',
    levelIds: ['gpm', 'director', 'vp', 'cpo'],
    title: 'Set one planning and release rhythm across the teams you lead',
    detail:
      'Agree a shared cadence for planning, release and launch review with the team leads, publish the calendar and track the commitments each team meets. Done when the calendar is live and a one-line commitment tracker per team is reviewed at the next planning.',
    source:
      'seed 001, The Senior PM (execution is table stakes) and career ladder table (Group PM: managing a team of PMs); seed 000, Skills for Directors of Product (Process Improvement: streamlining workflows)',
  },

  // ── Customer insight ─────────────────────────────────────────────────
  {
    id: 'weekly-customer-interviews',
    competencyId: 'customer-insight',
    levelIds: ['apm', 'pm'],
    title: 'Interview three customers this week and share the synthesis',
    detail:
      'With a designer, book two or three customers, record the calls and write a one-page synthesis of the main takeaways with one change you propose. Done when the recordings and the synthesis are shared and the team has discussed the change.',
    source: 'seed 001, Actionable Checklist for APMs (Conduct User Interviews)',
  },
  {
    id: 'talk-to-users-before-building',
    competencyId: 'customer-insight',
    levelIds: ['apm'],
    title: 'Talk to three users about the problem before your next build starts',
    detail:
      'Ask what they are trying to get done and where it hurts, then suggest an approach that solves that core problem rather than the request as written. Done when the conversation notes and a one-paragraph problem statement are attached to the ticket.',
    source: 'seed 001, How Can I Gain Product Experience Without Being a PM? (An Engineer?)',
  },
  {
    id: 'feedback-log-30-days',
    competencyId: 'customer-insight',
    levelIds: ['apm'],
    title: 'Start a 30-day customer feedback log and present a data-backed case',
    detail:
      'Record and tag every piece of customer feedback you meet in a spreadsheet for 30 days, then take the product team one change backed by the counts and the drop in support tickets you expect (say 15%). Done when the tagged log exists and the case has been presented.',
    source: 'seed 001, How Can I Gain Product Experience Without Being a PM? (In Customer Support?)',
  },
  {
    id: 'standing-research-habit',
    competencyId: 'customer-insight',
    levelIds: ['pm', 'spm', 'gpm'],
    title: 'Set a standing weekly interview slot and a feedback-tagging scheme',
    detail:
      'Book a recurring slot for two or three customer calls, agree a short list of tags for incoming feedback, and share your interview script with the other PMs. Done when the slot is on the calendar, new feedback is being tagged and another PM has the script.',
    source:
      'seed 001, Actionable Checklist for APMs (Conduct User Interviews: 2–3 customers every week); seed 000, Skills for Senior Product Managers (Customer understanding)',
  },
  {
    id: 'cross-team-insight-review',
    competencyId: 'customer-insight',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Start a monthly customer-insight review across your teams',
    detail:
      'Each team brings its three strongest findings from interviews and feedback; pick the ones that matter to more than one product, name an owner and feed them into the next company-level bet. Done when the first review has run and its insight list with owners is published.',
    source:
      'seed 000, VP of Product Role (market trends, customer needs) and Chief Product Officer Role (market research, consumer behaviour)',
  },

  // ── Data and analytics ───────────────────────────────────────────────
  {
    id: 'answer-question-with-analytics',
    competencyId: 'data-analytics',
    levelIds: ['apm', 'pm'],
    title: 'Answer one product question in Amplitude or Mixpanel and share the chart',
    detail:
      'Pick a question such as the onboarding completion rate or which segment churned most this month, build the chart yourself and post a three-line answer with the link. Done when the chart is saved and the answer has been shared with the team.',
    source:
      'seed 001, Actionable Checklist for APMs (Master Data Analysis) and What Are the Most Important Tools (Analytics & Data)',
  },
  {
    id: 'usage-data-opportunity',
    competencyId: 'data-analytics',
    levelIds: ['apm'],
    title: 'Pull usage data to find one hidden opportunity and write it up',
    detail:
      'Look for a feature that one segment uses far more or far less than expected, size the opportunity in users affected, and write a half-page note on what you would try. Done when the note, numbers included, is with a PM or your manager.',
    source:
      'seed 001, How to Break Into Product Management, Path 1 (Act Like a PM Now: pull usage data to find a hidden opportunity)',
  },
  {
    id: 'funnel-ab-test',
    competencyId: 'data-analytics',
    levelIds: ['apm', 'pm'],
    title: 'Find a funnel drop-off and design an A/B test to win those users back',
    detail:
      'Find the step in Mixpanel where most users leave, then write a one-page spec with the hypothesis, the variant, the success metric and the sample needed. Done when engineering has the spec, and once the test has run, the measured result is written up.',
    source: 'seed 001, How Can I Gain Product Experience Without Being a PM? (In Marketing?)',
  },
  {
    id: 'kpi-tree',
    competencyId: 'data-analytics',
    levelIds: ['spm', 'gpm'],
    title: "Choose your area's KPIs and show the business outcome each one drives",
    detail:
      'Pick three to five KPIs, draw how each one feeds revenue or retention, and set a target for each. Done when the one-page KPI tree is approved by your manager and used in the next quarterly review.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Data & Analytics, Senior PM: defines KPIs and connects product metrics to business outcomes)",
  },
  {
    id: 'portfolio-metrics-dashboard',
    competencyId: 'data-analytics',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Build one dashboard that compares every product on the same metrics',
    detail:
      'Agree shared definitions of adoption, retention and revenue with the analytics lead, then put every product side by side so the next portfolio review argues from one set of numbers. Done when the dashboard is live and that review uses it.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Data & Analytics, Director/VP: data for portfolio-level decisions); seed 000, Skills for Chief Product Officers (Data-Driven Decision Making)",
  },

  // ── Communication ────────────────────────────────────────────────────
  {
    id: 'feature-one-pager',
    competencyId: 'communication',
    levelIds: ['apm', 'pm'],
    title: 'Write a one-pager making the case for a feature you would build',
    detail:
      "Cover the problem, who has it, the evidence, the proposed solution and how success will be measured on a single page, and ask a PM to critique it. Done when the one-pager carries a PM's comments and sits in your portfolio of product work.",
    source:
      "seed 001, How to Break Into Product Management, Path 1 (Act Like a PM Now: write a one-pager) and Path 3 (Show, Don't Tell: write a detailed spec)",
  },
  {
    id: 'strategy-review-with-leadership',
    competencyId: 'communication',
    levelIds: ['spm', 'gpm'],
    title: "Present your area's strategy to leadership and leave with decisions",
    detail:
      'Build a 20-minute review of where the area stands, the bet and the asks, close on the decisions you need, and send a written summary within a day. Done when the decisions are logged and the summary has gone out.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Communication, Senior PM: presents product strategy to leadership)",
  },
  {
    id: 'all-hands-vision',
    competencyId: 'communication',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Present the product vision at an all-hands and check how it is retold',
    detail:
      'Give a ten-minute version of the vision, then a week later ask five people from different functions to retell it in one sentence and fix what drifted. Done when the talk is given and a note records how accurately it came back.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Communication, Director/VP: communicates the vision to the company, the board and external partners)",
  },

  // ── Cross-functional influence ───────────────────────────────────────
  {
    id: 'figma-design-review',
    competencyId: 'cross-functional-influence',
    levelIds: ['apm', 'pm'],
    title: 'Review the next design in Figma with the designer before engineering does',
    detail:
      'Go through the wireframes, prototype and user flow together, settle open questions in comments and bring in the engineering lead on feasibility. Done when every comment is resolved and design and engineering have both signed off.',
    source:
      'seed 001, What Are the Most Important Tools (Design & Collaboration: Figma); seed 000, Entry-Level Product Management Skills (Collaboration)',
  },
  {
    id: 'settle-disagreement',
    competencyId: 'cross-functional-influence',
    levelIds: ['pm', 'spm'],
    title: 'Settle one open engineering or design disagreement yourself this sprint',
    detail:
      'Write both options with their trade-offs, meet the people involved, decide with the product goal as tie-breaker and record why. Done when the decision is in the ticket and the work has moved on without escalation.',
    source:
      'seed 001, career ladder table (PM: working with cross-functional teams); seed 000, Product Manager Role (making trade-offs, balancing competing priorities)',
  },
  {
    id: 'stakeholder-prewiring',
    competencyId: 'cross-functional-influence',
    levelIds: ['spm', 'gpm', 'director'],
    title: 'Map the leads your plan needs and meet each one before the review',
    detail:
      'List the engineering, design, marketing and sales leads, what each cares about and where they stand, then meet them one-to-one to explain the why and hear objections. Done when the map is written and the plan review raises no objection you had not already heard.',
    source: 'seed 001, The Senior PM: The Strategic Influencer (Cross-Functional Leadership)',
  },
  {
    id: 'executive-partnerships',
    competencyId: 'cross-functional-influence',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Set monthly one-to-ones with your engineering and marketing executives',
    detail:
      "Bring one product decision each time that needs their function, such as the CTO's or CMO's, agree what each side commits to and write it down. Done when the first meetings have happened and their commitments are recorded.",
    source:
      'seed 000, Chief Product Officer Role (works with the CTO and CMO) and Skills for Directors of Product (Collaboration and Influence)',
  },

  // ── People leadership and mentoring ──────────────────────────────────
  {
    id: 'mentor-junior-pm',
    competencyId: 'people-leadership',
    levelIds: ['spm', 'gpm'],
    title: 'Start fortnightly one-to-ones with a junior PM and review their spec',
    detail:
      'Agree with a junior PM what they want to grow in, meet every two weeks, and give written feedback on the spec they are working on. Done when the first session has happened and they have your comments on the spec.',
    source:
      'seed 001, The Senior PM: The Strategic Influencer (Mentorship) and career ladder table (Senior PM: mentoring junior PMs)',
  },
  {
    id: 'team-growth-plans',
    competencyId: 'people-leadership',
    levelIds: ['gpm', 'director'],
    title: 'Write a growth plan with each PM who reports to you',
    detail:
      'For each PM, agree the next scope they are aiming for, two skills to build and how you will give feedback, and review it monthly. Done when every report has a written plan they helped write.',
    source:
      'seed 001, career ladder table (Group PM: managing a team of PMs); seed 000, Senior Product Manager Role (fostering professional growth)',
  },
  {
    id: 'pm-hiring-loop',
    competencyId: 'people-leadership',
    levelIds: ['director', 'vp'],
    title: 'Redesign your PM hiring loop and write a scorecard per level',
    detail:
      'Decide what each interview tests (product sense, analytical reasoning, behaviour), write a scorecard per level and brief the interviewers. Done when the next candidate goes through the new loop.',
    source:
      "seed 001, The Product Leader (hire the right talent), 'How PM Skills Evolve with Seniority' table (Leadership, Director/VP: hires talent) and Path 3 (Ace the Interview)",
  },
  {
    id: 'experiment-showcase',
    competencyId: 'people-leadership',
    levelIds: ['vp', 'cpo'],
    title: 'Start a quarterly review where teams show experiments and what they learnt',
    detail:
      'Give each team ten minutes to show an experiment, what it learnt and what happens next, and fund one follow-up on the spot. Done when the first review has run and the funded follow-up has an owner.',
    source:
      "seed 001, 'How PM Skills Evolve with Seniority' table (Leadership, Director/VP: creates a culture of innovation); seed 000, Skills for Chief Product Officers (Innovation)",
  },

  // ── Business acumen and P&L ──────────────────────────────────────────
  {
    id: 'feature-business-metric',
    competencyId: 'business-acumen',
    levelIds: ['pm'],
    title: 'Name the business metric your feature should move, and by how much',
    detail:
      'Pick the revenue, retention or other business metric the feature serves, estimate the change with your lead or an analyst, and put the estimate in the spec. Done when the spec states the metric, the expected change and how it will be checked after launch.',
    source:
      'seed 001, What Is the Difference Between a Product Manager and a Project Manager? (accountable for business goals such as revenue or retention)',
  },
  {
    id: 'initiative-business-case',
    competencyId: 'business-acumen',
    levelIds: ['spm'],
    title: 'Write a business case for your next initiative before work starts',
    detail:
      'Estimate the revenue gained or cost saved, the cost to build and run, and the assumptions that would change the answer, then review it with a finance partner. Done when the case is attached to the roadmap item and finance has checked the numbers.',
    source:
      'seed 000, Senior Product Manager Role (aligning product metrics with business goals) and Skills for Senior Product Managers (Business acumen)',
  },
  {
    id: 'quarterly-business-metrics',
    competencyId: 'business-acumen',
    levelIds: ['spm', 'gpm'],
    title: "Report your area's revenue, retention or ARR against target this quarter",
    detail:
      'Take the two or three business metrics your area owns, show actuals against target with the reasons for any gap, and propose what changes next quarter. Done when the report has been presented at the quarterly review.',
    source:
      'seed 001, career ladder table (Group PM: owning key business metrics) and The Senior PM (Strategic Roadmapping: contribution to the ARR goal)',
  },
  {
    id: 'pl-levers',
    competencyId: 'business-acumen',
    levelIds: ['gpm', 'director', 'vp'],
    title: "Walk through your product line's P&L with finance and name three levers",
    detail:
      'Go line by line through revenue and costs with the finance partner and list three levers you control, each with its estimated effect on the bottom line. Done when a one-page P&L summary with the three levers is with your manager.',
    source: 'seed 001, The Product Leader: The Visionary and Multiplier (P&L Ownership)',
  },
  {
    id: 'product-budget-returns',
    competencyId: 'business-acumen',
    levelIds: ['vp', 'cpo'],
    title: "Draft next year's product budget with the expected return of each line",
    detail:
      'Group spend by product and initiative, attach the outcome each line is meant to buy, and mark which lines you would cut first. Done when the draft budget has been reviewed with the CFO or finance lead.',
    source:
      'seed 000, VP of Product Role (budgets, return on investment) and Skills for VPs of Product (Budgeting and resource allocation)',
  },

  // ── Technical literacy ───────────────────────────────────────────────
  {
    id: 'architecture-walkthrough',
    competencyId: 'technical-literacy',
    levelIds: ['apm', 'pm'],
    title: "Ask an engineer to walk you through your feature's architecture",
    detail:
      'Sketch the components, the APIs between them and the known constraints as they explain, then play the sketch back to check it. Done when the reviewed diagram is in the feature spec.',
    source:
      'seed 001, Do I Need a Technical Background for a Product Management Career? (system architecture, APIs, technical trade-offs)',
  },
  {
    id: 'build-buy-debt-call',
    competencyId: 'technical-literacy',
    levelIds: ['spm', 'gpm', 'director'],
    title: 'Make one build, buy or tech-debt call together with your engineering lead',
    detail:
      "Write the options with their effort, risk and what each means for the roadmap, decide together and record the reasoning. Done when the decision is logged and reflected in next quarter's plan.",
    source:
      'seed 001, Do I Need a Technical Background for a Product Management Career? (technical trade-offs, strategically sound decisions); seed 000, Key Skills for Product Managers (Technical proficiency)',
  },
  {
    id: 'emerging-tech-briefing',
    competencyId: 'technical-literacy',
    levelIds: ['vp', 'cpo'],
    title: "Brief the executive team on one emerging technology's product impact",
    detail:
      'With the CTO, pick one technology, explain what it changes for customers, costs and competition, and recommend a next step. Done when the briefing is given and the recommendation has a decision.',
    source:
      'seed 000, Chief Product Officer Role (emerging technologies) and Skills for VPs of Product (Technical acumen coupled with business savvy)',
  },

  // ── Decision-making and problem-solving ──────────────────────────────
  {
    id: 'bring-problem-with-recommendation',
    competencyId: 'decision-making',
    levelIds: ['apm', 'pm'],
    title: 'Bring your lead one problem with data, user feedback and a recommendation',
    detail:
      'Write the problem, the evidence from usage data and user feedback, two options and the one you recommend, before the decision is taken. Done when the lead has decided and your recommendation and the outcome are noted side by side.',
    source:
      'seed 000, Entry-Level Product Management Skills (Decision-Making, Problem-Solving) and Associate Product Manager Role',
  },
  {
    id: 'decide-by-a-date',
    competencyId: 'decision-making',
    levelIds: ['spm', 'gpm'],
    title: 'Turn one ambiguous problem into three options and decide by a set date',
    detail:
      'Frame the problem, set out three options with the evidence for each, and fix both the decision date and what would make you revisit the call. Done when the decision and its revisit trigger are written down on that date.',
    source: 'seed 000, Skills for Senior Product Managers (Decision-making and problem-solving)',
  },
  {
    id: 'decision-rights',
    competencyId: 'decision-making',
    levelIds: ['director', 'vp'],
    title: 'Write down who decides what across your teams, and on what evidence',
    detail:
      'List the recurring product decisions, name the owner of each, the evidence expected and where the decision gets recorded, and review it with your leads. Done when the decision-rights page is agreed and linked from the planning docs.',
    source:
      'seed 000, Director of Product Role (informed decisions) and Skills for Directors of Product (Strong management background); seed 001, The Product Leader (clear roles and responsibilities)',
  },
  {
    id: 'hard-call-memo',
    competencyId: 'decision-making',
    levelIds: ['vp', 'cpo'],
    title: 'Write the memo for one hard company-level call and make the call',
    detail:
      'Pick a pending call such as entering or leaving a market, set out the options, the evidence and the principle that decides it, and take it to the CEO. Done when the call is made and the memo is shared with the leaders who carry it out.',
    source:
      "seed 000, Chief Product Officer Role (making tough decisions); seed 001, What Is The Product Management Career Path? (deciding which new global markets to enter)",
  },

  // ── Process and organisation design ──────────────────────────────────
  {
    id: 'ritual-experiment',
    competencyId: 'process-org-design',
    levelIds: ['spm', 'gpm'],
    title: 'Change one team ritual and measure the effect over two sprints',
    detail:
      'Pick the stand-up, refinement or retrospective, state what should improve and how you will tell, and run the change for two sprints. Done when the before-and-after measure is shared with a keep-or-drop decision.',
    source: 'seed 000, Director of Product Role and Skills for Directors of Product (Process improvement: efficiency gains)',
  },
  {
    id: 'workflow-bottleneck',
    competencyId: 'process-org-design',
    levelIds: ['gpm', 'director', 'vp'],
    title: 'Trace how work flows from idea to launch and remove one bottleneck',
    detail:
      'Follow three recent initiatives from idea to launch, find where they waited longest, and change that step of the process. Done when the change is in place and the wait on the next initiative is measured against the old one.',
    source:
      'seed 000, Skills for Directors of Product (Process Improvement: streamlining workflows, implementing best practices)',
  },
  {
    id: 'pm-roles-and-ladder',
    competencyId: 'process-org-design',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Draft the PM roles and career ladder for your organisation',
    detail:
      'Define what each PM level owns and is expected to do and where each role hands off to its neighbours, then test the draft with two managers. Done when a reviewed draft exists and the next promotion discussion uses it.',
    source: 'seed 001, The Product Leader: The Visionary and Multiplier (Organizational Design)',
  },
  {
    id: 'org-design-18-months',
    competencyId: 'process-org-design',
    levelIds: ['vp', 'cpo'],
    title: 'Sketch the product organisation you need in 18 months and the gap to today',
    detail:
      "Draw the teams, leaders and roles the strategy will need, compare them with today's structure, and list the hires and moves that close the gap. Done when the sketch and the list have been reviewed with the CEO or your peers.",
    source:
      "seed 001, The Product Leader (Organizational Design: structuring the product team) and 'How PM Skills Evolve with Seniority' table (Leadership, Director/VP: builds and scales the product organization)",
  },

  // ── Portfolio management ─────────────────────────────────────────────
  {
    id: 'continue-expand-stop',
    competencyId: 'portfolio-management',
    levelIds: ['spm'],
    title: 'Recommend whether to continue, expand or stop one feature, with evidence',
    detail:
      'Put its usage, cost to run and strategic fit on one page and end with a clear recommendation. Done when the recommendation is with the leader who owns the investment decision.',
    source: 'seed 001, The Product Leader: The Visionary and Multiplier (Portfolio Management)',
  },
  {
    id: 'plan-an-exit',
    competencyId: 'portfolio-management',
    levelIds: ['gpm', 'director'],
    title: 'Pick one initiative that is not earning its place and plan its exit',
    detail:
      'Compare the initiatives in your product line on usage, cost and fit, choose the weakest, and write how it will be retired and where its people go next. Done when the exit plan is approved and the freed capacity is assigned.',
    source:
      'seed 001, The Product Leader (Portfolio Management: which initiatives to sunset) and career ladder table (Director: resource allocation)',
  },
  {
    id: 'fund-scale-sunset-review',
    competencyId: 'portfolio-management',
    levelIds: ['director', 'vp', 'cpo'],
    title: 'Run a fund, scale or sunset review across your portfolio',
    detail:
      'Give each product one page of metrics, cost and strategic fit, make the fund, scale or sunset call for each against the business strategy, and note the budget effect. Done when the decisions and their budget effect are published to the product organisation.',
    source:
      'seed 001, The Product Leader: The Visionary and Multiplier (Portfolio Management) and career ladder table (Director: portfolio management)',
  },
  {
    id: 'new-market-case',
    competencyId: 'portfolio-management',
    levelIds: ['vp', 'cpo'],
    title: 'Write the investment case for one new market or acquisition',
    detail:
      'Size the market, its fit with current products, the cost to enter and the signals that would make you stop, and take it to the CEO. Done when the case has been discussed and a decision or a next test is agreed.',
    source:
      'seed 000, Chief Product Officer Role (identifying new market opportunities); seed 001, What Is The Product Management Career Path? (which new global markets to enter)',
  },

  // ── AI track: ML fundamentals ────────────────────────────────────────
  {
    id: 'ai-for-everyone',
    competencyId: 'ml-fundamentals',
    levelIds: ['apm', 'pm', 'spm'],
    title: "Start Coursera's 'AI for Everyone' and finish the first module this week",
    detail:
      "Work through the first module of Andrew Ng's course and write a half-page note, with examples from your product, on supervised versus unsupervised learning and classification versus regression. Done when the module is complete and a data scientist has checked the note.",
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (Machine Learning Fundamentals)',
  },
  {
    id: 'frame-ml-problem',
    competencyId: 'ml-fundamentals',
    levelIds: ['spm', 'gpm', 'director', 'vp'],
    title: 'Frame one product problem as an ML task with a data scientist',
    detail:
      'State what the model predicts, whether it is classification or regression, the training data it needs and how it could fail users. Done when the framing is agreed with the data scientist and the training-data request is filed.',
    source: 'seed 001, What an AI PM Actually Does (frame the problem, get the right training data)',
  },
  {
    id: 'when-to-use-ml',
    competencyId: 'ml-fundamentals',
    levelIds: ['vp', 'cpo'],
    title: 'Write a one-page test for when ML is the right approach in your products',
    detail:
      'List product problems where a model would beat rules, ones where it would not, and the questions teams should ask to tell them apart. Done when product and engineering leaders use the page to review the next ML proposal.',
    source:
      'seed 001, The Rise of the AI Product Manager (AI as the new core competency) and What an AI PM Actually Does (a portfolio of experiments)',
  },

  // ── AI track: Data literacy and SQL ──────────────────────────────────
  {
    id: 'rerun-sql-query',
    competencyId: 'data-literacy-sql',
    levelIds: ['apm', 'pm'],
    title: 'Rerun a saved SQL query with your own filter and date range',
    detail:
      'Take a query an analyst already uses, change one filter and the date range to answer a question of yours, and ask the analyst to check the result. Done when the query and the checked answer are saved where the team can find them.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (Data Literacy and SQL: pulling from databases)',
  },
  {
    id: 'sql-bias-check',
    competencyId: 'data-literacy-sql',
    levelIds: ['pm', 'spm', 'gpm'],
    title: "Write a SQL bias check on your model's training data",
    detail:
      'Join the training set to user attributes and compare row counts and label rates by segment, such as region or device, with the live user base. Done when a table of under-represented segments is shared with the data scientists.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (Data Literacy and SQL: checking datasets for bias)',
  },
  {
    id: 'scheduled-data-checks',
    competencyId: 'data-literacy-sql',
    levelIds: ['spm', 'gpm', 'director', 'vp', 'cpo'],
    title: "Put your area's data-quality and bias checks on a schedule and teach them",
    detail:
      'Turn one-off quality and bias queries into a weekly scheduled check with an alert, and run a 30-minute session showing other PMs how to read and adapt them. Done when the check runs on schedule and another PM has run it on their own data.',
    source:
      'seed 001, Foundational Skills for Aspiring AI PMs (Data Literacy and SQL: the quality of the data used to train models)',
  },

  // ── AI track: APIs and systems thinking ──────────────────────────────
  {
    id: 'call-api-endpoint',
    competencyId: 'apis-systems-thinking',
    levelIds: ['apm', 'pm'],
    title: "Call one of your product's API endpoints and read the response",
    detail:
      'With an engineer nearby, send a request with a tool such as Postman, then note what each field in the response means and what happens on an error. Done when the annotated request and response are saved next to the API docs.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (API and Systems Thinking)',
  },
  {
    id: 'spec-api-and-system-map',
    competencyId: 'apis-systems-thinking',
    levelIds: ['pm', 'spm', 'gpm'],
    title: 'Spec the API for a feature: inputs, outputs, errors, latency and callers',
    detail:
      'Write the request and response, the error cases and the latency budget, and draw which services call it and which it calls. Done when engineering has reviewed the spec and the system map is in the design doc.',
    source:
      'seed 001, Foundational Skills for Aspiring AI PMs (API and Systems Thinking) and Do I Need a Technical Background (how microservices communicate)',
  },
  {
    id: 'api-developer-experience',
    competencyId: 'apis-systems-thinking',
    levelIds: ['gpm', 'director'],
    title: "Interview three of your API's consumers about their developer experience",
    detail:
      'Ask internal or partner developers where they got stuck, time how long a first successful call takes, and turn the worst friction into backlog items. Done when the findings are shared and the new items are in the backlog.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (API and Systems Thinking: a good developer experience)',
  },
  {
    id: 'public-api-pilot',
    competencyId: 'apis-systems-thinking',
    levelIds: ['vp', 'cpo'],
    title: 'Choose one capability to open to partners as a public API',
    detail:
      'List candidate capabilities, the partners who would build on each and the risk of exposing it, and pick one to pilot. Done when the pilot is agreed with a partner and has an owner.',
    source:
      'seed 001, Foundational Skills for Aspiring AI PMs (API and Systems Thinking: models delivered through APIs) and Do I Need a Technical Background (Platform PM at Stripe)',
  },

  // ── AI track: Defining algorithmic success ───────────────────────────
  {
    id: 'read-precision-recall',
    competencyId: 'algorithmic-success',
    levelIds: ['apm', 'pm'],
    title: "Go through your model's precision, recall and F1 with a data scientist",
    detail:
      'For each metric, write in plain words what a false alarm and a missed case mean for a user of your product. Done when that one-page glossary is checked by the data scientist and shared with the team.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (Defining Algorithmic Success)',
  },
  {
    id: 'set-error-margin',
    competencyId: 'algorithmic-success',
    levelIds: ['pm', 'spm', 'gpm'],
    title: 'Set a precision or recall target and the error margin users can live with',
    detail:
      'Decide which mistake hurts users more, agree the target and the acceptable margin with the data scientist, and link the metric to one user outcome on your dashboard. Done when the target, the margin and the reasoning are in the spec.',
    source:
      'seed 001, What an AI PM Actually Does (an acceptable margin of error) and Foundational Skills for Aspiring AI PMs (Defining Algorithmic Success)',
  },
  {
    id: 'model-launch-rollback-rules',
    competencyId: 'algorithmic-success',
    levelIds: ['director', 'vp', 'cpo'],
    title: "Write the evaluation and rollback rules for your teams' model launches",
    detail:
      'Set the offline metrics a model must pass before launch, the live metrics watched after it and the thresholds that trigger a rollback. Done when the ML leads have agreed the rules and the next launch applies them.',
    source: 'seed 001, Foundational Skills for Aspiring AI PMs (Defining Algorithmic Success: metrics connected to user value)',
  },
] as const satisfies readonly BuiltInSuggestion[]

export type SuggestionId = (typeof SUGGESTIONS)[number]['id']
