/**
 * What a valid analysis is, as stored and exchanged: the schema every imported file and every saved
 * analysis is checked against (the types and limits are model.ts).
 */
// zod/mini: the same checks as Zod, tree-shaken to a few KB for the tool's browser bundle.
import * as z from 'zod/mini';
import { CONTEXT_IDS, FORMAT, FORMAT_VERSION, ID_PATTERN, LIMITS, MAX_HIGH_THRESHOLD, MIN_HIGH_THRESHOLD, TARGET_IDS, type Analysis } from './model.ts';

/** False for strings holding half a surrogate pair, which UTF-8 files cannot carry. */
const isWellFormed = (s: string) => s.isWellFormed();

const wellFormed = { message: 'must not hold half a surrogate pair' };
const text = (max: number) => z.string().check(z.maxLength(max), z.refine(isWellFormed, wellFormed));

const ratingSchema = z.strictObject({
  level: z.nullable(z.literal([0, 1, 2, 3])),
  evidence: text(LIMITS.text),
  source: text(LIMITS.text),
});

const byFactor = <T extends z.ZodMiniType>(schema: T) =>
  z.strictObject({ discrimination: schema, geography: schema, shocks: schema, governance: schema, socioeconomic: schema });

const groupSchema = z.strictObject({
  id: z.string().check(z.maxLength(LIMITS.id), z.regex(ID_PATTERN)),
  name: text(LIMITS.name).check(z.refine((s) => s.trim() !== '', { message: 'must not be blank' })),
  targetId: z.nullable(z.enum(TARGET_IDS)),
  intersects: z.array(z.string()).check(z.maxLength(LIMITS.groups)),
  ratings: byFactor(ratingSchema),
});

/**
 * An analysis as stored and exchanged. Beyond the shapes and limits, it refuses duplicate group ids
 * and intersections naming an unknown group, the group itself, or one group twice. Issues it adds
 * itself carry `params.code` (an ImportError code, see errors.ts) and `params.value`.
 */
export const analysisSchema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
    name: text(LIMITS.name),
    context: z.nullable(z.enum(CONTEXT_IDS)),
    weights: byFactor(z.int().check(z.minimum(0), z.maximum(LIMITS.weight))),
    highThreshold: z.int().check(z.minimum(MIN_HIGH_THRESHOLD), z.maximum(MAX_HIGH_THRESHOLD)),
    groups: z.array(groupSchema).check(z.maxLength(LIMITS.groups)),
  })
  .check(
    z.superRefine((a, ctx) => {
      const ids = new Set<string>();
      a.groups.forEach((g, i) => {
        if (ids.has(g.id))
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: 'duplicate group id', params: { code: 'duplicate-group', value: g.id } });
        ids.add(g.id);
      });
      a.groups.forEach((g, i) => {
        const seen = new Set<string>();
        g.intersects.forEach((other, j) => {
          if (other === g.id || !ids.has(other) || seen.has(other)) {
            ctx.addIssue({
              code: 'custom',
              path: ['groups', i, 'intersects', j],
              message: 'must name another group of the analysis, once',
              params: { code: 'bad-value', value: other },
            });
          }
          seen.add(other);
        });
      });
    }),
  );

// The schema's output and the declared types must agree (a compile-time check).
type Output = z.output<typeof analysisSchema>;
const agrees: [Output extends Analysis ? true : false, Analysis extends Output ? true : false] = [true, true];
void agrees;

/** Checks any value against the schema: `{ success, data | error }` as Zod gives it. */
export function validateAnalysis(value: unknown) {
  return analysisSchema.safeParse(value);
}
