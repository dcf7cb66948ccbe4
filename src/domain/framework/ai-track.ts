import type { BuiltInCompetency } from './competencies'

/*
 * The optional AI PM track: seed 001's "Foundational Skills for Aspiring AI
 * PMs". Shown only when the user switches the track on. Expectations describe
 * a PM who has chosen the track: a little at APM, a product area's worth by
 * Group PM, and rarely hands-on mastery at the top, where the job is setting
 * the standards others work to.
 */
export const AI_COMPETENCIES = [
  {
    id: 'ml-fundamentals',
    name: 'ML fundamentals',
    shortName: 'ML fundamentals',
    areaId: 'ai',
    track: 'ai',
    summary: 'Knowing how machine-learning models learn and fail, enough to frame problems for them.',
    descriptors: [
      'Has not yet learnt how machine-learning models are trained or how they differ from rule-based software.',
      'Explains supervised versus unsupervised learning and classification versus regression, following data scientists with their help.',
      'Frames the problem behind a feature as an ML task, such as classification or regression, and agrees training-data needs with data scientists.',
      'Guides a product area through the model lifecycle of framing, training data, evaluation and retraining, and other PMs learn from it.',
      'Sets how several teams decide when ML is the right approach and how model experiments are planned and reviewed.',
      "Shapes the company's AI strategy from a working grasp of what models can and cannot do, and is heard on it outside the company.",
    ],
    expectations: { apm: 1, pm: 1, spm: 2, gpm: 3, director: 3, vp: 3, cpo: 4 },
    source:
      "seed 001, 'Foundational Skills for Aspiring AI PMs' (Machine Learning Fundamentals) and 'What an AI PM Actually Does' (ML model lifecycle)",
  },
  {
    id: 'data-literacy-sql',
    name: 'Data literacy and SQL',
    shortName: 'Data & SQL',
    areaId: 'ai',
    track: 'ai',
    summary: 'Querying and judging the data that products and models are built on.',
    descriptors: [
      'Has not yet written a SQL query or examined a training or product dataset directly.',
      'Edits an existing SQL query to change a filter or date range, with an analyst checking the result.',
      "Writes SQL joins and aggregations to answer a feature's questions and checks a training dataset for gaps and bias.",
      "Owns the quality of a product area's datasets, runs bias checks on a schedule and teaches other PMs the queries behind them.",
      "Sets the data-quality, bias-check and data-access standards that several teams' training and analytics data must meet.",
      "Shapes the company's data strategy and responsible-data commitments, and is cited outside the company for how they are kept.",
    ],
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 3, director: 3, vp: 3, cpo: 3 },
    source: "seed 001, 'Foundational Skills for Aspiring AI PMs' (Data Literacy and SQL)",
  },
  {
    id: 'apis-systems-thinking',
    name: 'APIs and systems thinking',
    shortName: 'APIs & systems',
    areaId: 'ai',
    track: 'ai',
    summary: 'Seeing how a model or feature fits the larger system and how others consume it through APIs.',
    descriptors: [
      'Has not yet worked with an API or traced how a feature depends on other systems.',
      'Reads API documentation and calls an endpoint with a tool such as Postman, with an engineer explaining the responses.',
      'Specifies an API for a feature, with its inputs, outputs, errors and latency, and maps the systems it touches.',
      "Runs a product area's APIs as a product, measuring developer experience and planning changes that do not break consumers.",
      'Sets API design and versioning conventions across several teams and keeps the system map coherent as models are added.',
      "Shapes the company's platform strategy, deciding which capabilities become public APIs and how partners build on them.",
    ],
    expectations: { apm: 1, pm: 2, spm: 2, gpm: 3, director: 3, vp: 4, cpo: 4 },
    source:
      "seed 001, 'Foundational Skills for Aspiring AI PMs' (API and Systems Thinking) and 'Do I Need a Technical Background' (APIs, microservices)",
  },
  {
    id: 'algorithmic-success',
    name: 'Defining algorithmic success',
    shortName: 'Model metrics',
    areaId: 'ai',
    track: 'ai',
    summary: 'Defining what "good" means for a model and linking model metrics to value for users.',
    descriptors: [
      'Has not yet defined success for a product whose output is probabilistic rather than fixed.',
      "Reads a model's precision, recall and F1 score with a data scientist and explains what each means for users.",
      'Sets precision, recall or F1 targets for a model-backed feature, with an acceptable error margin justified by its effect on users.',
      "Owns a product area's model evaluation suite, linking model metrics to user outcomes, and other PMs reuse its thresholds.",
      'Sets how several teams evaluate models before and after launch, including error budgets and the conditions for rolling back.',
      'Defines how the company judges the quality and risk of its AI products, and contributes to evaluation practice beyond it.',
    ],
    expectations: { apm: 1, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 4 },
    source:
      "seed 001, 'Foundational Skills for Aspiring AI PMs' (Defining Algorithmic Success) and 'What an AI PM Actually Does' (acceptable margin of error)",
  },
] as const satisfies readonly BuiltInCompetency[]

export type AiCompetencyId = (typeof AI_COMPETENCIES)[number]['id']
