import type { AiCompetencyId } from './ai-track'
import type { CompetencyTexts } from './competency-texts'

/** What the AI PM track's competencies say, by id (see ai-track.ts): loaded with the screens that show it. */
export const AI_TEXTS = {
  'ml-fundamentals': {
    summary: 'Knowing how machine-learning models learn and fail, enough to frame problems for them.',
    descriptors: [
      'Has not yet learnt how machine-learning models are trained or how they differ from rule-based software.',
      'Explains supervised versus unsupervised learning and classification versus regression, following data scientists with their help.',
      'Frames the problem behind a feature as an ML task, such as classification or regression, and agrees training-data needs with data scientists.',
      'Walks a model through framing, training data, evaluation and retraining, and predicts where it will fail before users find out.',
      'Judges whether ML is the right approach to a problem at all, and which model experiments are worth their data and compute cost.',
      "Judges what current models can and cannot do in enough depth to set the company's AI bets and explain their risks.",
    ],
    signals: [null, null, null, 'Other PMs ask for help framing their ML problems.', null, null],
  },
  'data-literacy-sql': {
    summary: 'Querying and judging the data that products and models are built on.',
    descriptors: [
      'Has not yet written a SQL query or examined a training or product dataset directly.',
      'Edits an existing SQL query to change a filter or date range, with an analyst checking the result.',
      "Writes SQL joins and aggregations to answer a feature's questions and checks a training dataset for gaps and bias.",
      'Finds leakage, skew and bias in a dataset with SQL before training starts, and explains what each would do to the model.',
      'Judges whether a dataset can support a model at all, and sets the quality and bias checks it must pass first.',
      'Judges in depth which data the company should collect, keep or refuse, and what its responsible-data commitments must say.',
    ],
    signals: [null, null, null, 'Other PMs reuse its queries.', null, null],
  },
  'apis-systems-thinking': {
    summary: 'Seeing how a model or feature fits the larger system and how others consume it through APIs.',
    descriptors: [
      'Has not yet worked with an API or traced how a feature depends on other systems.',
      'Reads API documentation and calls an endpoint with a tool such as Postman, with an engineer explaining the responses.',
      'Specifies an API for a feature, with its inputs, outputs, errors and latency, and maps the systems it touches.',
      'Designs API changes that keep existing consumers working, and measures the developer experience of the APIs a product offers.',
      'Judges how a model fits a larger system of services, including versioning, latency budgets and how failures spread between them.',
      'Judges which capabilities should become public APIs and how partners build on them, in enough depth to set platform strategy.',
    ],
  },
  'algorithmic-success': {
    summary: 'Defining what "good" means for a model and linking model metrics to value for users.',
    descriptors: [
      'Has not yet defined success for a product whose output is probabilistic rather than fixed.',
      "Reads a model's precision, recall and F1 score with a data scientist and explains what each means for users.",
      'Sets precision, recall or F1 targets for a model-backed feature, with an acceptable error margin justified by its effect on users.',
      'Builds a model evaluation suite that links model metrics to user outcomes, with the thresholds a launch must meet.',
      'Judges when a model is ready to launch or must roll back, setting error budgets that weigh harm to users against value.',
      'Judges the quality and risk of AI products in depth, and decides what the company requires before an AI product ships.',
    ],
    signals: [null, null, null, 'Other PMs reuse its thresholds.', null, null],
  },
} as const satisfies Record<AiCompetencyId, CompetencyTexts>
