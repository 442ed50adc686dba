/**
 * Reading what the register analysis is given (a portfolio, a risk register or a list of risks):
 * checks enough of its shape that bad input gets a clear PmoError rather than a crash, and
 * collects the project budgets. Private to pmo-kit/risk.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { Risk } from '../../model/risk.js';
import type { RiskSource } from '../types.js';

/** The risks of a source, with what rating them needs. */
export interface SourceRisks {
  readonly risks: readonly Risk[];
  /** The project of each risk (its own, else the register's), or `null`. */
  readonly projectOf: readonly (string | null)[];
  /** Budgets of the portfolio's projects, by id. */
  readonly budgets: ReadonlyMap<string, number>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isProbability = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
const isMagnitude = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x >= 0);

function checkAssessment(fn: string, where: string, a: unknown): void {
  if (!isRecord(a) || !isProbability(a.probability) || !isRecord(a.impact))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must have a probability in [0, 1] and an impact object`);
  for (const k of ['cost', 'days', 'score'] as const)
    if (!isMagnitude(a.impact[k])) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}.impact.${k} must be a finite number >= 0, got ${show(a.impact[k])}`);
}

/**
 * The risks of `source`, checked. Input data is expected validated (parsePortfolio,
 * parseRiskRegister); this only guards against what would crash or silently mislead: O(risks).
 */
export function readSource(fn: string, source: RiskSource, what = 'source'): SourceRisks {
  const hint = ' (validate it with parsePortfolio or parseRiskRegister)';
  let list: unknown;
  let defaultProject: string | null = null;
  const budgets = new Map<string, number>();
  if (Array.isArray(source)) list = source;
  else if (isRecord(source)) {
    list = source.risks;
    if (typeof source.projectId === 'string') defaultProject = source.projectId;
    if (source.projects !== undefined) {
      if (!Array.isArray(source.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what}.projects must be a list${hint}`);
      for (const p of source.projects as unknown[])
        if (isRecord(p) && typeof p.id === 'string' && typeof p.budget === 'number' && Number.isFinite(p.budget)) budgets.set(p.id, p.budget);
    }
  } else throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be a portfolio, a risk register or a list of risks, got ${show(source)}`);
  if (!Array.isArray(list)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what}.risks must be a list of risks, got ${show(list)}${hint}`);
  const seen = new Set<string>();
  const projectOf: (string | null)[] = [];
  list.forEach((r: unknown, i) => {
    const where = `${what}.risks[${i}]`;
    if (!isRecord(r) || typeof r.id !== 'string' || r.id === '') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be a risk with a non-empty string id${hint}`);
    if (seen.has(r.id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: duplicate risk id ${JSON.stringify(r.id)}${hint}`);
    seen.add(r.id);
    if (r.kind !== 'threat' && r.kind !== 'opportunity') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}.kind must be "threat" or "opportunity", got ${show(r.kind)}${hint}`);
    checkAssessment(fn, where, r);
    if (r.inherent !== undefined) checkAssessment(fn, `${where}.inherent`, r.inherent);
    if (r.residual !== undefined) checkAssessment(fn, `${where}.residual`, r.residual);
    if (r.actions !== undefined && (!Array.isArray(r.actions) || !r.actions.every(isRecord))) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}.actions must be a list of actions${hint}`);
    for (const k of ['title', 'response', 'strategy', 'status', 'owner', 'category', 'identifiedOn', 'lastReviewedOn'] as const)
      if (r[k] !== undefined && typeof r[k] !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}.${k} must be a string, got ${show(r[k])}${hint}`);
    projectOf.push(typeof r.projectId === 'string' ? r.projectId : defaultProject);
  });
  return { risks: list as Risk[], projectOf, budgets };
}
