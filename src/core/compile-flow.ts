/**
 * `compileFlow(flow)`: a quiz flow validated once, whose path, assessment and length are then cheap functions of
 * the answers. It lives beside the walk it wraps, in flow.ts, where `quizPath`, `assessAnswers` and `quizLength`
 * call it too; this module keeps the import path it was published under.
 */
export { compileFlow, type CompiledFlow } from './flow.js';
