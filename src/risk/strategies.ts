import { requireOneOf, requireString } from '../core/internal/validate.js';
import type { RiskFramework, RiskKind, RiskStrategy } from './types.js';

/** The response strategies of one framework, by kind of risk. */
export interface FrameworkStrategies {
  /** Strategies for threats. */
  readonly threat: readonly RiskStrategy[];
  /** Strategies for opportunities. */
  readonly opportunity: readonly RiskStrategy[];
}

/**
 * Response strategies by framework and kind. PMI: PMBOK Guide 6th ed.
 * §11.5.2.4–5 (threats: escalate, avoid, transfer, mitigate, accept;
 * opportunities: escalate, exploit, share, enhance, accept). PRINCE2 (2017
 * edition), Risk theme, risk response types (threats: avoid, reduce, fallback, transfer, accept,
 * share; opportunities: exploit, enhance, reject, share).
 *
 * @example
 * RESPONSE_STRATEGIES.PRINCE2.opportunity; //=> ['exploit', 'enhance', 'reject', 'share']
 */
export const RESPONSE_STRATEGIES: Readonly<Record<RiskFramework, FrameworkStrategies>> =
  Object.freeze({
    PMI: Object.freeze({
      threat: Object.freeze(['avoid', 'mitigate', 'transfer', 'accept', 'escalate'] as const),
      opportunity: Object.freeze(['exploit', 'enhance', 'share', 'accept', 'escalate'] as const),
    }),
    PRINCE2: Object.freeze({
      threat: Object.freeze([
        'avoid',
        'reduce',
        'fallback',
        'transfer',
        'accept',
        'share',
      ] as const),
      opportunity: Object.freeze(['exploit', 'enhance', 'reject', 'share'] as const),
    }),
  });

/**
 * The strategies valid for a kind of risk: those of `framework`, or, with no
 * framework, those of either framework (PMI first, then PRINCE2's extra ones).
 *
 * @param kind - threat or opportunity
 * @param framework - `'PMI'`, `'PRINCE2'`, or left out for both
 * @returns the strategies, in the framework's order
 * @throws PopmError `INVALID_ARGUMENT` for an unknown kind (at `['kind']`) or framework (at `['framework']`)
 * @example
 * strategiesFor('threat', 'PMI'); //=> ['avoid', 'mitigate', 'transfer', 'accept', 'escalate']
 * strategiesFor('opportunity'); //=> ['exploit', 'enhance', 'share', 'accept', 'escalate', 'reject']
 */
export function strategiesFor(kind: RiskKind, framework?: RiskFramework): readonly RiskStrategy[] {
  requireOneOf(kind, ['threat', 'opportunity'] as const, ['kind']);
  if (framework !== undefined)
    return RESPONSE_STRATEGIES[requireOneOf(framework, ['PMI', 'PRINCE2'] as const, ['framework'])][
      kind
    ];
  const out: RiskStrategy[] = [...RESPONSE_STRATEGIES.PMI[kind]];
  for (const s of RESPONSE_STRATEGIES.PRINCE2[kind]) if (!out.includes(s)) out.push(s);
  return Object.freeze(out);
}

/**
 * True when `strategy` is a valid response to a risk of `kind` (under
 * `framework`, or under either framework when it is left out).
 *
 * @param strategy - the strategy
 * @param kind - threat or opportunity
 * @param framework - `'PMI'`, `'PRINCE2'`, or left out for both
 * @returns whether the strategy fits
 * @throws PopmError `INVALID_ARGUMENT` for a strategy that is not a non-empty string (at
 *   `['strategy']`), an unknown kind or framework
 * @example
 * isValidStrategy('exploit', 'threat'); //=> false
 * isValidStrategy('fallback', 'threat', 'PRINCE2'); //=> true
 * isValidStrategy('mitigate', 'threat', 'PRINCE2'); //=> false
 */
export function isValidStrategy(
  strategy: string,
  kind: RiskKind,
  framework?: RiskFramework,
): boolean {
  requireString(strategy, ['strategy']);
  return (strategiesFor(kind, framework) as readonly string[]).includes(strategy);
}
